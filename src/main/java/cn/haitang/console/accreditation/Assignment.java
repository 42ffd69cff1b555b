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

/** A reviewer assigned to an application, with their total once submitted. */
@Entity
@Table(name = "accr_assignment")
class Assignment extends AbstractEntity {

    enum State { ASSIGNED, DRAFT, SUBMITTED, RECUSED }

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "reviewer_id", nullable = false)
    private long reviewerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state = State.ASSIGNED;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(precision = 6, scale = 2)
    private @Nullable BigDecimal total;

    @Column(length = 1000)
    private @Nullable String comment;

    @Column(name = "recusal_reason", length = 500)
    private @Nullable String recusalReason;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    protected Assignment() {
    }

    Assignment(long applicationId, long reviewerId, LocalDate deadline) {
        this.applicationId = applicationId;
        this.reviewerId = reviewerId;
        this.deadline = deadline;
    }

    void draft(BigDecimal total, @Nullable String comment) {
        this.state = State.DRAFT;
        this.total = total;
        this.comment = comment;
    }

    void submit(BigDecimal total, @Nullable String comment, Instant at) {
        this.state = State.SUBMITTED;
        this.total = total;
        this.comment = comment;
        this.submittedAt = at;
    }

    void reopen() {
        this.state = State.DRAFT;
        this.submittedAt = null;
    }

    void recuse(String reason) {
        this.state = State.RECUSED;
        this.recusalReason = reason;
    }

    long getApplicationId() {
        return applicationId;
    }

    long getReviewerId() {
        return reviewerId;
    }

    State getState() {
        return state;
    }

    LocalDate getDeadline() {
        return deadline;
    }

    @Nullable BigDecimal getTotal() {
        return total;
    }

    @Nullable String getComment() {
        return comment;
    }

    @Nullable String getRecusalReason() {
        return recusalReason;
    }

    @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }
}
