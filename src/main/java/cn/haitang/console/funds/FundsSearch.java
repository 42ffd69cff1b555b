package cn.haitang.console.funds;

import cn.haitang.console.base.search.Searchable;
import cn.haitang.console.base.search.SqlSearchContribution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Funds' records in the search box: community funds (scoped by town; the city fund has no town and is
 * left out of hits for coordinators by the feature, admins find it) and contest projects, each opening its page.
 */
final class FundsSearch {

    private FundsSearch() {
    }

    @Component
    @Searchable(entity = Fund.class, name = "name", town = "townId")
    static class Funds extends SqlSearchContribution {

        Funds(JdbcClient jdbc) {
            super(jdbc, "fund", 100, """
                    SELECT f.id, f.name, COALESCE(CONCAT(t.name, ' · ', c.name), f.custodian), CONCAT('funds/ledger/', f.id)
                    FROM fund f LEFT JOIN town t ON t.id = f.town_id LEFT JOIN community c ON c.id = f.community_id
                    WHERE f.id IN (:ids)""");
        }
    }

    @Component
    @Searchable(entity = ContestProject.class, name = "title", town = "townId")
    static class Projects extends SqlSearchContribution {

        Projects(JdbcClient jdbc) {
            super(jdbc, "contestProject", 110, """
                    SELECT p.id, CONCAT(y.year, ' · ', p.title), CONCAT(t.name, ' · ', c.name),
                           CONCAT('funds/projects?project=', p.id)
                    FROM contest_project p JOIN contest_year y ON y.id = p.contest_year_id
                    JOIN town t ON t.id = p.town_id JOIN community c ON c.id = p.community_id WHERE p.id IN (:ids)""");
        }
    }
}
