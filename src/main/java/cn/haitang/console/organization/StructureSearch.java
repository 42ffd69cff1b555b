package cn.haitang.console.organization;

import cn.haitang.console.base.search.Searchable;
import cn.haitang.console.base.search.SqlSearchContribution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organisation's records in the search box: compound branches, grid party groups and central
 * households (by the member's name only: phones stay out of the hits), each opening its node in the
 * structure tree ({@code structure?node=KIND:id}) with its place above it.
 */
final class StructureSearch {

    private StructureSearch() {
    }

    @Component
    @Searchable(entity = PartyBranch.class, name = "name", town = "townId")
    static class Branches extends SqlSearchContribution {

        Branches(JdbcClient jdbc) {
            super(jdbc, "branch", 40, """
                    SELECT b.id, b.name, CONCAT(t.name, ' · ', c.name, ' · ', cp.name), CONCAT('structure?node=BRANCH:', b.id)
                    FROM party_branch b JOIN compound cp ON cp.id = b.compound_id JOIN community c ON c.id = cp.community_id
                    JOIN town t ON t.id = b.town_id WHERE b.id IN (:ids)""");
        }
    }

    @Component
    @Searchable(entity = GridGroup.class, name = "name", town = "townId")
    static class GridGroups extends SqlSearchContribution {

        GridGroups(JdbcClient jdbc) {
            super(jdbc, "gridGroup", 50, """
                    SELECT g.id, g.name, CONCAT(t.name, ' · ', c.name, ' · ', cp.name), CONCAT('structure?node=GRID_GROUP:', g.id)
                    FROM grid_group g JOIN compound cp ON cp.id = g.compound_id JOIN community c ON c.id = cp.community_id
                    JOIN town t ON t.id = g.town_id WHERE g.id IN (:ids)""");
        }
    }

    @Component
    @Searchable(entity = CentralHousehold.class, name = "memberName", town = "townId")
    static class Households extends SqlSearchContribution {

        Households(JdbcClient jdbc) {
            super(jdbc, "household", 60, """
                    SELECT h.id, h.member_name, CONCAT(t.name, ' · ', cp.name, ' · ', g.name, ' · ', h.building_unit),
                           CONCAT('structure?node=HOUSEHOLD:', h.id)
                    FROM central_household h JOIN grid_group g ON g.id = h.grid_group_id
                    JOIN compound cp ON cp.id = h.compound_id JOIN town t ON t.id = h.town_id
                    WHERE h.id IN (:ids)""");
        }
    }
}
