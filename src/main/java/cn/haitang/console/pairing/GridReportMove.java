package cn.haitang.console.pairing;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An earlier micro-grid of a reporting person: kept when they move. */
@Entity
@Table(name = "grid_report_move")
class GridReportMove extends AbstractEntity {

    @Column(name = "report_id", nullable = false)
    private long reportId;
    @Column(name = "grid_id", nullable = false)
    private long gridId;
    @Column(name = "town_id", nullable = false)
    private long townId;
    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;
    @Column(name = "to_date", nullable = false)
    private LocalDate toDate;

    protected GridReportMove() {
    }

    GridReportMove(long reportId, long gridId, long townId, LocalDate fromDate, LocalDate toDate) {
        this.reportId = reportId;
        this.gridId = gridId;
        this.townId = townId;
        this.fromDate = fromDate;
        this.toDate = toDate;
    }
}
