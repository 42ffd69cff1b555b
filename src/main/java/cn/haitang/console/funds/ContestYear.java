package cn.haitang.console.funds;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A year of the venture contest: its calendar, the fund its grants are paid from and its budget. */
@Entity
@Table(name = "contest_year")
class ContestYear extends AbstractEntity {

    @Column(nullable = false)
    private int year;
    @Column(nullable = false, length = 100)
    private String name;
    @Column(name = "fund_id", nullable = false)
    private long fundId;
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal budget;
    @Column(name = "call_opens", nullable = false)
    private LocalDate callOpens;
    @Column(name = "call_closes", nullable = false)
    private LocalDate callCloses;
    @Column(name = "review_ends", nullable = false)
    private LocalDate reviewEnds;
    @Column(name = "awards_on", nullable = false)
    private LocalDate awardsOn;
    @Column(name = "implementation_ends", nullable = false)
    private LocalDate implementationEnds;
    @Column(name = "closing_on", nullable = false)
    private LocalDate closingOn;

    protected ContestYear() {
    }

    ContestYear(ContestYearForm form) {
        describe(form);
    }

    void describe(ContestYearForm f) {
        this.year = java.util.Objects.requireNonNull(f.year());
        this.name = java.util.Objects.requireNonNull(f.name());
        this.fundId = java.util.Objects.requireNonNull(f.fundId());
        this.budget = java.util.Objects.requireNonNull(f.budget());
        this.callOpens = java.util.Objects.requireNonNull(f.callOpens());
        this.callCloses = java.util.Objects.requireNonNull(f.callCloses());
        this.reviewEnds = java.util.Objects.requireNonNull(f.reviewEnds());
        this.awardsOn = java.util.Objects.requireNonNull(f.awardsOn());
        this.implementationEnds = java.util.Objects.requireNonNull(f.implementationEnds());
        this.closingOn = java.util.Objects.requireNonNull(f.closingOn());
    }

    long getFundId() {
        return fundId;
    }

    BigDecimal getBudget() {
        return budget;
    }

    LocalDate getCallOpens() {
        return callOpens;
    }

    LocalDate getCallCloses() {
        return callCloses;
    }

    LocalDate getReviewEnds() {
        return reviewEnds;
    }
}
