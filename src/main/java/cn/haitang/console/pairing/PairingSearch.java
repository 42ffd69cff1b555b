package cn.haitang.console.pairing;

import cn.haitang.console.base.search.SearchContribution;
import cn.haitang.console.base.search.SearchHit;
import cn.haitang.console.base.search.Searchable;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pairing's records in the search box: institutions (city-wide), in-service members and volunteers
 * reported to a micro-grid (by name only: ID numbers and phones never appear in hits) and the key small
 * matters of the board, each opening its list with the record selected.
 */
final class PairingSearch {

    private PairingSearch() {
    }

    private static List<SearchHit> inOrder(Collection<Long> ids, List<SearchHit> rows, int limit) {
        return ids.stream().flatMap(id -> rows.stream().filter(r -> r.id() == id)).limit(limit).toList();
    }

    @Component
    @Searchable(entity = Institution.class, name = "name")
    static class Institutions implements SearchContribution {

        private final JdbcClient jdbc;

        Institutions(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String kind() {
            return "institution";
        }

        @Override
        public int order() {
            return 70;
        }

        @Override
        public List<SearchHit> describe(Collection<Long> ids, int limit) {
            return inOrder(ids, jdbc.sql("SELECT id, name, party_organisation FROM institution WHERE id IN (:ids)")
                    .param("ids", ids)
                    .query((rs, n) -> new SearchHit(kind(), rs.getLong(1), rs.getString(2), rs.getString(3),
                            "pairing/institutions?institution=" + rs.getLong(1))).list(), limit);
        }
    }

    @Component
    @Searchable(entity = GridReport.class, name = "name", town = "townId")
    static class Reports implements SearchContribution {

        private final JdbcClient jdbc;

        Reports(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String kind() {
            return "report";
        }

        @Override
        public int order() {
            return 80;
        }

        @Override
        public List<SearchHit> describe(Collection<Long> ids, int limit) {
            return inOrder(ids, jdbc.sql("""
                    SELECT r.id, r.name, CONCAT(t.name, ' · ', cp.name, ' · ', g.name) FROM grid_report r
                    JOIN town t ON t.id = r.town_id JOIN compound cp ON cp.id = r.compound_id
                    JOIN micro_grid g ON g.id = r.grid_id WHERE r.id IN (:ids)""")
                    .param("ids", ids)
                    .query((rs, n) -> new SearchHit(kind(), rs.getLong(1), rs.getString(2), rs.getString(3),
                            "pairing/reports?report=" + rs.getLong(1))).list(), limit);
        }
    }

    @Component
    @Searchable(entity = Matter.class, name = "title", town = "townId")
    static class Matters implements SearchContribution {

        private final JdbcClient jdbc;

        Matters(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String kind() {
            return "matter";
        }

        @Override
        public int order() {
            return 90;
        }

        @Override
        public List<SearchHit> describe(Collection<Long> ids, int limit) {
            return inOrder(ids, jdbc.sql("""
                    SELECT m.id, m.title, CONCAT(t.name, ' · ', c.name) FROM matter m
                    JOIN town t ON t.id = m.town_id JOIN community c ON c.id = m.community_id WHERE m.id IN (:ids)""")
                    .param("ids", ids)
                    .query((rs, n) -> new SearchHit(kind(), rs.getLong(1), rs.getString(2), rs.getString(3),
                            "pairing/matters?matter=" + rs.getLong(1))).list(), limit);
        }
    }
}
