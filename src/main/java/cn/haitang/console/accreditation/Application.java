package cn.haitang.console.accreditation;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A compound's application (申报) in a round. Its state changes only through {@link Lifecycle}. */
@Entity
@Table(name = "accr_application")
class Application extends AbstractEntity {

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "compound_id", nullable = false)
    private long compoundId;

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(name = "town_id", nullable = false)
    private long townId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AppState state = AppState.DRAFT;

    @Column(nullable = false, length = 4000)
    private String statement;

    @Column(name = "key_figures", nullable = false, length = 1000)
    private String keyFigures;

    private @Nullable Boolean eligible;

    @Column(name = "eligibility_detail", length = 1000)
    private @Nullable String eligibilityDetail;

    @Column(name = "eligibility_checked_at")
    private @Nullable Instant eligibilityCheckedAt;

    @Column(name = "override_reason", length = 500)
    private @Nullable String overrideReason;

    @Column(name = "send_back_reason", length = 500)
    private @Nullable String sendBackReason;

    @Column(precision = 6, scale = 2)
    private @Nullable BigDecimal result;

    @Column(precision = 6, scale = 2)
    private @Nullable BigDecimal spread;

    @Column(nullable = false)
    private boolean trimmed;

    @Column(nullable = false)
    private boolean flagged;

    @Column(name = "decision_reason", length = 500)
    private @Nullable String decisionReason;

    @Column(name = "notice_from")
    private @Nullable LocalDate noticeFrom;

    @Column(name = "notice_to")
    private @Nullable LocalDate noticeTo;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    protected Application() {
    }

    Application(long roundId, long compoundId, long communityId, long townId, String statement, String keyFigures,
                String createdBy, Instant createdAt) {
        this.roundId = roundId;
        this.compoundId = compoundId;
        this.communityId = communityId;
        this.townId = townId;
        this.statement = statement;
        this.keyFigures = keyFigures;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Moves along the state machine; refused when the step does not start from the current state. */
    AppState step(Step step) {
        AppState from = state;
        state = Lifecycle.apply(state, step);
        return from;
    }

    void describe(String statement, String keyFigures) {
        this.statement = statement;
        this.keyFigures = keyFigures;
    }

    void recordEligibility(Eligibility eligibility, Instant at) {
        this.eligible = eligibility.passed();
        this.eligibilityDetail = eligibility.encode();
        this.eligibilityCheckedAt = at;
    }

    void submitted(Instant at) {
        this.submittedAt = at;
        this.sendBackReason = null;
    }

    void sentBack(String reason) {
        this.sendBackReason = reason;
    }

    void overrideEligibility(String reason) {
        this.overrideReason = reason;
    }

    void scored(ScoreAggregation.Aggregate aggregate) {
        this.result = aggregate.result();
        this.spread = aggregate.spread();
        this.trimmed = aggregate.trimmed();
        this.flagged = aggregate.flagged();
    }

    void clearResult() {
        this.result = null;
        this.spread = null;
        this.trimmed = false;
        this.flagged = false;
    }

    void decided(String reason) {
        this.decisionReason = reason;
    }

    void notice(LocalDate from, LocalDate to) {
        this.noticeFrom = from;
        this.noticeTo = to;
    }

    boolean acceptedForReview() {
        return Boolean.TRUE.equals(eligible) || overrideReason != null;
    }

    long getRoundId() {
        return roundId;
    }

    long getCompoundId() {
        return compoundId;
    }

    long getCommunityId() {
        return communityId;
    }

    long getTownId() {
        return townId;
    }

    AppState getState() {
        return state;
    }

    String getStatement() {
        return statement;
    }

    String getKeyFigures() {
        return keyFigures;
    }

    @Nullable Boolean getEligible() {
        return eligible;
    }

    @Nullable String getEligibilityDetail() {
        return eligibilityDetail;
    }

    @Nullable Instant getEligibilityCheckedAt() {
        return eligibilityCheckedAt;
    }

    @Nullable String getOverrideReason() {
        return overrideReason;
    }

    @Nullable String getSendBackReason() {
        return sendBackReason;
    }

    @Nullable BigDecimal getResult() {
        return result;
    }

    @Nullable BigDecimal getSpread() {
        return spread;
    }

    boolean isTrimmed() {
        return trimmed;
    }

    boolean isFlagged() {
        return flagged;
    }

    @Nullable String getDecisionReason() {
        return decisionReason;
    }

    @Nullable LocalDate getNoticeFrom() {
        return noticeFrom;
    }

    @Nullable LocalDate getNoticeTo() {
        return noticeTo;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }
}
