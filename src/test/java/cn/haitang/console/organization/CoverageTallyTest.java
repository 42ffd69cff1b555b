package cn.haitang.console.organization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.region.MicroGridRow;
import cn.haitang.console.support.ServiceTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coverage figures are read from the per-compound tally the database's triggers keep (changeset
 * 007): it must agree with the rows themselves after the demo's bulk inserts and after every kind of
 * write the structure feature makes, and the figures must move at once.
 */
@Transactional
class CoverageTallyTest extends ServiceTest {

    /** Compounds whose tally row is missing or differs from counting their rows. */
    static final String MISMATCHES = """
            SELECT COUNT(*) FROM compound cp LEFT JOIN coverage_tally t ON t.compound_id = cp.id
            WHERE t.compound_id IS NULL OR t.town_id <> cp.town_id OR t.community_id <> cp.community_id
               OR t.entity_branches <> (SELECT COUNT(*) FROM party_branch b WHERE b.compound_id = cp.id AND b.branch_type = 'ENTITY')
               OR t.functional_branches <> (SELECT COUNT(*) FROM party_branch b WHERE b.compound_id = cp.id AND b.branch_type = 'FUNCTIONAL')
               OR t.micro_grids <> (SELECT COUNT(*) FROM micro_grid m WHERE m.compound_id = cp.id)
               OR t.grid_groups <> (SELECT COUNT(*) FROM grid_group g WHERE g.compound_id = cp.id)
               OR t.central_households <> (SELECT COUNT(*) FROM central_household h WHERE h.compound_id = cp.id)
               OR t.linked_households <> (SELECT COALESCE(SUM(h.linked_households), 0) FROM central_household h
                                          WHERE h.compound_id = cp.id)""";

    @Autowired
    OrganizationService organization;
    @Autowired
    CoverageService coverage;
    @Autowired
    JdbcTemplate jdbc;
    @PersistenceContext
    EntityManager em;

    @Test
    void theTallyAgreesWithTheRowsAfterTheDemoData() {
        assertThat(jdbc.queryForObject(MISMATCHES, Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM coverage_tally", Long.class))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM compound", Long.class));
    }

    @Test
    void householdsAndGridGroupsMoveTheFiguresAtOnce() {
        Fixtures f = new Fixtures(jdbc);
        login.as("yushan");
        CoverageFigures before = town(f.yushan);

        HouseholdRow household = organization.createHousehold(f.group, new HouseholdForm("钱多多", "13912345678", "3幢2单元", 12));
        em.flush();
        assertThat(town(f.yushan).centralHouseholds()).isEqualTo(before.centralHouseholds() + 1);
        assertThat(town(f.yushan).linkedHouseholds()).isEqualTo(before.linkedHouseholds() + 12);

        household = organization.updateHousehold(household.id(), household.version(),
                new HouseholdForm("钱多多", "13912345678", "3幢2单元", 20));
        em.flush();
        assertThat(town(f.yushan).linkedHouseholds()).isEqualTo(before.linkedHouseholds() + 20);

        MicroGridRow free = organization.freeMicroGrids(f.compound, null).getFirst();
        GridGroupRow group = organization.createGridGroup(f.entityBranch, new GridGroupForm(free.id(), "测试网格党小组", "王五", 4));
        em.flush();
        assertThat(town(f.yushan).gridGroups()).isEqualTo(before.gridGroups() + 1);
        assertThat(coverage.figures(null, f.yushan).gridGroups()).isEqualTo(before.gridGroups() + 1);
        assertThat(jdbc.queryForObject(MISMATCHES, Long.class)).isZero();

        organization.deleteHousehold(household.id(), household.version());
        organization.deleteGridGroup(group.id(), group.version(), java.util.Locale.SIMPLIFIED_CHINESE);
        em.flush();
        CoverageFigures after = town(f.yushan);
        assertThat(after.centralHouseholds()).isEqualTo(before.centralHouseholds());
        assertThat(after.linkedHouseholds()).isEqualTo(before.linkedHouseholds());
        assertThat(after.gridGroups()).isEqualTo(before.gridGroups());
        assertThat(jdbc.queryForObject(MISMATCHES, Long.class)).isZero();
    }

    @Test
    void aBranchDeletedAndFormedAgainMovesTheFunctionalRate() {
        Fixtures f = new Fixtures(jdbc);
        login.as("admin");
        long compound = jdbc.queryForObject("""
                SELECT MIN(b.compound_id) FROM party_branch b WHERE b.town_id = ? AND b.branch_type = 'FUNCTIONAL'
                  AND NOT EXISTS (SELECT 1 FROM grid_group g WHERE g.branch_id = b.id)""", Long.class, f.yushan);
        long branch = jdbc.queryForObject("SELECT id FROM party_branch WHERE compound_id = ? AND branch_type = 'FUNCTIONAL'",
                Long.class, compound);
        int before = town(f.yushan).functionalBranches();

        organization.deleteBranch(branch, organization.branch(branch).version(), java.util.Locale.SIMPLIFIED_CHINESE);
        em.flush();
        assertThat(town(f.yushan).functionalBranches()).isEqualTo(before - 1);
        assertThat(coverage.figures(null, null).functionalBranches()).isEqualTo(505);

        organization.createBranch(compound, new BranchForm(BranchType.FUNCTIONAL, "重建功能型党支部", "李四", 5,
                java.time.LocalDate.of(2026, 1, 1)));
        em.flush();
        assertThat(town(f.yushan).functionalBranches()).isEqualTo(before);
        assertThat(jdbc.queryForObject(MISMATCHES, Long.class)).isZero();
    }

    private CoverageFigures town(long townId) {
        return coverage.current(townId).total();
    }
}
