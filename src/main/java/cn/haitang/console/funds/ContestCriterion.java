package cn.haitang.console.funds;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One criterion of a contest year's rubric (the contest's own, independent of accreditation's). */
@Entity
@Table(name = "contest_criterion")
class ContestCriterion extends AbstractEntity {

    @Column(name = "contest_year_id", nullable = false)
    private long contestYearId;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @Column(nullable = false, length = 60)
    private String name;
    @Column(name = "max_points", nullable = false)
    private int maxPoints;

    protected ContestCriterion() {
    }

    ContestCriterion(long contestYearId, int sortOrder, String name, int maxPoints) {
        this.contestYearId = contestYearId;
        this.sortOrder = sortOrder;
        this.name = name;
        this.maxPoints = maxPoints;
    }

    long getContestYearId() {
        return contestYearId;
    }

    int getMaxPoints() {
        return maxPoints;
    }
}
