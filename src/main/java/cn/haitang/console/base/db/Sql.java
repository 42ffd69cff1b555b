package cn.haitang.console.base.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;

/**
 * The one way the console builds a read query from optional filters: conditions with positional
 * arguments (values are never concatenated into SQL), LIKE patterns with the user's wildcards escaped,
 * and ORDER BY only from a whitelist of the grid's sort properties. Rows are mapped by column name with
 * Spring's {@code DataClassRowMapper} ({@code JdbcClient.query(Row.class)}), so a query's aliases match
 * the record's components ({@code town_name} → {@code townName}).
 */
public final class Sql {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> args = new ArrayList<>();

    public Sql and(String condition, Object... arguments) {
        conditions.add(condition);
        args.addAll(List.of(arguments));
        return this;
    }

    public Sql andIf(boolean apply, String condition, Object... arguments) {
        return apply ? and(condition, arguments) : this;
    }

    /** " WHERE a AND b", or "" when there is no condition. */
    public String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** " AND a AND b" to append to a WHERE of the query's own, or "". */
    public String andClause() {
        return conditions.isEmpty() ? "" : " AND " + String.join(" AND ", conditions);
    }

    /** The arguments of the conditions, followed by {@code more} (e.g. LIMIT and OFFSET). */
    public Object[] args(Object... more) {
        List<Object> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all.toArray();
    }

    /** A LIKE pattern for a user's search text, with the wildcards in it escaped. */
    public static String contains(String text) {
        return "%" + escapeLike(text.strip()) + "%";
    }

    /** A LIKE pattern matching what starts with the user's text. */
    public static String startsWith(String text) {
        return escapeLike(text.strip()) + "%";
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * " ORDER BY …" from a grid's sort: only properties in {@code columns} (property → SQL expression) are
     * used, then {@code fallback}, which should end in a unique column so pages never overlap.
     */
    public static String orderBy(Sort sort, Map<String, String> columns, String fallback) {
        String order = sort.stream().filter(o -> columns.containsKey(o.getProperty()))
                .map(o -> columns.get(o.getProperty()) + (o.isAscending() ? " ASC" : " DESC"))
                .collect(Collectors.joining(", "));
        return " ORDER BY " + (order.isEmpty() ? fallback : order + ", " + fallback);
    }
}
