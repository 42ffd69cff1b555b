package cn.haitang.console.governance;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Property fee collection for one period: due and collected, in yuan. */
@Entity
@Table(name = "fee_period")
class FeePeriod extends AbstractEntity {

    @Column(name = "compound_id", nullable = false)
    private long compoundId;

    @Column(name = "town_id", nullable = false)
    private long townId;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal due;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal collected;

    protected FeePeriod() {
    }

    FeePeriod(long compoundId, long townId, LocalDate periodStart, LocalDate periodEnd, BigDecimal due,
              BigDecimal collected) {
        this.compoundId = compoundId;
        this.townId = townId;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.due = due;
        this.collected = collected;
    }

    long getCompoundId() {
        return compoundId;
    }

    long getTownId() {
        return townId;
    }

    void record(BigDecimal collected) {
        this.collected = collected;
    }

    BigDecimal getDue() {
        return due;
    }
}
