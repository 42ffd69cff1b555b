package cn.haitang.console.governance;

import cn.haitang.console.organization.CoverageRateSource;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The committee formation rate as one more column of the coverage figures (and of their monthly
 * snapshots): compounds required to form a committee that have one, over those required, counted per
 * community in SQL. The same definition as {@link GovernanceService#committeeFormationByTown()}.
 */
@Component
class CommitteeFormationRate implements CoverageRateSource {

    private final JdbcTemplate jdbc;

    CommitteeFormationRate(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "committee";
    }

    @Override
    public String titleKey() {
        return "coverage.rate.committee";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Map<Long, Counts> countsPerCommunity(@Nullable Long townId) {
        Map<Long, Counts> counts = new HashMap<>();
        jdbc.query("""
                SELECT c.community_id, COALESCE(SUM(c.committee_required), 0) AS required,
                       COALESCE(SUM(c.committee_required
                           AND EXISTS (SELECT 1 FROM compound_committee x WHERE x.compound_id = c.id)), 0) AS formed
                FROM compound c
                WHERE (? IS NULL OR c.town_id = ?)
                GROUP BY c.community_id""",
                rs -> {
                    counts.put(rs.getLong("community_id"), new Counts(rs.getInt("formed"), rs.getInt("required")));
                }, townId, townId);
        return counts;
    }
}
