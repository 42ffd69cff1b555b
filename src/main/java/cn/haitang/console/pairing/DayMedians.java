package cn.haitang.console.pairing;

import cn.haitang.console.base.db.Sql;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Medians of the days between two dates of matters (published → claimed, published → closed), taken from
 * the database's histogram of those day counts (a few dozen rows, read from {@code ix_matter_town_figures}
 * alone) instead of MariaDB's {@code MEDIAN() OVER ()} window, which sorts every matter's wide row. The value is
 * the same as MEDIAN's (PERCENTILE_CONT 0.5: the middle value, or the mean of the two middle ones); null when
 * no matter has both dates.
 */
final class DayMedians {

    private DayMedians() {
    }

    /**
     * For each named pair of date columns of {@code matter m} ("m.closed_on", "m.published_on"), the median of
     * their DATEDIFF over the matters the conditions select that have both dates; one query for all pairs.
     */
    static Map<String, @Nullable Double> of(JdbcClient jdbc, Map<String, String[]> pairs, Sql where) {
        List<String> parts = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        Map<String, NavigableMap<Integer, Long>> histograms = new HashMap<>();
        pairs.forEach((name, dates) -> {
            parts.add("SELECT ? AS what, DATEDIFF(" + dates[0] + ", " + dates[1] + ") AS days, COUNT(*) AS n FROM matter m"
                    + " WHERE " + dates[0] + " IS NOT NULL AND " + dates[1] + " IS NOT NULL" + where.andClause()
                    + " GROUP BY days");
            args.add(name);
            args.addAll(List.of(where.args()));
            histograms.put(name, new TreeMap<>());
        });
        jdbc.sql(String.join(" UNION ALL ", parts)).params(args).query((rs, n) -> histograms.get(rs.getString("what"))
                .merge(rs.getInt("days"), rs.getLong("n"), Long::sum)).list();
        Map<String, @Nullable Double> medians = new HashMap<>();
        histograms.forEach((name, h) -> medians.put(name, median(h)));
        return medians;
    }

    /** The median of values given as value → how many times it occurs; null for none. */
    static @Nullable Double median(NavigableMap<Integer, Long> histogram) {
        long total = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        // zero-based ranks of the two middle values (the same one when the count is odd)
        long low = (total - 1) / 2;
        long high = total / 2;
        Integer lowValue = null;
        long seen = 0;
        for (Map.Entry<Integer, Long> e : histogram.entrySet()) {
            seen += e.getValue();
            if (lowValue == null && seen > low) {
                lowValue = e.getKey();
            }
            if (seen > high) {
                return (lowValue + e.getKey()) / 2.0;
            }
        }
        throw new IllegalStateException("unreachable: the ranks lie within the total");
    }
}
