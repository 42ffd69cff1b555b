package cn.haitang.console.funds;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A milestone of an awarded project: due date, progress in percent, and the evidence of it. */
@Entity
@Table(name = "contest_milestone")
class ContestMilestone extends AbstractEntity {

    @Column(name = "project_id", nullable = false)
    private long projectId;
    @Column(nullable = false, length = 100)
    private String title;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Column(nullable = false)
    private int progress;
    @Column(length = 500)
    private @Nullable String evidence;

    protected ContestMilestone() {
    }

    ContestMilestone(long projectId, String title, LocalDate dueOn) {
        this.projectId = projectId;
        this.title = title;
        this.dueOn = dueOn;
    }

    void report(int newProgress, @Nullable String newEvidence) {
        this.progress = newProgress;
        this.evidence = newEvidence;
    }

    long getProjectId() {
        return projectId;
    }
}
