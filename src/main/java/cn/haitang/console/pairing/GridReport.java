package cn.haitang.console.pairing;

import cn.haitang.console.audit.AuditMasked;
import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person (in-service party member or volunteer) reporting (报到) to the micro-grid where they live.
 * One grid at a time: a move writes the earlier grid into {@link GridReportMove}. The ID number and the
 * phone are stored in full, masked in lists and never written into the audit trail.
 */
@Entity
@Table(name = "grid_report")
class GridReport extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportKind kind;
    @Column(nullable = false, length = 32)
    private String name;
    @AuditMasked
    @Column(name = "id_number", nullable = false, length = 18)
    private String idNumber;
    @AuditMasked
    @Column(nullable = false, length = 20)
    private String phone;
    @Column(name = "institution_id")
    private @Nullable Long institutionId;
    @Column(length = 200)
    private @Nullable String skills;
    @Column(name = "grid_id", nullable = false)
    private long gridId;
    @Column(name = "compound_id", nullable = false)
    private long compoundId;
    @Column(name = "community_id", nullable = false)
    private long communityId;
    @Column(name = "town_id", nullable = false)
    private long townId;
    @Column(name = "reported_on", nullable = false)
    private LocalDate reportedOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportStatus status;

    protected GridReport() {
    }

    GridReport(String idNumber) {
        this.idNumber = idNumber;
        this.status = ReportStatus.ACTIVE;
    }

    void describe(ReportKind kind, String name, String phone, @Nullable Long institutionId, @Nullable String skills) {
        this.kind = kind;
        this.name = name;
        this.phone = phone;
        this.institutionId = kind == ReportKind.MEMBER ? institutionId : null;
        this.skills = skills == null || skills.isBlank() ? null : skills.strip();
    }

    void placeAt(GridPlace place, LocalDate reportedOn) {
        this.gridId = place.gridId();
        this.compoundId = place.compoundId();
        this.communityId = place.communityId();
        this.townId = place.townId();
        this.reportedOn = reportedOn;
        this.status = ReportStatus.ACTIVE;
    }

    void withdraw() {
        this.status = ReportStatus.WITHDRAWN;
    }

    ReportKind getKind() {
        return kind;
    }

    String getIdNumber() {
        return idNumber;
    }

    long getGridId() {
        return gridId;
    }

    long getTownId() {
        return townId;
    }

    LocalDate getReportedOn() {
        return reportedOn;
    }

    ReportStatus getStatus() {
        return status;
    }
}
