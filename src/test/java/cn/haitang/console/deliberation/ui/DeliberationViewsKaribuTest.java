package cn.haitang.console.deliberation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.deliberation.Choice;
import cn.haitang.console.deliberation.DelibTestData;
import cn.haitang.console.deliberation.PlatformRow;
import cn.haitang.console.deliberation.SessionRow;
import cn.haitang.console.deliberation.TopicOutcome;
import cn.haitang.console.deliberation.TopicRow;
import cn.haitang.console.deliberation.VoteItem;
import cn.haitang.console.pairing.MatterCategory;
import cn.haitang.console.pairing.MatterState;
import cn.haitang.console.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The deliberation views as a coordinator uses them: lazy grids, the session form with its topics, the vote. */
@Transactional
class DeliberationViewsKaribuTest extends KaribuTest {

    @Autowired
    DelibTestData fx;

    private static <T> List<T> rows(Grid<T> grid) {
        return GridKt._fetch(grid, 0, 500);
    }

    /** Every entry the user may open, with every section opened (a folded one holds no entries yet). */
    private static List<String> menuLabels() {
        _find(com.vaadin.flow.component.sidenav.SideNav.class).forEach(nav -> nav.setExpanded(true));
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void coordinatorsSeeTheDeliberationEntriesAndReviewersDoNot() {
        openAs("yushan");
        UI.getCurrent().navigate(PlatformsView.class);
        assertThat(menuLabels()).contains("议事平台", "议事记录", "逾期议题", "共商共办");
        openAs("reviewer3");
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).doesNotContain("议事平台", "共商共办");
        UI.getCurrent().navigate(SessionsView.class);
        assertThat(_find(SessionsView.class)).isEmpty();
    }

    @Test
    void aPlatformListsItsNextFengwuDatesAndAnotherTownsPlatformIsNotListed() {
        DelibTestData.World w = fx.world("yushan");
        openAs("yushan");
        UI.getCurrent().navigate(PlatformsView.class);
        PlatformsView view = _get(PlatformsView.class);
        view.search.setValue("逢五说事");
        assertThat(rows(view.grid)).extracting(PlatformRow::id).contains(w.platformId());
        openAs("meili");
        UI.getCurrent().navigate(PlatformsView.class);
        assertThat(rows(_get(PlatformsView.class).grid)).extracting(PlatformRow::id).doesNotContain(w.platformId());
    }

    @Test
    void aCoordinatorRecordsASessionWithTwoTopicsAndSendsOneToTheBoard() {
        DelibTestData.World w = fx.world("yushan");
        openAs("yushan");
        UI.getCurrent().navigate(SessionsView.class);
        SessionsView view = _get(SessionsView.class);
        view.create.click();
        SessionDialog form = _get(SessionDialog.class);
        form.platform.getListDataView().getItems().filter(o -> o.id() == w.platformId()).findFirst()
                .ifPresent(form.platform::setValue);
        assertThat(form.heldOn.getValue().getDayOfMonth()).isIn(5, 15, 25);
        form.host.setValue("王书记");
        form.residents.setValue(20);
        form.save();
        assertThat(form.minutes.isInvalid()).isTrue();
        form.minutes.setValue("居民反映消防通道被占");
        form.save();
        // the recorded session opens again to take its topics
        SessionDialog recorded = _find(SessionDialog.class).getLast();
        assertThat(recorded.session()).isNotNull();
        recorded.newTopic(recorded.session().id());
        var topicForm = _find(cn.haitang.console.base.ui.FormDialog.class).getLast();
        ((com.vaadin.flow.component.textfield.TextField) topicForm.fields().get("title")).setValue("消防通道被占");
        topicForm.save();
        recorded.newTopic(recorded.session().id());
        topicForm = _find(cn.haitang.console.base.ui.FormDialog.class).getLast();
        ((com.vaadin.flow.component.textfield.TextField) topicForm.fields().get("title")).setValue("楼道灯不亮");
        topicForm.save();
        List<TopicRow> topics = rows(recorded.topicGrid);
        assertThat(topics).extracting(TopicRow::title).containsExactly("消防通道被占", "楼道灯不亮");
        TopicDialog decide = recorded.openDecision(recorded.session(), topics.getFirst());
        decide.outcome.setValue(TopicOutcome.BOARD);
        decide.save();
        assertThat(decide.category.isInvalid()).isTrue();
        decide.category.setValue(MatterCategory.SAFETY);
        decide.save();
        TopicRow sent = rows(recorded.topicGrid).getFirst();
        assertThat(sent.outcome()).isEqualTo(TopicOutcome.BOARD);
        assertThat(sent.matterState()).isEqualTo(MatterState.PUBLISHED);
        assertThat(rows(view.grid)).extracting(SessionRow::topics).contains(2L);
    }

    @Test
    void aConsultationsVoteIsCountedAndItsFiguresShownBeforeThePlanIsAgreed() {
        DelibTestData.World w = fx.world("yushan");
        long consultation = fx.consultation(w);
        openAs("yushan");
        UI.getCurrent().navigate(ConsultationsView.class);
        ConsultationsView view = _get(ConsultationsView.class);
        ConsultationDialog dialog = view.open(consultation);
        var voteForm = dialog.vote.openForm(consultation);
        ((com.vaadin.flow.component.select.Select<VoteItem>) voteForm.fields().get("item")).setValue(VoteItem.REBUILD_OR_ALTER);
        ((com.vaadin.flow.component.textfield.TextArea) voteForm.fields().get("question")).setValue("安装液压升降柱");
        voteForm.save();
        long voteId = rows(view.grid).stream().filter(c -> c.id() == consultation).findFirst().orElseThrow().voteId();
        var ballot = dialog.vote.ballotForm(voteId);
        ((com.vaadin.flow.component.textfield.TextField) ballot.fields().get("household")).setValue("1幢101");
        ((com.vaadin.flow.component.textfield.TextField) ballot.fields().get("ownerName")).setValue("张三");
        ((com.vaadin.flow.component.textfield.BigDecimalField) ballot.fields().get("area")).setValue(new BigDecimal("150.00"));
        ((com.vaadin.flow.component.select.Select<Choice>) ballot.fields().get("choice")).setValue(Choice.AGREE);
        ballot.save();
        ((com.vaadin.flow.component.textfield.TextField) ballot.fields().get("household")).setValue("1幢102");
        ((com.vaadin.flow.component.textfield.TextField) ballot.fields().get("ownerName")).setValue("李四");
        ((com.vaadin.flow.component.textfield.BigDecimalField) ballot.fields().get("area")).setValue(new BigDecimal("50.00"));
        ballot.save();
        ballot.close();
        assertThat(GridKt._size(dialog.vote.ballots)).isEqualTo(2);
        dialog.vote.count.click();
        ConfirmDialog confirm = _find(ConfirmDialog.class).getLast();
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(dialog.vote.result.getElement().getTextRecursively()).contains("表决通过").contains("200.00").contains("66.67%");
        var plan = dialog.planForm();
        ((com.vaadin.flow.component.textfield.TextArea) plan.fields().get("plan")).setValue("出入口安装液压升降柱，费用居民自筹");
        ((com.vaadin.flow.component.textfield.TextArea) plan.fields().get("duties")).setValue("社区：组织施工；业委会：收取费用");
        plan.save();
        assertThat(rows(view.grid)).filteredOn(c -> c.id() == consultation).singleElement()
                .satisfies(c -> assertThat(c.votePassed()).isTrue());
    }

    @Test
    void aConsultationRecordsEachPartysPositionPerRoundAndThePlansTasksPerParty() {
        DelibTestData.World w = fx.world("yushan");
        long consultation = fx.consultation(w);
        openAs("yushan");
        UI.getCurrent().navigate(ConsultationsView.class);
        ConsultationDialog dialog = _get(ConsultationsView.class).open(consultation);
        var position = dialog.positionForm();
        position.save();
        assertThat(((com.vaadin.flow.component.select.Select<?>) position.fields().get("partyId")).isInvalid())
                .as("a party is required").isTrue();
        @SuppressWarnings("unchecked")
        var party = (com.vaadin.flow.component.select.Select<cn.haitang.console.deliberation.PartyRow>) position.fields()
                .get("partyId");
        party.setValue(party.getListDataView().getItems().findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        var stance = (com.vaadin.flow.component.select.Select<cn.haitang.console.deliberation.Stance>) position.fields()
                .get("stance");
        stance.setValue(cn.haitang.console.deliberation.Stance.CONDITIONAL);
        ((com.vaadin.flow.component.textfield.TextArea) position.fields().get("statement")).setValue("须保证消防车通行");
        position.save();
        assertThat(rows(dialog.positions)).singleElement().satisfies(p -> {
            assertThat(p.roundNumber()).isEqualTo(1);
            assertThat(p.stance()).isEqualTo(cn.haitang.console.deliberation.Stance.CONDITIONAL);
        });

        var task = dialog.taskForm(null);
        @SuppressWarnings("unchecked")
        var taskParty = (com.vaadin.flow.component.select.Select<cn.haitang.console.deliberation.PartyRow>) task.fields()
                .get("partyId");
        taskParty.setValue(taskParty.getListDataView().getItems().findFirst().orElseThrow());
        ((com.vaadin.flow.component.textfield.TextField) task.fields().get("task")).setValue("组织业主表决");
        ((com.vaadin.flow.component.datepicker.DatePicker) task.fields().get("dueOn")).setValue(fx.today().plusDays(14));
        task.save();
        assertThat(rows(dialog.tasks)).extracting(cn.haitang.console.deliberation.TaskRow::task).containsExactly("组织业主表决");

        // with tasks recorded, the plan can be closed without the free-text summary
        var plan = dialog.planForm();
        ((com.vaadin.flow.component.textfield.TextArea) plan.fields().get("plan")).setValue("张贴停车公约");
        plan.save();
        assertThat(dialog.body.getElement().getTextRecursively()).contains("张贴停车公约");
        assertThat(rows(dialog.tasks)).extracting(cn.haitang.console.deliberation.TaskRow::task).containsExactly("组织业主表决");
        assertThat(dialog.addTask.isAttached()).as("a closed plan takes no more tasks").isFalse();
    }

    @Test
    void aPlatformPicksAServicePositionOfItsCommunityAsItsVenue() {
        var p = jdbc.queryForMap("""
                SELECT sp.id, sp.name, sp.community_id FROM service_position sp JOIN town t ON t.id = sp.town_id
                WHERE t.code = 'yushan' ORDER BY sp.id LIMIT 1""");
        openAs("yushan");
        UI.getCurrent().navigate(PlatformsView.class);
        PlatformsView view = _get(PlatformsView.class);
        PlatformDialog dialog = view.open(null);
        dialog.name.setValue("先锋夜谈（阵地）");
        dialog.kind.setValue(cn.haitang.console.deliberation.PlatformKind.PIONEER_NIGHT);
        dialog.community.setValue(dialog.community.getListDataView().getItems()
                .filter(a -> a.id() == ((Number) p.get("community_id")).longValue()).findFirst().orElseThrow());
        dialog.venueKind.setValue(PlatformDialog.VenueKind.POSITION);
        assertThat(dialog.venue.isVisible()).isFalse();
        dialog.position.setValue(dialog.position.getListDataView().getItems()
                .filter(o -> o.id() == ((Number) p.get("id")).longValue()).findFirst().orElseThrow());
        dialog.host.setValue("李书记");
        dialog.rhythm.setValue(cn.haitang.console.deliberation.Rhythm.MONTHLY);
        dialog.save();
        view.search.setValue("先锋夜谈（阵地）");
        assertThat(rows(view.grid)).singleElement().satisfies(row -> assertThat(row.venue()).isEqualTo(p.get("name")));
        PlatformDialog again = view.open(rows(view.grid).getFirst());
        assertThat(again.venueKind.getValue()).isEqualTo(PlatformDialog.VenueKind.POSITION);
        assertThat(again.position.getValue().id()).isEqualTo(((Number) p.get("id")).longValue());
    }

    @Test
    void theLinkFromABoardMatterOpensTheSessionItsTopicWasRaisedAt() {
        DelibTestData.World w = fx.world("yushan");
        openAs("yushan");
        var link = com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("session", String.valueOf(w.sessionId())));
        UI.getCurrent().navigate("deliberation/sessions", link);
        assertThat(_find(SessionDialog.class)).hasSize(1);
        openAs("meili");
        UI.getCurrent().navigate("deliberation/sessions", link);
        assertThat(_find(SessionDialog.class)).as("another town's session stays closed").isEmpty();
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
}
