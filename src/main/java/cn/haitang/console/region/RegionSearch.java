package cn.haitang.console.region;

import cn.haitang.console.base.search.Searchable;
import cn.haitang.console.base.search.SqlSearchContribution;
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

    @Component
    @Searchable(entity = Compound.class, name = "name", town = "townId")
    static class Compounds extends SqlSearchContribution {

        Compounds(JdbcClient jdbc) {
            super(jdbc, "compound", 10, """
                    SELECT cp.id, cp.name, CONCAT(t.name, ' · ', c.name), CONCAT('compound/', cp.id) FROM compound cp
                    JOIN community c ON c.id = cp.community_id JOIN town t ON t.id = cp.town_id WHERE cp.id IN (:ids)""");
        }
    }

    @Component
    @Searchable(entity = Community.class, name = "name", town = "townId")
    static class Communities extends SqlSearchContribution {

        Communities(JdbcClient jdbc) {
            super(jdbc, "community", 20, """
                    SELECT c.id, c.name, t.name, CONCAT('structure?node=COMMUNITY:', c.id) FROM community c
                    JOIN town t ON t.id = c.town_id WHERE c.id IN (:ids)""");
        }
    }

    @Component
    @Searchable(entity = MicroGrid.class, name = "name", town = "townId")
    static class MicroGrids extends SqlSearchContribution {

        MicroGrids(JdbcClient jdbc) {
            super(jdbc, "microGrid", 30, """
                    SELECT g.id, g.name, CONCAT(t.name, ' · ', c.name, ' · ', cp.name), CONCAT('compound/', cp.id)
                    FROM micro_grid g JOIN compound cp ON cp.id = g.compound_id JOIN community c ON c.id = cp.community_id
                    JOIN town t ON t.id = g.town_id WHERE g.id IN (:ids)""");
        }
    }
}
