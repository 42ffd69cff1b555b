package cn.haitang.console.circle;

import cn.haitang.console.base.search.SearchContribution;
import cn.haitang.console.base.search.SearchHit;
import cn.haitang.console.base.search.Searchable;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The circle's records in the search box: positions and scenes by name, each opening its list filtered to it. */
final class CircleSearch {

    private CircleSearch() {
    }

    private static List<SearchHit> inOrder(Collection<Long> ids, List<SearchHit> rows, int limit) {
        return ids.stream().flatMap(id -> rows.stream().filter(r -> r.id() == id)).limit(limit).toList();
    }

    @Component
    @Searchable(entity = ServicePosition.class, name = "name", town = "townId")
    static class Positions implements SearchContribution {

        private final JdbcClient jdbc;

        Positions(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String kind() {
            return "position";
        }

        @Override
        public int order() {
            return 100;
        }

        @Override
        public List<SearchHit> describe(Collection<Long> ids, int limit) {
            return inOrder(ids, jdbc.sql("""
                    SELECT p.id, p.name, CONCAT(t.name, ' · ', c.name) FROM service_position p
                    JOIN town t ON t.id = p.town_id JOIN community c ON c.id = p.community_id WHERE p.id IN (:ids)""")
                    .param("ids", ids)
                    .query((rs, n) -> new SearchHit(kind(), rs.getLong(1), rs.getString(2), rs.getString(3),
                            "circle/positions?position=" + rs.getLong(1))).list(), limit);
        }
    }

    @Component
    @Searchable(entity = Scene.class, name = "name", town = "townId")
    static class Scenes implements SearchContribution {

        private final JdbcClient jdbc;

        Scenes(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String kind() {
            return "scene";
        }

        @Override
        public int order() {
            return 101;
        }

        @Override
        public List<SearchHit> describe(Collection<Long> ids, int limit) {
            return inOrder(ids, jdbc.sql("""
                    SELECT s.id, s.name, CONCAT(t.name, ' · ', c.name, ' · ', p.name) FROM scene s
                    JOIN town t ON t.id = s.town_id JOIN community c ON c.id = s.community_id
                    JOIN service_position p ON p.id = s.position_id WHERE s.id IN (:ids)""")
                    .param("ids", ids)
                    .query((rs, n) -> new SearchHit(kind(), rs.getLong(1), rs.getString(2), rs.getString(3),
                            "circle/scenes?scene=" + rs.getLong(1))).list(), limit);
        }
    }
}
