package cn.haitang.console.accreditation;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An accredited demonstration site: the certificate of one level, valid three years. */
@Entity
@Table(name = "accr_site")
class Site extends AbstractEntity {

    enum State { CURRENT, EXPIRED, REVOKED }

    static final int VALID_YEARS = 3;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "compound_id", nullable = false)
    private long compoundId;

    @Column(name = "town_id", nullable = false)
    private long townId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Level level;

    @Column(name = "certificate_no", nullable = false, length = 32)
    private String certificateNo;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state = State.CURRENT;

    @Column(name = "revoke_reason", length = 500)
    private @Nullable String revokeReason;

    @Column(name = "ended_at")
    private @Nullable Instant endedAt;

    protected Site() {
    }

    Site(long applicationId, long compoundId, long townId, Level level, String certificateNo, LocalDate validFrom) {
        this.applicationId = applicationId;
        this.compoundId = compoundId;
        this.townId = townId;
        this.level = level;
        this.certificateNo = certificateNo;
        this.validFrom = validFrom;
        this.validTo = validFrom.plusYears(VALID_YEARS).minusDays(1);
    }

    void revoke(String reason, Instant at) {
        this.state = State.REVOKED;
        this.revokeReason = reason;
        this.endedAt = at;
    }

    void expire(Instant at) {
        this.state = State.EXPIRED;
        this.endedAt = at;
    }

    long getApplicationId() {
        return applicationId;
    }

    long getCompoundId() {
        return compoundId;
    }

    long getTownId() {
        return townId;
    }

    Level getLevel() {
        return level;
    }

    String getCertificateNo() {
        return certificateNo;
    }

    LocalDate getValidFrom() {
        return validFrom;
    }

    LocalDate getValidTo() {
        return validTo;
    }

    State getState() {
        return state;
    }

    @Nullable String getRevokeReason() {
        return revokeReason;
    }
}
