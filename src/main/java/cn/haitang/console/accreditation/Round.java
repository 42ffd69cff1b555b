package cn.haitang.console.accreditation;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A round (评选批次) of one level and year, with its window, quota, rubric and thresholds. */
@Entity
@Table(name = "accr_round")
class Round extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Level level;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false, length = 100)
    private String title;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "review_deadline", nullable = false)
    private LocalDate reviewDeadline;

    @Column(nullable = false)
    private int quota;

    @Column(name = "rubric_id", nullable = false)
    private long rubricId;

    @Column(name = "min_satisfaction", nullable = false, precision = 5, scale = 2)
    private BigDecimal minSatisfaction;

    @Column(name = "min_fee_collection", nullable = false, precision = 5, scale = 2)
    private BigDecimal minFeeCollection;

    @Column(name = "spread_threshold", nullable = false, precision = 5, scale = 2)
    private BigDecimal spreadThreshold;

    protected Round() {
    }

    Round(RoundForm form) {
        update(form);
    }

    /** Takes the form's values; the service has refused anything missing. */
    void update(RoundForm form) {
        this.level = Objects.requireNonNull(form.level());
        this.year = Objects.requireNonNull(form.year());
        this.title = form.title().strip();
        this.opensOn = Objects.requireNonNull(form.opensOn());
        this.closesOn = Objects.requireNonNull(form.closesOn());
        this.reviewDeadline = Objects.requireNonNull(form.reviewDeadline());
        this.quota = Objects.requireNonNull(form.quota());
        this.rubricId = form.rubricId();
        this.minSatisfaction = Objects.requireNonNull(form.minSatisfaction());
        this.minFeeCollection = Objects.requireNonNull(form.minFeeCollection());
        this.spreadThreshold = Objects.requireNonNull(form.spreadThreshold());
    }

    boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    Level getLevel() {
        return level;
    }

    int getYear() {
        return year;
    }

    String getTitle() {
        return title;
    }

    LocalDate getOpensOn() {
        return opensOn;
    }

    LocalDate getClosesOn() {
        return closesOn;
    }

    LocalDate getReviewDeadline() {
        return reviewDeadline;
    }

    int getQuota() {
        return quota;
    }

    long getRubricId() {
        return rubricId;
    }

    BigDecimal getMinSatisfaction() {
        return minSatisfaction;
    }

    BigDecimal getMinFeeCollection() {
        return minFeeCollection;
    }

    BigDecimal getSpreadThreshold() {
        return spreadThreshold;
    }
}
