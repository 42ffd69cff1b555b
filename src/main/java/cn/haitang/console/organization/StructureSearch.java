package cn.haitang.console.organization;

import cn.haitang.console.base.search.SearchContribution;
import cn.haitang.console.base.search.SearchHit;
import cn.haitang.console.base.search.Searchable;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organisation's records in the search box: compound branches, grid party groups and central
 * households (by the member's name only: phones stay out of the hits), each opening its node in the
 * structure tree with its place above it.
 */
final class StructureSearch {

    private StructureSearch() {
    }

    private static List<SearchHit> describe(JdbcClient jdbc, String kind, NodeKind node, String sql,
                                            Collection<Long> ids, int limit) {
        List<SearchHit> rows = jdbc.sql(sql).param("ids", ids)
                .query((rs, n) -> new SearchHit(kind, rs.getLong(1), rs.getString(2), rs.getString(3),
                        "structure?node=" + node.name() + ":" + rs.getLong(1))).list();
        return ids.stream().flatMap(id -> rows.stream().filter(r -> r.id() == id)).limit(limit).toList();
    }

    @Component
    @Searchable(entity = PartyBranch.class, name = "name", town = "townId")
    static class Branches implements SearchContribution {

        private final JdbcClient jdbc;

        Branches(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String kind() {
            return "branch";
        }

        @Override
        public int order() {
            return 40;
        }

        @Override
        public List<SearchHit> describe(Collection<Long> ids, int limit) {
            return StructureSearch.describe(jdbc, kind(), NodeKind.BRANCH, """
                    SELECT b.id, b.name, CONCAT(t.name, ' · ', c.name, ' · ', cp.name) FROM party_branch b
                    JOIN compound cp ON cp.id = b.compound_id JOIN community c ON c.id = cp.community_id
                    JOIN town t ON t.id = b.town_id WHERE b.id IN (:ids)""", ids, limit);
        }
    }

    @Component
    @Searchable(entity = GridGroup.class, name = "name", town = "townId")
    static class GridGroups implements SearchContribution {

        private final JdbcClient jdbc;

        GridGroups(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String kind() {
            return "gridGroup";
        }

        @Override
        public int order() {
            return 50;
        }

        @Override
        public List<SearchHit> describe(Collection<Long> ids, int limit) {
            return StructureSearch.describe(jdbc, kind(), NodeKind.GRID_GROUP, """
                    SELECT g.id, g.name, CONCAT(t.name, ' · ', c.name, ' · ', cp.name) FROM grid_group g
                    JOIN compound cp ON cp.id = g.compound_id JOIN community c ON c.id = cp.community_id
                    JOIN town t ON t.id = g.town_id WHERE g.id IN (:ids)""", ids, limit);
        }
    }

    @Component
    @Searchable(entity = CentralHousehold.class, name = "memberName", town = "townId")
    static class Households implements SearchContribution {

        private final JdbcClient jdbc;

        Households(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String kind() {
            return "household";
        }

        @Override
        public int order() {
            return 60;
        }

        @Override
        public List<SearchHit> describe(Collection<Long> ids, int limit) {
            return StructureSearch.describe(jdbc, kind(), NodeKind.HOUSEHOLD, """
                    SELECT h.id, h.member_name, CONCAT(t.name, ' · ', cp.name, ' · ', g.name, ' · ', h.building_unit)
                    FROM central_household h JOIN grid_group g ON g.id = h.grid_group_id
                    JOIN compound cp ON cp.id = h.compound_id JOIN town t ON t.id = h.town_id
                    WHERE h.id IN (:ids)""", ids, limit);
        }
    }
}
