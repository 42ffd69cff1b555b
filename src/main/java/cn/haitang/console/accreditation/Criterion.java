package cn.haitang.console.accreditation;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A criterion of a rubric with its maximum score and guidance for reviewers. */
@Entity
@Table(name = "accr_criterion")
class Criterion extends AbstractEntity {

    @Column(name = "rubric_id", nullable = false)
    private long rubricId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "max_score", nullable = false)
    private int maxScore;

    @Column(nullable = false, length = 500)
    private String guidance;

    protected Criterion() {
    }

    Criterion(long rubricId, int sortOrder, String name, int maxScore, String guidance) {
        this.rubricId = rubricId;
        this.sortOrder = sortOrder;
        this.name = name;
        this.maxScore = maxScore;
        this.guidance = guidance;
    }

    long getRubricId() {
        return rubricId;
    }

    int getSortOrder() {
        return sortOrder;
    }

    String getName() {
        return name;
    }

    int getMaxScore() {
        return maxScore;
    }

    String getGuidance() {
        return guidance;
    }
}
