package cn.haitang.console.funds;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A line of a proposal's budget, and what the project has spent against it. */
@Entity
@Table(name = "contest_budget_line")
class ContestBudgetLine extends AbstractEntity {

    @Column(name = "project_id", nullable = false)
    private long projectId;
    @Column(nullable = false, length = 100)
    private String item;
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal spent = BigDecimal.ZERO;

    protected ContestBudgetLine() {
    }

    ContestBudgetLine(long projectId, String item, BigDecimal amount) {
        this.projectId = projectId;
        this.item = item;
        this.amount = amount;
    }

    void spend(BigDecimal more) {
        this.spent = spent.add(more);
    }

    long getProjectId() {
        return projectId;
    }

    BigDecimal getAmount() {
        return amount;
    }

    BigDecimal getSpent() {
        return spent;
    }
}
