package cn.haitang.console.pairing;

import cn.haitang.console.base.search.Searchable;
import cn.haitang.console.base.search.SqlSearchContribution;
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

    @Component
    @Searchable(entity = Institution.class, name = "name")
    static class Institutions extends SqlSearchContribution {

        Institutions(JdbcClient jdbc) {
            super(jdbc, "institution", 70, """
                    SELECT id, name, party_organisation, CONCAT('pairing/institutions?institution=', id) FROM institution
                    WHERE id IN (:ids)""");
        }
    }

    @Component
    @Searchable(entity = GridReport.class, name = "name", town = "townId")
    static class Reports extends SqlSearchContribution {

        Reports(JdbcClient jdbc) {
            super(jdbc, "report", 80, """
                    SELECT r.id, r.name, CONCAT(t.name, ' · ', cp.name, ' · ', g.name), CONCAT('pairing/reports?report=', r.id)
                    FROM grid_report r JOIN town t ON t.id = r.town_id JOIN compound cp ON cp.id = r.compound_id
                    JOIN micro_grid g ON g.id = r.grid_id WHERE r.id IN (:ids)""");
        }
    }

    @Component
    @Searchable(entity = Matter.class, name = "title", town = "townId")
    static class Matters extends SqlSearchContribution {

        Matters(JdbcClient jdbc) {
            super(jdbc, "matter", 90, """
                    SELECT m.id, m.title, CONCAT(t.name, ' · ', c.name), CONCAT('pairing/matters?matter=', m.id) FROM matter m
                    JOIN town t ON t.id = m.town_id JOIN community c ON c.id = m.community_id WHERE m.id IN (:ids)""");
        }
    }
}
