package cn.haitang.console.organization;

import cn.haitang.console.base.i18n.Translations;
import cn.haitang.console.region.RegionDependents;
import cn.haitang.console.region.RegionLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Tells region what of the organisation still hangs under a community, compound or micro-grid. */
@Component
class OrganizationDependents implements RegionDependents {

    private final JdbcTemplate jdbc;

    OrganizationDependents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> dependentsOf(RegionLevel level, long id, Locale locale) {
        List<String> texts = new ArrayList<>();
        switch (level) {
            case COMMUNITY -> add(texts, locale, "org.dependents.communityOrg",
                    "SELECT COUNT(*) FROM community_party_org WHERE community_id = ?", id);
            case COMPOUND -> {
                add(texts, locale, "org.dependents.branches", "SELECT COUNT(*) FROM party_branch WHERE compound_id = ?", id);
                add(texts, locale, "org.dependents.gridGroups", "SELECT COUNT(*) FROM grid_group WHERE compound_id = ?", id);
                add(texts, locale, "org.dependents.households",
                        "SELECT COUNT(*) FROM central_household WHERE compound_id = ?", id);
            }
            case MICRO_GRID -> add(texts, locale, "org.dependents.gridGroups",
                    "SELECT COUNT(*) FROM grid_group WHERE micro_grid_id = ?", id);
        }
        return texts;
    }

    private void add(List<String> texts, Locale locale, String key, String sql, long id) {
        Long count = jdbc.queryForObject(sql, Long.class, id);
        if (count != null && count > 0) {
            texts.add(Translations.translate(key, locale, count));
        }
    }
}
