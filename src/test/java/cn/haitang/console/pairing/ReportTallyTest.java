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
 * Reports by area are read from the per-compound tally the database's triggers keep (changesets 008 and
 * 016), and so is the report list's row count for an area, kind and status: it must agree with the reports
 * after the demo's bulk inserts and after registering, moving and withdrawing, and the counts must move at once.
 */
@Transactional
class ReportTallyTest extends ServiceTest {

    /** Compounds whose tally differs from counting their active reports (a missing row counts as zeros). */
    static final String MISMATCHES = """
            SELECT COUNT(*) FROM compound cp LEFT JOIN report_tally t ON t.compound_id = cp.id
            WHERE COALESCE(t.members, 0) <> (SELECT COUNT(*) FROM grid_report r WHERE r.compound_id = cp.id
                                                 AND r.status = 'ACTIVE' AND r.kind = 'MEMBER')
               OR COALESCE(t.volunteers, 0) <> (SELECT COUNT(*) FROM grid_report r WHERE r.compound_id = cp.id
                                                    AND r.status = 'ACTIVE' AND r.kind = 'VOLUNTEER')
               OR COALESCE(t.withdrawn_members, 0) <> (SELECT COUNT(*) FROM grid_report r WHERE r.compound_id = cp.id
                                                    AND r.status = 'WITHDRAWN' AND r.kind = 'MEMBER')
               OR COALESCE(t.withdrawn_volunteers, 0) <> (SELECT COUNT(*) FROM grid_report r WHERE r.compound_id = cp.id
                                                    AND r.status = 'WITHDRAWN' AND r.kind = 'VOLUNTEER')""";

    /** Institutions whose tally (changeset 013) differs from counting their active member reports. */
    static final String INSTITUTION_MISMATCHES = """
            SELECT COUNT(*) FROM institution i LEFT JOIN institution_report_tally t ON t.institution_id = i.id
            WHERE COALESCE(t.members, 0) <> (SELECT COUNT(*) FROM grid_report r WHERE r.institution_id = i.id
                                                 AND r.status = 'ACTIVE' AND r.kind = 'MEMBER')""";

    @Autowired
    ReportingService reporting;
    @Autowired
    InstitutionService institutions;
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
        assertThat(jdbc.queryForObject(INSTITUTION_MISMATCHES, Long.class)).isZero();
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

        long reportedByInstitution = institutions.institution(paired[0]).membersReported();
        long id = reporting.register(new ReportForm(ReportKind.MEMBER, "测试党员", Fixtures.freshIdNumber(41), "13912345678",
                paired[0], "医疗", grid, LocalDate.now().minusDays(3)));
        em.flush();
        assertThat(institutions.institution(paired[0]).membersReported()).isEqualTo(reportedByInstitution + 1);
        assertThat(members(ReportLevel.TOWN, yushan, yushan)).isEqualTo(town + 1);
        assertThat(members(ReportLevel.COMPOUND, yushan, compound)).isEqualTo(inCompound + 1);
        assertThat(pairing.figures(yushan).members()).isEqualTo(town + 1);
        long listed = reporting.count(new ReportFilter(yushan, null, null, null, null, null));
        theListCountsWhatItShows(yushan, communityOf(grid));

        reporting.move(id, reporting.report(id).version(), otherGrid, LocalDate.now());
        em.flush();
        assertThat(members(ReportLevel.TOWN, yushan, yushan)).isEqualTo(town + 1);
        assertThat(members(ReportLevel.COMPOUND, yushan, compound)).isEqualTo(inCompound);
        assertThat(members(ReportLevel.COMPOUND, yushan, otherCompound)).isEqualTo(inOther + 1);
        theListCountsWhatItShows(yushan, communityOf(otherGrid));

        // a correction in SQL (the person's institution), then the withdrawal: the institutions' tally follows
        long otherInstitution = jdbc.queryForObject("SELECT MIN(id) FROM institution WHERE id <> ?", Long.class, paired[0]);
        jdbc.update("UPDATE grid_report SET institution_id = ? WHERE id = ?", otherInstitution, id);
        assertThat(jdbc.queryForObject(INSTITUTION_MISMATCHES, Long.class)).isZero();
        assertThat(institutions.institution(paired[0]).membersReported()).isEqualTo(reportedByInstitution);
        reporting.withdraw(id, reporting.report(id).version());
        em.flush();
        assertThat(jdbc.queryForObject(INSTITUTION_MISMATCHES, Long.class)).isZero();
        assertThat(members(ReportLevel.TOWN, yushan, yushan)).isEqualTo(town);
        assertThat(members(ReportLevel.COMPOUND, yushan, otherCompound)).isEqualTo(inOther);
        assertThat(jdbc.queryForObject(MISMATCHES, Long.class)).isZero();
        // withdrawn, the person still shows in the list of all statuses, and under "withdrawn" now
        assertThat(reporting.count(new ReportFilter(yushan, null, null, null, null, null))).isEqualTo(listed);
        theListCountsWhatItShows(yushan, communityOf(otherGrid));
    }

    @Test
    void theListCountsWhatItShowsForTheCityAfterTheDemoData() {
        login.as("admin");
        theListCountsWhatItShows(null, null);
        theListCountsWhatItShows(fx.town("meili"), null);
    }

    /**
     * For every kind and status, in the area (town, and a community of it when given): the list's count
     * equals the reports the list's own query finds.
     */
    private void theListCountsWhatItShows(Long town, Long community) {
        java.util.List<ReportKind> kinds = new java.util.ArrayList<>(java.util.Arrays.asList(ReportKind.values()));
        kinds.add(null);
        java.util.List<ReportStatus> statuses = java.util.Arrays.asList(ReportStatus.ACTIVE, ReportStatus.WITHDRAWN, null);
        java.util.List<Long> communities = community == null ? java.util.Collections.singletonList(null)
                : java.util.Arrays.asList(null, community);
        for (Long inCommunity : communities) {
            for (ReportKind kind : kinds) {
                for (ReportStatus status : statuses) {
                    ReportFilter filter = new ReportFilter(town, inCommunity, null, kind, status, null);
                    long counted = jdbc.queryForObject("SELECT COUNT(*) FROM grid_report WHERE (? IS NULL OR town_id = ?)"
                                    + " AND (? IS NULL OR community_id = ?) AND (? IS NULL OR kind = ?) AND (? IS NULL OR status = ?)",
                            Long.class, town, town, inCommunity, inCommunity, name(kind), name(kind), name(status), name(status));
                    assertThat(reporting.count(filter)).as("%s", filter).isEqualTo(counted);
                }
            }
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private long members(ReportLevel level, long town, long id) {
        List<ReportCount> counts = reporting.countsBy(level, town);
        return counts.stream().filter(c -> c.id() == id).mapToLong(ReportCount::members).sum();
    }

    private long communityOf(long grid) {
        return jdbc.queryForObject("SELECT community_id FROM compound WHERE id = ?", Long.class, compoundOf(grid));
    }

    private long compoundOf(long grid) {
        return jdbc.queryForObject("SELECT compound_id FROM micro_grid WHERE id = ?", Long.class, grid);
    }
}
