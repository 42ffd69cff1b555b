package cn.haitang.console.pairing;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An institution's pairing (结对) with a town/street; its communities are {@link PairingCommunity} rows. */
@Entity
@Table(name = "pairing")
class Pairing extends AbstractEntity {

    @Column(name = "institution_id", nullable = false)
    private long institutionId;
    @Column(name = "town_id", nullable = false)
    private long townId;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(name = "end_date")
    private @Nullable LocalDate endDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PairingStatus status;
    @Column(nullable = false, length = 500)
    private String services;
    @Column(name = "service_day", nullable = false)
    private int serviceDay;

    protected Pairing() {
    }

    Pairing(long institutionId, long townId, LocalDate startDate, String services, int serviceDay) {
        this.institutionId = institutionId;
        this.townId = townId;
        this.startDate = startDate;
        this.services = services;
        this.serviceDay = serviceDay;
        this.status = PairingStatus.ACTIVE;
    }

    void describe(LocalDate startDate, String services, int serviceDay) {
        this.startDate = startDate;
        this.services = services;
        this.serviceDay = serviceDay;
    }

    void end(LocalDate on) {
        this.status = PairingStatus.ENDED;
        this.endDate = on;
    }

    long getInstitutionId() {
        return institutionId;
    }

    long getTownId() {
        return townId;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    @Nullable LocalDate getEndDate() {
        return endDate;
    }

    PairingStatus getStatus() {
        return status;
    }

    String getServices() {
        return services;
    }

    int getServiceDay() {
        return serviceDay;
    }
}
