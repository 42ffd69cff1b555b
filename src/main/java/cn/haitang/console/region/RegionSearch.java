package cn.haitang.console.region;

import cn.haitang.console.base.search.SearchContribution;
import cn.haitang.console.base.search.SearchHit;
import cn.haitang.console.base.search.Searchable;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The region's records in the search box: compounds, communities and micro-grids, each with its place
 * in the structure; a compound and a micro-grid open the compound page, a community its node in the
 * structure tree.
 */
final class RegionSearch {

    private RegionSearch() {
    }

    /** Rows in the order of the ids (the engine's ranking), at most {@code limit}. */
    static List<SearchHit> inOrder(Collection<Long> ids, List<SearchHit> rows, int limit) {
        return ids.stream().flatMap(id -> rows.stream().filter(r -> r.id() == id)).limit(limit).toList();
    }

    @Component
    @Searchable(entity = Compound.class, name = "name", town = "townId")
    static class Compounds implements SearchContribution {

        private final JdbcClient jdbc;

        Compounds(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String kind() {
            return "compound";
        }

        @Override
        public int order() {
            return 10;
        }

        @Override
        public List<SearchHit> describe(Collection<Long> ids, int limit) {
            List<SearchHit> rows = jdbc.sql("""
                    SELECT cp.id, cp.name, CONCAT(t.name, ' · ', c.name) FROM compound cp
                    JOIN community c ON c.id = cp.community_id JOIN town t ON t.id = cp.town_id WHERE cp.id IN (:ids)""")
                    .param("ids", ids)
                    .query((rs, n) -> new SearchHit(kind(), rs.getLong(1), rs.getString(2), rs.getString(3),
                            "compound/" + rs.getLong(1))).list();
            return inOrder(ids, rows, limit);
        }
    }

    @Component
    @Searchable(entity = Community.class, name = "name", town = "townId")
    static class Communities implements SearchContribution {

        private final JdbcClient jdbc;

        Communities(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String kind() {
            return "community";
        }

        @Override
        public int order() {
            return 20;
        }

        @Override
        public List<SearchHit> describe(Collection<Long> ids, int limit) {
            List<SearchHit> rows = jdbc.sql("""
                    SELECT c.id, c.name, t.name FROM community c JOIN town t ON t.id = c.town_id WHERE c.id IN (:ids)""")
                    .param("ids", ids)
                    .query((rs, n) -> new SearchHit(kind(), rs.getLong(1), rs.getString(2), rs.getString(3),
                            "structure?node=COMMUNITY:" + rs.getLong(1))).list();
            return inOrder(ids, rows, limit);
        }
    }

    @Component
    @Searchable(entity = MicroGrid.class, name = "name", town = "townId")
    static class MicroGrids implements SearchContribution {

        private final JdbcClient jdbc;

        MicroGrids(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String kind() {
            return "microGrid";
        }

        @Override
        public int order() {
            return 30;
        }

        @Override
        public List<SearchHit> describe(Collection<Long> ids, int limit) {
            List<SearchHit> rows = jdbc.sql("""
                    SELECT g.id, g.name, CONCAT(t.name, ' · ', c.name, ' · ', cp.name), cp.id FROM micro_grid g
                    JOIN compound cp ON cp.id = g.compound_id JOIN community c ON c.id = cp.community_id
                    JOIN town t ON t.id = g.town_id WHERE g.id IN (:ids)""")
                    .param("ids", ids)
                    .query((rs, n) -> new SearchHit(kind(), rs.getLong(1), rs.getString(2), rs.getString(3),
                            "compound/" + rs.getLong(4))).list();
            return inOrder(ids, rows, limit);
        }
    }
}
