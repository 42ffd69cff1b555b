package cn.haitang.console.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.search.SearchHit;
import cn.haitang.console.region.ui.CompoundPageView;
import cn.haitang.console.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

/** The search dialog: opened from the shell, hits grouped by kind, Enter opens the first hit. */
class SearchDialogKaribuTest extends KaribuTest {

    @Test
    void aCoordinatorTypesInitialsSeesGroupedHitsAndOpensTheCompound() {
        openAs("yushan");
        UI.getCurrent().navigate("");
        SearchButton button = _find(SearchButton.class).getFirst();
        SearchDialog dialog = button.openDialog();
        assertThat(dialog.isOpened()).isTrue();
        dialog.query.setValue("yzgy");
        assertThat(_find(dialog.results, H4.class)).extracting(H4::getText).anySatisfy(t -> assertThat(t).startsWith("小区"));
        assertThat(dialog.shownHits()).extracting(SearchHit::label).first().isEqualTo("义庄公寓");
        assertThat(_find(dialog.results, Anchor.class)).first()
                .satisfies(a -> assertThat(a.getHref()).startsWith("compound/"));
        dialog.openFirst();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(CompoundPageView.class);
    }

    @Test
    void nothingFoundIsSaidInWordsAndAnotherTownsCompoundIsNotShown() {
        openAs("meili");
        UI.getCurrent().navigate("");
        SearchDialog dialog = _find(SearchButton.class).getFirst().openDialog();
        dialog.query.setValue("义庄公寓");
        assertThat(dialog.shownHits()).as("义庄公寓 lies in 虞山街道").isEmpty();
        assertThat(_find(dialog.results, Paragraph.class)).extracting(Paragraph::getText)
                .contains("没有找到与“义庄公寓”相符的记录");
    }

    @Test
    void reviewersHaveNoSearchBox() {
        openAs("reviewer1");
        UI.getCurrent().navigate("");
        assertThat(_find(SearchButton.class)).isEmpty();
    }
}
