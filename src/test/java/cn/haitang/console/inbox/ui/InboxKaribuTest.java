package cn.haitang.console.inbox.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.inbox.InboxItem;
import cn.haitang.console.region.ui.CompoundPageView;
import cn.haitang.console.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The inbox on the home page and its page, the header's count, and each item opening the place to act. */
class InboxKaribuTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    cn.haitang.console.inbox.InboxService inboxService;

    @Test
    void theHomePageComputesItsInboxOnceForThePanelAndTheHeaderBadges() {
        openAs("yushan");
        UI.getCurrent().navigate("notices");
        long before = inboxService.computations();
        UI.getCurrent().navigate("");
        assertThat(inboxService.computations() - before).as("panel and both badges share one inbox").isEqualTo(1);
        InboxBadge badge = _get(InboxBadge.class, spec -> spec.withClasses("ht-inbox-drawer"));
        assertThat(badge.countText()).isEqualTo(String.valueOf(_get(InboxPanel.class).inbox().count()));

        before = inboxService.computations();
        UI.getCurrent().navigate("notices");
        assertThat(inboxService.computations() - before).as("a page without the panel: the badges count afresh")
                .isEqualTo(1);
    }

    @Test
    void theCoordinatorsHomePageListsOverdueWorkFirstAndTheHeaderCountsIt() {
        openAs("yushan");
        UI.getCurrent().navigate("");
        InboxPanel home = _get(InboxPanel.class);
        List<InboxItem> items = home.inbox().items();
        assertThat(items).isNotEmpty();
        assertThat(items).extracting(InboxItem::kindKey).contains("inbox.gov.dispute", "inbox.pairing.accept")
                .doesNotContain("inbox.accr.score", "inbox.accr.decide");
        assertThat(items.getFirst().overdue(home.inbox().today())).isTrue();
        assertThat(home.heading.getText()).startsWith("待办事项（" + items.size() + "，其中");
        assertThat(_find(home.list, Div.class).stream().filter(d -> d.hasClassName("ht-inbox-item")).count())
                .isEqualTo(Math.min(items.size(), 6));
        assertThat(home.all.isVisible()).isEqualTo(items.size() > 6);
        InboxBadge badge = _get(InboxBadge.class, spec -> spec.withClasses("ht-inbox-drawer"));
        assertThat(badge.countText()).isEqualTo(String.valueOf(items.size()));
        assertThat(badge.getText()).isEqualTo("待办");
    }

    @Test
    void aDisputeItemOpensTheCompoundPageAtThePropertyTab() {
        openAs("yushan");
        UI.getCurrent().navigate("inbox");
        InboxView view = _get(InboxView.class);
        List<InboxItem> items = view.panel.inbox().items();
        int index = indexOf(items, "inbox.gov.dispute");
        Div card = _find(view.panel.list, Div.class).stream().filter(d -> d.hasClassName("ht-inbox-item")).toList()
                .get(index);
        assertThat(card.getElement().getProperty("innerHTML")).as("one element, its text escaped")
                .contains(org.jsoup.nodes.Entities.escape(items.get(index).title()), "ht-inbox-title");
        ButtonKt._click(card);
        CompoundPageView page = _get(CompoundPageView.class);
        assertThat(page.tabSheet().getSelectedTab().getLabel()).isEqualTo("物业服务");
        assertThat(page.compound().townName()).isEqualTo("虞山街道");
    }

    @Test
    void aResolvedMatterItemOpensTheMatterOnTheBoard() {
        openAs("yushan");
        UI.getCurrent().navigate("inbox");
        InboxView view = _get(InboxView.class);
        InboxItem matter = view.panel.inbox().items().get(indexOf(view.panel.inbox().items(), "inbox.pairing.accept"));
        InboxPanel.open(matter.route());
        assertThat(_find(Dialog.class)).isNotEmpty();
        assertThat(_get(Dialog.class).getHeaderTitle()).contains(matter.title());
    }

    @Test
    void aReviewerSeesOnlyTheirApplicationsToScore() {
        openAs("reviewer3");
        UI.getCurrent().navigate("");
        InboxPanel home = _get(InboxPanel.class);
        long reviewer = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'reviewer3'", Long.class);
        Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM accr_assignment WHERE reviewer_id = ? "
                + "AND state IN ('ASSIGNED', 'DRAFT')", Integer.class, reviewer);
        assertThat(home.inbox().items()).hasSize(open).allSatisfy(i -> assertThat(i.kindKey()).isEqualTo("inbox.accr.score"));
        if (open == 0) {
            assertThat(home.empty.isVisible()).isTrue();
        }
    }

    private static int indexOf(List<InboxItem> items, String kind) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).kindKey().equals(kind)) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " in " + items);
    }
}
