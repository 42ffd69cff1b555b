package cn.haitang.console.deliberation;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An owners' joint decision on a consultation's plan. The compound's totals are fixed when the vote opens (a
 * later change of the compound's figures does not move a vote under way); the result is fixed when counted.
 */
@Entity(name = "DelibOwnersVote")
@Table(name = "delib_vote")
class OwnersVote extends AbstractEntity {

    @Column(name = "consultation_id", nullable = false)
    private long consultationId;
    @Column(name = "town_id", nullable = false)
    private long townId;
    @Column(name = "compound_id", nullable = false)
    private long compoundId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private VoteItem item;
    @Column(nullable = false, length = 500)
    private String question;
    @Column(name = "total_area", nullable = false, precision = 14, scale = 2)
    private BigDecimal totalArea;
    @Column(name = "total_owners", nullable = false)
    private int totalOwners;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VoteState state = VoteState.OPEN;
    @Column(name = "participating_area", precision = 14, scale = 2)
    private @Nullable BigDecimal participatingArea;
    @Column(name = "participating_owners")
    private @Nullable Integer participatingOwners;
    @Column(name = "agree_area", precision = 14, scale = 2)
    private @Nullable BigDecimal agreeArea;
    @Column(name = "agree_owners")
    private @Nullable Integer agreeOwners;
    private @Nullable Boolean passed;
    @Column(name = "counted_on")
    private @Nullable LocalDate countedOn;

    protected OwnersVote() {
    }

    OwnersVote(Consultation consultation, VoteItem item, String question, BigDecimal totalArea, int totalOwners) {
        this.consultationId = consultation.requireId();
        this.townId = consultation.getTownId();
        this.compoundId = consultation.getCompoundId();
        this.item = item;
        this.question = question;
        this.totalArea = totalArea;
        this.totalOwners = totalOwners;
    }

    void counted(Article278.Result result, LocalDate on) {
        Article278.Tally t = result.tally();
        participatingArea = t.participatingArea();
        participatingOwners = (int) t.participatingOwners();
        agreeArea = t.agreeArea();
        agreeOwners = (int) t.agreeOwners();
        passed = result.passed();
        countedOn = on;
        state = VoteState.COUNTED;
    }

    long getTownId() {
        return townId;
    }

    long getConsultationId() {
        return consultationId;
    }

    VoteItem getItem() {
        return item;
    }

    BigDecimal getTotalArea() {
        return totalArea;
    }

    int getTotalOwners() {
        return totalOwners;
    }

    VoteState getState() {
        return state;
    }
}
