package cn.haitang.console.deliberation;

import cn.haitang.console.base.search.SearchContribution;
import cn.haitang.console.base.search.SearchHit;
import cn.haitang.console.base.search.Searchable;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Deliberation's records in the search box: platforms by name and consultations by title, each opening its list. */
final class DeliberationSearch {

    private DeliberationSearch() {
    }

    private static List<SearchHit> inOrder(Collection<Long> ids, List<SearchHit> rows, int limit) {
        return ids.stream().flatMap(id -> rows.stream().filter(r -> r.id() == id)).limit(limit).toList();
    }

    @Component
    @Searchable(entity = Platform.class, name = "name", town = "townId")
    static class Platforms implements SearchContribution {

        private final JdbcClient jdbc;

        Platforms(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String kind() {
            return "platform";
        }

        @Override
        public int order() {
            return 100;
        }

        @Override
        public List<SearchHit> describe(Collection<Long> ids, int limit) {
            return inOrder(ids, jdbc.sql("""
                    SELECT p.id, p.name, CONCAT_WS(' · ', t.name, c.name, cp.name) FROM delib_platform p
                    JOIN town t ON t.id = p.town_id JOIN community c ON c.id = p.community_id
                    LEFT JOIN compound cp ON cp.id = p.compound_id WHERE p.id IN (:ids)""")
                    .param("ids", ids)
                    .query((rs, n) -> new SearchHit(kind(), rs.getLong(1), rs.getString(2), rs.getString(3),
                            "deliberation/platforms?platform=" + rs.getLong(1))).list(), limit);
        }
    }

    @Component
    @Searchable(entity = Consultation.class, name = "title", town = "townId")
    static class Consultations implements SearchContribution {

        private final JdbcClient jdbc;

        Consultations(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String kind() {
            return "consultation";
        }

        @Override
        public int order() {
            return 110;
        }

        @Override
        public List<SearchHit> describe(Collection<Long> ids, int limit) {
            return inOrder(ids, jdbc.sql("""
                    SELECT k.id, k.title, CONCAT_WS(' · ', t.name, c.name, cp.name) FROM delib_consultation k
                    JOIN town t ON t.id = k.town_id JOIN community c ON c.id = k.community_id
                    JOIN compound cp ON cp.id = k.compound_id WHERE k.id IN (:ids)""")
                    .param("ids", ids)
                    .query((rs, n) -> new SearchHit(kind(), rs.getLong(1), rs.getString(2), rs.getString(3),
                            "deliberation/consultations?consultation=" + rs.getLong(1))).list(), limit);
        }
    }
}
