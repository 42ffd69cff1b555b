package cn.haitang.console.deliberation;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A task of a consultation's final plan: which party does what, by when. */
@Entity(name = "DelibPlanTask")
@Table(name = "delib_task")
class PlanTask extends AbstractEntity {

    @Column(name = "consultation_id", nullable = false)
    private long consultationId;
    @Column(name = "party_id", nullable = false)
    private long partyId;
    @Column(nullable = false, length = 300)
    private String task;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    protected PlanTask() {
    }

    PlanTask(long consultationId, long partyId, String task, LocalDate dueOn) {
        this.consultationId = consultationId;
        describe(partyId, task, dueOn);
    }

    void describe(long partyId, String task, LocalDate dueOn) {
        this.partyId = partyId;
        this.task = task;
        this.dueOn = dueOn;
    }

    long getConsultationId() {
        return consultationId;
    }
}
