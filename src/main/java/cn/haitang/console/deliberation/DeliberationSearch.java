package cn.haitang.console.deliberation;

import cn.haitang.console.base.search.Searchable;
import cn.haitang.console.base.search.SqlSearchContribution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Deliberation's records in the search box: platforms by name and consultations by title, each opening its list. */
final class DeliberationSearch {

    private DeliberationSearch() {
    }

    @Component
    @Searchable(entity = Platform.class, name = "name", town = "townId")
    static class Platforms extends SqlSearchContribution {

        Platforms(JdbcClient jdbc) {
            super(jdbc, "platform", 100, """
                    SELECT p.id, p.name, CONCAT_WS(' · ', t.name, c.name, cp.name),
                           CONCAT('deliberation/platforms?platform=', p.id)
                    FROM delib_platform p JOIN town t ON t.id = p.town_id JOIN community c ON c.id = p.community_id
                    LEFT JOIN compound cp ON cp.id = p.compound_id WHERE p.id IN (:ids)""");
        }
    }

    @Component
    @Searchable(entity = Consultation.class, name = "title", town = "townId")
    static class Consultations extends SqlSearchContribution {

        Consultations(JdbcClient jdbc) {
            super(jdbc, "consultation", 110, """
                    SELECT k.id, k.title, CONCAT_WS(' · ', t.name, c.name, cp.name),
                           CONCAT('deliberation/consultations?consultation=', k.id)
                    FROM delib_consultation k JOIN town t ON t.id = k.town_id JOIN community c ON c.id = k.community_id
                    JOIN compound cp ON cp.id = k.compound_id WHERE k.id IN (:ids)""");
        }
    }
}
