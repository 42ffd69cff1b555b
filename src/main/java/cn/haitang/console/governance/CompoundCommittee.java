package cn.haitang.console.governance;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The owners' committee or property management committee of one compound, with its current term. */
@Entity
@Table(name = "compound_committee")
class CompoundCommittee extends AbstractEntity {

    @Column(name = "compound_id", nullable = false)
    private long compoundId;

    @Column(name = "town_id", nullable = false)
    private long townId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private CommitteeKind kind;

    @Column(name = "term_start", nullable = false)
    private LocalDate termStart;

    @Column(name = "term_end", nullable = false)
    private LocalDate termEnd;

    protected CompoundCommittee() {
    }

    CompoundCommittee(long compoundId, long townId, CommitteeKind kind, LocalDate termStart, LocalDate termEnd) {
        this.compoundId = compoundId;
        this.townId = townId;
        this.kind = kind;
        this.termStart = termStart;
        this.termEnd = termEnd;
    }

    long getCompoundId() {
        return compoundId;
    }

    long getTownId() {
        return townId;
    }

    CommitteeKind getKind() {
        return kind;
    }

    LocalDate getTermStart() {
        return termStart;
    }

    LocalDate getTermEnd() {
        return termEnd;
    }

    void changeTerm(LocalDate start, LocalDate end) {
        this.termStart = start;
        this.termEnd = end;
    }
}
