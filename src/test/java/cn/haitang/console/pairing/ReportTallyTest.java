package cn.haitang.console.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.support.ServiceTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports by area are read from the per-compound tally the database's triggers keep (changeset 008):
 * it must agree with the active reports after the demo's bulk inserts and after registering, moving and
 * withdrawing, and the counts must move at once.
 */
@Transactional
class ReportTallyTest extends ServiceTest {

    /** Compounds whose tally differs from counting their active reports (a missing row counts as zeros). */
    static final String MISMATCHES = """
            SELECT COUNT(*) FROM compound cp LEFT JOIN report_tally t ON t.compound_id = cp.id
            WHERE COALESCE(t.members, 0) <> (SELECT COUNT(*) FROM grid_report r WHERE r.compound_id = cp.id
                                                 AND r.status = 'ACTIVE' AND r.kind = 'MEMBER')
               OR COALESCE(t.volunteers, 0) <> (SELECT COUNT(*) FROM grid_report r WHERE r.compound_id = cp.id
                                                    AND r.status = 'ACTIVE' AND r.kind = 'VOLUNTEER')""";

    @Autowired
    ReportingService reporting;
    @Autowired
    PairingService pairing;
    @Autowired
    Fixtures fx;
    @Autowired
    JdbcTemplate jdbc;
    @PersistenceContext
    EntityManager em;

    @Test
    void theTallyAgreesWithTheReportsAfterTheDemoData() {
        assertThat(jdbc.queryForObject(MISMATCHES, Long.class)).isZero();
        login.as("admin");
        assertThat(pairing.figures(null).members()).isEqualTo(17_250);
        assertThat(pairing.figures(null).volunteers()).isEqualTo(24_100);
        assertThat(reporting.countsBy(ReportLevel.TOWN, null).stream().mapToLong(ReportCount::volunteers).sum())
                .isEqualTo(24_100);
    }

    @Test
    void registeringMovingAndWithdrawingMoveTheCountsAtOnce() {
        long yushan = fx.town("yushan");
        long[] paired = fx.pairedInstitutionAndCommunity("yushan");
        long grid = fx.grid("yushan");
        long otherGrid = fx.otherGrid("yushan");
        long compound = compoundOf(grid);
        long otherCompound = compoundOf(otherGrid);
        assertThat(otherCompound).isNotEqualTo(compound);
        login.as("yushan");
        long town = members(ReportLevel.TOWN, yushan, yushan);
        long inCompound = members(ReportLevel.COMPOUND, yushan, compound);
        long inOther = members(ReportLevel.COMPOUND, yushan, otherCompound);

        long id = reporting.register(new ReportForm(ReportKind.MEMBER, "测试党员", Fixtures.freshIdNumber(41), "13912345678",
                paired[0], "医疗", grid, LocalDate.now().minusDays(3)));
        em.flush();
        assertThat(members(ReportLevel.TOWN, yushan, yushan)).isEqualTo(town + 1);
        assertThat(members(ReportLevel.COMPOUND, yushan, compound)).isEqualTo(inCompound + 1);
        assertThat(pairing.figures(yushan).members()).isEqualTo(town + 1);

        reporting.move(id, reporting.report(id).version(), otherGrid, LocalDate.now());
        em.flush();
        assertThat(members(ReportLevel.TOWN, yushan, yushan)).isEqualTo(town + 1);
        assertThat(members(ReportLevel.COMPOUND, yushan, compound)).isEqualTo(inCompound);
        assertThat(members(ReportLevel.COMPOUND, yushan, otherCompound)).isEqualTo(inOther + 1);

        reporting.withdraw(id, reporting.report(id).version());
        em.flush();
        assertThat(members(ReportLevel.TOWN, yushan, yushan)).isEqualTo(town);
        assertThat(members(ReportLevel.COMPOUND, yushan, otherCompound)).isEqualTo(inOther);
        assertThat(jdbc.queryForObject(MISMATCHES, Long.class)).isZero();
    }

    private long members(ReportLevel level, long town, long id) {
        List<ReportCount> counts = reporting.countsBy(level, town);
        return counts.stream().filter(c -> c.id() == id).mapToLong(ReportCount::members).sum();
    }

    private long compoundOf(long grid) {
        return jdbc.queryForObject("SELECT compound_id FROM micro_grid WHERE id = ?", Long.class, grid);
    }
}
