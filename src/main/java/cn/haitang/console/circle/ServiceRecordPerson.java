package cn.haitang.console.circle;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A volunteer or in-service member (a report to the area's micro-grids) who served at a session. */
@Entity
@Table(name = "service_record_person")
class ServiceRecordPerson extends AbstractEntity {

    @Column(name = "record_id", nullable = false)
    private long recordId;
    @Column(name = "report_id", nullable = false)
    private long reportId;

    protected ServiceRecordPerson() {
    }

    ServiceRecordPerson(long recordId, long reportId) {
        this.recordId = recordId;
        this.reportId = reportId;
    }
}
