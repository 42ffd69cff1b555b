package cn.haitang.console.accreditation;

import cn.haitang.console.base.search.SearchContribution;
import cn.haitang.console.base.search.SearchHit;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Accreditation applications in the search box, found through their compounds: typing a compound's name
 * (or its pinyin) also lists that compound's applications, newest round first. The compounds come from
 * the scoped search, so the applications are inside the caller's area too.
 */
@Component
class ApplicationSearch implements SearchContribution {

    private final JdbcClient jdbc;

    ApplicationSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "application";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String via() {
        return "compound";
    }

    @Override
    public List<SearchHit> describe(Collection<Long> compoundIds, int limit) {
        return jdbc.sql("""
                SELECT a.id, CONCAT(cp.name, ' · ', r.title), CONCAT(t.name, ' · ', c.name) FROM accr_application a
                JOIN accr_round r ON r.id = a.round_id JOIN compound cp ON cp.id = a.compound_id
                JOIN community c ON c.id = a.community_id JOIN town t ON t.id = a.town_id
                WHERE a.compound_id IN (:ids) ORDER BY r.year DESC, a.id DESC LIMIT :limit""")
                .param("ids", compoundIds).param("limit", Math.min(limit, 1000))
                .query((rs, n) -> new SearchHit(kind(), rs.getLong(1), rs.getString(2), rs.getString(3),
                        "accreditation/application/" + rs.getLong(1))).list();
    }
}
