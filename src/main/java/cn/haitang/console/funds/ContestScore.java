package cn.haitang.console.funds;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One juror's points for one criterion of one proposal. */
@Entity
@Table(name = "contest_score")
class ContestScore extends AbstractEntity {

    @Column(name = "project_id", nullable = false)
    private long projectId;
    @Column(name = "criterion_id", nullable = false)
    private long criterionId;
    @Column(nullable = false, length = 64)
    private String juror;
    @Column(nullable = false)
    private int points;

    protected ContestScore() {
    }

    ContestScore(long projectId, long criterionId, String juror, int points) {
        this.projectId = projectId;
        this.criterionId = criterionId;
        this.juror = juror;
        this.points = points;
    }

    void rescore(int newPoints) {
        this.points = newPoints;
    }
}
