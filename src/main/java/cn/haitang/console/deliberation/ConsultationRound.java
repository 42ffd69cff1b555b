package cn.haitang.console.deliberation;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A round of a consultation, numbered 1, 2, 3… in the order recorded. */
@Entity(name = "DelibConsultationRound")
@Table(name = "delib_round")
class ConsultationRound extends AbstractEntity {

    @Column(name = "consultation_id", nullable = false)
    private long consultationId;
    @Column(nullable = false)
    private int number;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Column(nullable = false, length = 4000)
    private String minutes;
    @Column(nullable = false, length = 2000)
    private String options;
    @Column(nullable = false, length = 2000)
    private String positions;

    protected ConsultationRound() {
    }

    ConsultationRound(long consultationId, int number, RoundForm form) {
        this.consultationId = consultationId;
        this.number = number;
        describe(form);
    }

    void describe(RoundForm form) {
        this.heldOn = form.heldOn();
        this.minutes = form.minutes();
        this.options = form.options();
        this.positions = form.positions();
    }

    long getConsultationId() {
        return consultationId;
    }
}
