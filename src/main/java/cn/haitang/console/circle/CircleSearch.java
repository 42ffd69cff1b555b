package cn.haitang.console.circle;

import cn.haitang.console.base.search.Searchable;
import cn.haitang.console.base.search.SqlSearchContribution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The circle's records in the search box: positions and scenes by name, each opening its list filtered to it. */
final class CircleSearch {

    private CircleSearch() {
    }

    @Component
    @Searchable(entity = ServicePosition.class, name = "name", town = "townId")
    static class Positions extends SqlSearchContribution {

        Positions(JdbcClient jdbc) {
            super(jdbc, "position", 100, """
                    SELECT p.id, p.name, CONCAT(t.name, ' · ', c.name), CONCAT('circle/positions?position=', p.id)
                    FROM service_position p JOIN town t ON t.id = p.town_id JOIN community c ON c.id = p.community_id
                    WHERE p.id IN (:ids)""");
        }
    }

    @Component
    @Searchable(entity = Scene.class, name = "name", town = "townId")
    static class Scenes extends SqlSearchContribution {

        Scenes(JdbcClient jdbc) {
            super(jdbc, "scene", 101, """
                    SELECT s.id, s.name, CONCAT(t.name, ' · ', c.name, ' · ', p.name), CONCAT('circle/scenes?scene=', s.id)
                    FROM scene s JOIN town t ON t.id = s.town_id JOIN community c ON c.id = s.community_id
                    JOIN service_position p ON p.id = s.position_id WHERE s.id IN (:ids)""");
        }
    }
}
