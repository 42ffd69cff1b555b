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
        return GovernanceService.COMMITTEE_RATE;
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
        // the town is put in the SQL only when there is one: an "? IS NULL OR" bound to null would stop
        // MariaDB using the town index and makes the driver prepare the statement on the server
        Object[] args = townId == null ? new Object[0] : new Object[] {townId};
        jdbc.query("""
                SELECT c.community_id, COALESCE(SUM(c.committee_required), 0) AS required,
                       COUNT(x.compound_id) AS formed
                FROM compound c
                LEFT JOIN compound_committee x ON x.compound_id = c.id AND c.committee_required"""
                        + (townId == null ? "" : " WHERE c.town_id = ?") + " GROUP BY c.community_id",
                rs -> {
                    counts.put(rs.getLong("community_id"), new Counts(rs.getInt("formed"), rs.getInt("required")));
                }, args);
        return counts;
    }
}
