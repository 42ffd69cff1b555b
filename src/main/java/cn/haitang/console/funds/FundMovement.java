package cn.haitang.console.funds;

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

/**
 * One movement of a fund. Its amount, direction and fund never change after it is written; only its
 * approval (PENDING → POSTED or REJECTED) does. A wrong movement is answered by a reversing one.
 */
@Entity
@Table(name = "fund_movement")
class FundMovement extends AbstractEntity {

    @Column(name = "fund_id", nullable = false, updatable = false)
    private long fundId;
    @Column(name = "town_id", updatable = false)
    private @Nullable Long townId;
    @Column(nullable = false, length = 3, updatable = false)
    private String direction;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private MovementKind kind;
    @Column(name = "moved_on", nullable = false, updatable = false)
    private LocalDate movedOn;
    @Column(nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MovementStatus status;
    @Column(nullable = false, length = 100, updatable = false)
    private String counterparty;
    @Column(nullable = false, updatable = false)
    private boolean anonymous;
    @Column(nullable = false, length = 200, updatable = false)
    private String purpose;
    @Column(name = "project_id", updatable = false)
    private @Nullable Long projectId;
    @Column(name = "scene_id", updatable = false)
    private @Nullable Long sceneId;
    @Column(name = "target_fund_id", updatable = false)
    private @Nullable Long targetFundId;
    @Column(name = "source_movement_id", updatable = false)
    private @Nullable Long sourceMovementId;
    @Column(name = "reverses_id", updatable = false)
    private @Nullable Long reversesId;
    @Column(length = 200, updatable = false)
    private @Nullable String reason;
    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;
    @Column(name = "approved_by", length = 64)
    private @Nullable String approvedBy;
    @Column(name = "approved_at")
    private @Nullable Instant approvedAt;

    protected FundMovement() {
    }

    /** A movement as recorded; {@code incoming} is the direction (a reversal flips its original's). */
    FundMovement(Fund fund, MovementKind kind, boolean incoming, LocalDate movedOn, BigDecimal amount, String counterparty,
             boolean anonymous, String purpose, @Nullable Long projectId, @Nullable Long targetFundId, String recordedBy,
             Instant recordedAt) {
        this.fundId = fund.requireId();
        this.townId = fund.getTownId();
        this.kind = kind;
        this.direction = incoming ? "IN" : "OUT";
        this.movedOn = movedOn;
        this.amount = amount;
        this.counterparty = counterparty;
        this.anonymous = anonymous;
        this.purpose = purpose;
        this.projectId = projectId;
        this.targetFundId = targetFundId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.status = MovementStatus.PENDING;
    }

    /** The happiness scene a grant goes to (a grant names a project or a scene, never both). */
    FundMovement toScene(@Nullable Long scene) {
        this.sceneId = scene;
        return this;
    }

    FundMovement reversing(long originalId, String why) {
        this.reversesId = originalId;
        this.reason = why;
        return this;
    }

    FundMovement fromAllocation(long sourceId) {
        this.sourceMovementId = sourceId;
        return this;
    }

    void post(@Nullable String approver, Instant at) {
        this.status = MovementStatus.POSTED;
        this.approvedBy = approver;
        this.approvedAt = approver == null ? null : at;
    }

    void reject(String approver, Instant at) {
        this.status = MovementStatus.REJECTED;
        this.approvedBy = approver;
        this.approvedAt = at;
    }

    long getFundId() {
        return fundId;
    }

    boolean isIncoming() {
        return "IN".equals(direction);
    }

    MovementKind getKind() {
        return kind;
    }

    LocalDate getMovedOn() {
        return movedOn;
    }

    BigDecimal getAmount() {
        return amount;
    }

    MovementStatus getStatus() {
        return status;
    }

    String getCounterparty() {
        return counterparty;
    }

    boolean isAnonymous() {
        return anonymous;
    }

    String getPurpose() {
        return purpose;
    }

    @Nullable Long getProjectId() {
        return projectId;
    }

    @Nullable Long getSceneId() {
        return sceneId;
    }

    @Nullable Long getTargetFundId() {
        return targetFundId;
    }

    @Nullable Long getSourceMovementId() {
        return sourceMovementId;
    }

    @Nullable Long getReversesId() {
        return reversesId;
    }

    String getRecordedBy() {
        return recordedBy;
    }
}
