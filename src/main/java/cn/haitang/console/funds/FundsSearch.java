package cn.haitang.console.funds;

import cn.haitang.console.base.search.SearchContribution;
import cn.haitang.console.base.search.SearchHit;
import cn.haitang.console.base.search.Searchable;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Funds' records in the search box: community funds (scoped by town; the city fund has no town and is
 * left out of hits for coordinators by the feature, admins find it) and contest projects, each opening its page.
 */
final class FundsSearch {

    private FundsSearch() {
    }

    private static List<SearchHit> inOrder(Collection<Long> ids, List<SearchHit> rows, int limit) {
        return ids.stream().flatMap(id -> rows.stream().filter(r -> r.id() == id)).limit(limit).toList();
    }

    @Component
    @Searchable(entity = Fund.class, name = "name", town = "townId")
    static class Funds implements SearchContribution {

        private final JdbcClient jdbc;

        Funds(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String kind() {
            return "fund";
        }

        @Override
        public int order() {
            return 100;
        }

        @Override
        public List<SearchHit> describe(Collection<Long> ids, int limit) {
            return inOrder(ids, jdbc.sql("""
                    SELECT f.id, f.name, COALESCE(CONCAT(t.name, ' · ', c.name), f.custodian) FROM fund f
                    LEFT JOIN town t ON t.id = f.town_id LEFT JOIN community c ON c.id = f.community_id
                    WHERE f.id IN (:ids)""").param("ids", ids)
                    .query((rs, n) -> new SearchHit(kind(), rs.getLong(1), rs.getString(2), rs.getString(3),
                            "funds/ledger/" + rs.getLong(1))).list(), limit);
        }
    }

    @Component
    @Searchable(entity = ContestProject.class, name = "title", town = "townId")
    static class Projects implements SearchContribution {

        private final JdbcClient jdbc;

        Projects(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String kind() {
            return "contestProject";
        }

        @Override
        public int order() {
            return 110;
        }

        @Override
        public List<SearchHit> describe(Collection<Long> ids, int limit) {
            return inOrder(ids, jdbc.sql("""
                    SELECT p.id, CONCAT(y.year, ' · ', p.title), CONCAT(t.name, ' · ', c.name) FROM contest_project p
                    JOIN contest_year y ON y.id = p.contest_year_id JOIN town t ON t.id = p.town_id
                    JOIN community c ON c.id = p.community_id WHERE p.id IN (:ids)""").param("ids", ids)
                    .query((rs, n) -> new SearchHit(kind(), rs.getLong(1), rs.getString(2), rs.getString(3),
                            "funds/projects?project=" + rs.getLong(1))).list(), limit);
        }
    }
}
