package cn.haitang.console.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.search.SearchHit;
import cn.haitang.console.search.SearchResults;
import cn.haitang.console.search.SearchService;
import cn.haitang.console.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every kind of hit opens its record: the route the search gives leads to a page or dialog showing it. */
class SearchLinksKaribuTest extends KaribuTest {

    @Autowired
    SearchService search;
    @Autowired
    JdbcTemplate jdbc;

    private SearchHit firstHit(String query, String kind) {
        SearchResults results = search.search(query, 6);
        return results.groups().stream().filter(g -> g.kind().equals(kind)).findFirst().orElseThrow().hits().getFirst();
    }

    private String nameOf(String sql) {
        return jdbc.queryForObject(sql, String.class);
    }

    @Test
    void aReportedPersonAMatterAndAnInstitutionOpenInTheirDialogs() {
        openAs("yushan");
        String person = nameOf("SELECT r.name FROM grid_report r JOIN town t ON t.id = r.town_id WHERE t.code = 'yushan'"
                + " ORDER BY r.id LIMIT 1");
        String matter = nameOf("SELECT m.title FROM matter m JOIN town t ON t.id = m.town_id WHERE t.code = 'yushan'"
                + " ORDER BY m.id LIMIT 1");
        String institution = nameOf("SELECT name FROM institution ORDER BY id LIMIT 1");
        for (var query : List.of(List.of(person, "report"), List.of(matter, "matter"), List.of(institution, "institution"))) {
            SearchHit hit = firstHit(query.get(0), query.get(1));
            SearchDialog.navigate(UI.getCurrent(), hit.route());
            assertThat(_find(Dialog.class)).as(hit.route()).anySatisfy(d -> assertThat(d.isOpened()).isTrue());
            _find(Dialog.class).forEach(Dialog::close);
        }
    }

    @Test
    void anotherTownsRecordByUrlOpensNothing() {
        openAs("yushan");
        long meiliMatter = jdbc.queryForObject("SELECT MIN(m.id) FROM matter m JOIN town t ON t.id = m.town_id"
                + " WHERE t.code = 'meili'", Long.class);
        SearchDialog.navigate(UI.getCurrent(), "pairing/matters?matter=" + meiliMatter);
        assertThat(_find(Dialog.class)).noneMatch(Dialog::isOpened);
        long meiliReport = jdbc.queryForObject("SELECT MIN(r.id) FROM grid_report r JOIN town t ON t.id = r.town_id"
                + " WHERE t.code = 'meili'", Long.class);
        SearchDialog.navigate(UI.getCurrent(), "pairing/reports?report=" + meiliReport);
        assertThat(_find(Dialog.class)).noneMatch(Dialog::isOpened);
    }
}
