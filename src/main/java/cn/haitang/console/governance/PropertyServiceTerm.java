package cn.haitang.console.governance;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A company serving a compound from {@code since} until {@code until} (open while it still serves). */
@Entity
@Table(name = "property_service_term")
class PropertyServiceTerm extends AbstractEntity {

    @Column(name = "compound_id", nullable = false)
    private long compoundId;

    @Column(name = "town_id", nullable = false)
    private long townId;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(nullable = false)
    private LocalDate since;

    @Column
    private @Nullable LocalDate until;

    protected PropertyServiceTerm() {
    }

    PropertyServiceTerm(long compoundId, long townId, long companyId, LocalDate since) {
        this.compoundId = compoundId;
        this.townId = townId;
        this.companyId = companyId;
        this.since = since;
    }

    long getCompanyId() {
        return companyId;
    }

    LocalDate getSince() {
        return since;
    }

    @Nullable LocalDate getUntil() {
        return until;
    }

    void end(LocalDate date) {
        this.until = date;
    }
}
