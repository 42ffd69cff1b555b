package cn.haitang.console.base.search;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A contribution whose hits one query describes: it selects, for the ids in {@code :ids}, four columns —
 * the id, the name shown, the place in the structure, the route that opens the record (built in SQL, e.g.
 * {@code CONCAT('compound/', cp.id)}) — and the hits keep the engine's ranking. Most features need nothing more:
 * <pre>{@code
 * @Component
 * @Searchable(entity = Compound.class, name = "name", town = "townId")
 * class CompoundHits extends SqlSearchContribution {
 *     CompoundHits(JdbcClient jdbc) {
 *         super(jdbc, "compound", 10, "SELECT cp.id, cp.name, t.name, CONCAT('compound/', cp.id) FROM … WHERE cp.id IN (:ids)");
 *     }
 * }
 * }</pre>
 */
public abstract class SqlSearchContribution implements SearchContribution {

    private final JdbcClient jdbc;
    private final String kind;
    private final int order;
    private final String sql;

    protected SqlSearchContribution(JdbcClient jdbc, String kind, int order, String sql) {
        this.jdbc = jdbc;
        this.kind = kind;
        this.order = order;
        this.sql = sql;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public List<SearchHit> describe(Collection<Long> ids, int limit) {
        List<SearchHit> rows = jdbc.sql(sql).param("ids", ids)
                .query((rs, n) -> new SearchHit(kind, rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        return inOrder(ids, rows, limit);
    }

    /** The rows in the order of the ids (the engine's ranking), at most {@code limit}; ids gone since are left out. */
    public static List<SearchHit> inOrder(Collection<Long> ids, List<SearchHit> rows, int limit) {
        java.util.Map<Long, SearchHit> byId = new java.util.HashMap<>();
        rows.forEach(r -> byId.put(r.id(), r));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).limit(limit).toList();
    }
}
