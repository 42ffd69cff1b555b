package cn.haitang.console.accreditation;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One reviewer's score on one criterion, with a comment. */
@Entity
@Table(name = "accr_score")
class Score extends AbstractEntity {

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(name = "criterion_id", nullable = false)
    private long criterionId;

    @Column(nullable = false)
    private int score;

    @Column(nullable = false, length = 500)
    private String comment;

    protected Score() {
    }

    Score(long assignmentId, long criterionId) {
        this.assignmentId = assignmentId;
        this.criterionId = criterionId;
    }

    void set(int score, String comment) {
        this.score = score;
        this.comment = comment;
    }

    long getAssignmentId() {
        return assignmentId;
    }

    long getCriterionId() {
        return criterionId;
    }

    int getScore() {
        return score;
    }

    String getComment() {
        return comment;
    }
}
