package cn.haitang.console.governance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.organization.CoverageRateSource.Counts;
import cn.haitang.console.support.ServiceTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee formation rate per community, kept by triggers (changeset 014), follows every write to
 * compounds and committees: it always equals the count over the compounds joined to their committees.
 */
@Transactional
class CommitteeTallyTest extends ServiceTest {

    @Autowired
    CommitteeFormationRate rate;
    @Autowired
    FormationService formation;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTallyFollowsCommitteesFormedAndDissolvedExemptionsMovesNewAndDeletedCompounds() {
        login.as("admin");
        assertTallyIsTheCount();
        long gap = jdbc.queryForObject("""
                SELECT MIN(c.id) FROM compound c WHERE c.committee_required
                AND NOT EXISTS (SELECT 1 FROM compound_committee x WHERE x.compound_id = c.id)""", Long.class);
        jdbc.update("""
                INSERT INTO compound_committee (compound_id, town_id, kind, term_start, term_end)
                SELECT id, town_id, 'OWNERS', '2026-01-01', '2031-01-01' FROM compound WHERE id = ?""", gap);
        assertTallyIsTheCount();
        assertThat(cityRate()).isEqualTo(new Counts(439, 500));

        long formed = jdbc.queryForObject("""
                SELECT MIN(c.id) FROM compound c WHERE c.committee_required AND c.id <> ?
                AND EXISTS (SELECT 1 FROM compound_committee x WHERE x.compound_id = c.id)""", Long.class, gap);
        jdbc.update("UPDATE compound SET committee_required = FALSE, committee_exemption = '拆迁中' WHERE id = ?", formed);
        assertTallyIsTheCount();
        assertThat(cityRate()).isEqualTo(new Counts(438, 499));
        jdbc.update("UPDATE compound SET committee_required = TRUE, committee_exemption = NULL WHERE id = ?", formed);
        assertTallyIsTheCount();

        // moved to a community of another town, with its committee
        long otherCommunity = jdbc.queryForObject("""
                SELECT MIN(m.id) FROM community m WHERE m.town_id <> (SELECT town_id FROM compound WHERE id = ?)""",
                Long.class, formed);
        jdbc.update("""
                UPDATE compound SET community_id = ?, town_id = (SELECT town_id FROM community WHERE id = ?) WHERE id = ?""",
                otherCommunity, otherCommunity, formed);
        assertTallyIsTheCount();

        jdbc.update("DELETE FROM compound_committee WHERE compound_id = ?", gap);
        assertTallyIsTheCount();
        assertThat(cityRate()).isEqualTo(new Counts(438, 500));

        jdbc.update("""
                INSERT INTO compound (community_id, town_id, name, address, buildings, households, management_mode)
                SELECT community_id, town_id, CONCAT(name, '（二期）'), address, 1, 10, 'NONE' FROM compound WHERE id = ?""",
                gap);
        long added = jdbc.queryForObject("SELECT MAX(id) FROM compound", Long.class);
        assertTallyIsTheCount();
        assertThat(cityRate()).isEqualTo(new Counts(438, 501));
        jdbc.update("DELETE FROM compound WHERE id = ?", added);
        assertTallyIsTheCount();
        assertThat(cityRate()).isEqualTo(new Counts(438, 500));

        // a new community of the first town whose one compound is exempt is listed (0 of 0); emptied, it is not
        long town = jdbc.queryForObject("SELECT MIN(id) FROM town", Long.class);
        jdbc.update("INSERT INTO community (town_id, name) VALUES (?, '新建测试社区')", town);
        long community = jdbc.queryForObject("SELECT MAX(id) FROM community", Long.class);
        jdbc.update("""
                INSERT INTO compound (community_id, town_id, name, address, buildings, households, management_mode,
                                      committee_required, committee_exemption)
                VALUES (?, ?, '试点小区', '试点路1号', 1, 8, 'NONE', FALSE, '仅一幢楼')""", community, town);
        assertTallyIsTheCount();
        assertThat(formation.committeeFormationByCommunity(town)).anySatisfy(f -> {
            assertThat(f.id()).isEqualTo(community);
            assertThat(List.of(f.required(), f.formed())).containsExactly(0L, 0L);
        });
        jdbc.update("UPDATE compound SET community_id = (SELECT MIN(id) FROM community WHERE town_id = ?)"
                + " WHERE community_id = ?", town, community);
        assertTallyIsTheCount();
        assertThat(formation.committeeFormationByCommunity(town)).noneSatisfy(f -> assertThat(f.id()).isEqualTo(community));
    }

    private Counts cityRate() {
        int formed = 0;
        int required = 0;
        for (Counts c : rate.countsPerCommunity(null).values()) {
            formed += c.numerator();
            required += c.denominator();
        }
        return new Counts(formed, required);
    }

    /** The tally per community (communities left with none required and none formed aside) against the count. */
    private void assertTallyIsTheCount() {
        Map<Long, Counts> counted = new HashMap<>();
        jdbc.query("""
                SELECT c.community_id, COUNT(x.compound_id), COALESCE(SUM(c.committee_required), 0)
                FROM compound c LEFT JOIN compound_committee x ON x.compound_id = c.id AND c.committee_required
                GROUP BY c.community_id""", rs -> {
            counted.put(rs.getLong(1), new Counts(rs.getInt(2), rs.getInt(3)));
        });
        assertThat(nonEmpty(rate.countsPerCommunity(null))).isEqualTo(nonEmpty(counted));
        long town = jdbc.queryForObject("SELECT MIN(id) FROM town", Long.class);
        // the formation view's lines by town and by community of a town, listing the areas that have compounds
        assertThat(formation.committeeFormationByTown().stream().collect(Collectors.toMap(FormationFigure::id,
                f -> List.of(f.required(), f.formed())))).isEqualTo(counted("c.town_id", ""));
        assertThat(formation.committeeFormationByCommunity(town).stream().collect(Collectors.toMap(FormationFigure::id,
                f -> List.of(f.required(), f.formed())))).isEqualTo(counted("c.community_id", " WHERE c.town_id = " + town));
        // rows of zeros stay for communities that lost their compounds (or were deleted by other tests)
        assertThat(nonEmpty(rate.countsPerCommunity(town)).keySet()).allSatisfy(community -> assertThat(jdbc.queryForObject(
                "SELECT town_id FROM community WHERE id = ?", Long.class, community)).isEqualTo(town));
    }

    /** Required and formed per area, counted over the compounds (the formation view's definition). */
    private Map<Long, List<Long>> counted(String area, String where) {
        Map<Long, List<Long>> counted = new HashMap<>();
        jdbc.query("SELECT " + area + ", COALESCE(SUM(c.committee_required), 0), COUNT(x.compound_id) FROM compound c"
                + " LEFT JOIN compound_committee x ON x.compound_id = c.id AND c.committee_required" + where
                + " GROUP BY " + area, rs -> {
                    counted.put(rs.getLong(1), List.of(rs.getLong(2), rs.getLong(3)));
                });
        return counted;
    }

    private static Map<Long, Counts> nonEmpty(Map<Long, Counts> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue().numerator() > 0 || e.getValue().denominator() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
