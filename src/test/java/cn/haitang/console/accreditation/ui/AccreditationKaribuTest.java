package cn.haitang.console.accreditation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.accreditation.ApplicationService;
import cn.haitang.console.accreditation.ReviewService;
import cn.haitang.console.accreditation.AppState;
import cn.haitang.console.accreditation.ReviewerOption;
import cn.haitang.console.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The scoring form, the admin's decision and the lists, browserless. */
@Transactional
class AccreditationKaribuTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationService applications;

    @Autowired
    ReviewService reviews;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    private String state(long appId) {
        em.flush();
        return jdbc.queryForObject("SELECT state FROM accr_application WHERE id = ?", String.class, appId);
    }

    /** Confirms the dialog just opened (earlier ones may linger closed in the tree). */
    private static void confirm() {
        java.util.List<ConfirmDialog> dialogs = _find(ConfirmDialog.class);
        ConfirmDialog dialog = dialogs.getLast();
        ConfirmDialogKt._fireConfirm(dialog);
        dialog.close();
    }

    @Test
    void theScoringFormChecksEachCriterionAtItsFieldAndASubmittedScoreIsFinal() {
        Map<String, Object> open = jdbc.queryForMap("""
                SELECT s.id, u.username FROM accr_assignment s JOIN user_account u ON u.id = s.reviewer_id
                JOIN accr_application a ON a.id = s.application_id
                WHERE s.state = 'ASSIGNED' AND a.state = 'UNDER_REVIEW' LIMIT 1""");
        long assignment = ((Number) open.get("id")).longValue();
        openAs(open.get("username").toString());
        UI.getCurrent().navigate(ScoringView.class, assignment);
        ScoringView view = _get(ScoringView.class);
        assertThat(view.scores).hasSize(4);
        IntegerField first = view.scores.values().iterator().next();
        view.scores.values().forEach(f -> f.setValue(10));
        view.comments.values().forEach(f -> f.setValue("材料翔实，成效明显"));
        first.setValue((int) first.getMax() + 1);
        view.submit.click();
        confirm();
        assertThat(first.isInvalid()).isTrue();
        assertThat(first.getErrorMessage()).contains("0 到 " + (int) first.getMax());

        first.setValue(15);
        TextField lastComment = view.comments.values().stream().reduce((a, b) -> b).orElseThrow();
        lastComment.setValue("");
        view.saveDraft.click(); // a draft needs no comments
        assertThat(view.total.getText()).isEqualTo("合计 45 分");
        view.submit.click();
        confirm();
        lastComment = view.comments.values().stream().reduce((a, b) -> b).orElseThrow();
        assertThat(lastComment.isInvalid()).isTrue();
        assertThat(lastComment.getErrorMessage()).startsWith("请填写");

        lastComment.setValue("居民满意度较高");
        view.submit.click();
        confirm();
        assertThat(view.scores.values()).allMatch(IntegerField::isReadOnly);
        assertThat(view.submit.isAttached()).isFalse();
        em.flush();
        assertThat(jdbc.queryForObject("SELECT state FROM accr_assignment WHERE id = ?", String.class, assignment))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void aReviewerCannotOpenSomeoneElsesAssignment() {
        long others = jdbc.queryForObject("""
                SELECT s.id FROM accr_assignment s JOIN user_account u ON u.id = s.reviewer_id
                WHERE u.username <> 'reviewer4' LIMIT 1""", Long.class);
        openAs("reviewer4");
        UI.getCurrent().navigate(ScoringView.class, others);
        ScoringView view = _get(ScoringView.class);
        assertThat(view.scores).isEmpty();
        assertThat(_get(Paragraph.class).getText()).isNotBlank();
        UI.getCurrent().navigate(WorklistView.class);
        WorklistView worklist = _get(WorklistView.class);
        assertThat(GridKt._size(worklist.grid)).isPositive();
        assertThat(GridKt._findAll(worklist.grid)).allMatch(w -> w.assignmentId() != others);
    }

    @Test
    void theAdminApprovesWithAReasonAndPublishesTheNotice() {
        long scored = jdbc.queryForObject("SELECT id FROM accr_application WHERE state = 'SCORED' ORDER BY result DESC LIMIT 1",
                Long.class);
        openAs("admin");
        UI.getCurrent().navigate(ApplicationView.class, scored);
        ApplicationView view = _get(ApplicationView.class);
        view.tabs.setSelectedIndex(3);
        view.approve.click();
        Ui.ReasonDialog dialog = _get(Ui.ReasonDialog.class);
        dialog.confirm.click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        dialog.reason.setValue("综合得分第一，位于名额之内");
        dialog.confirm.click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(state(scored)).isEqualTo(AppState.APPROVED.name());
        view = _get(ApplicationView.class);
        assertThat(view.tabs.getSelectedIndex()).isEqualTo(3);
        view.publish.click();
        assertThat(state(scored)).isEqualTo(AppState.IN_NOTICE.name());
        assertThat(applications.timeline(scored)).extracting(t -> t.step().name()).contains("APPROVE", "PUBLISH_NOTICE");
    }

    @Test
    void onAPhoneEachReviewIsACardWithItsReviewerStateAndTheAdminsReopen() {
        long scored = jdbc.queryForObject("SELECT id FROM accr_application WHERE state = 'SCORED' ORDER BY id LIMIT 1",
                Long.class);
        openAs("admin");
        UI.getCurrent().navigate(ApplicationView.class, scored);
        ApplicationView view = _get(ApplicationView.class);
        view.tabs.setSelectedIndex(2);
        com.vaadin.flow.component.grid.Grid.Column<?> card =
                view.reviewGrid.getColumnByKey(cn.haitang.console.base.ui.PhoneGrid.CARD_KEY);
        assertThat(card).as("the reviews have a card column").isNotNull();
        assertThat(card.isVisible()).as("hidden on a wide screen").isFalse();
        cn.haitang.console.base.ui.PhoneGrid.of(view.reviewGrid).show(true);
        cn.haitang.console.accreditation.ReviewRow first = GridKt._get(view.reviewGrid, 0);
        com.vaadin.flow.component.Component cell = GridKt._getCellComponent(view.reviewGrid, 0, card.getKey());
        assertThat(cell.getElement().getTextRecursively()).contains(first.reviewerName(), "评审截止");
        if ("SUBMITTED".equals(first.state())) {
            assertThat(cell.getElement().getTextRecursively()).as("the admin's reopen is on the card").contains("重开评分");
        }
    }

    @Test
    void theAdminRejectsWithAReason() {
        long scored = jdbc.queryForObject("SELECT id FROM accr_application WHERE state = 'SCORED' ORDER BY result LIMIT 1",
                Long.class);
        openAs("admin");
        UI.getCurrent().navigate(ApplicationView.class, scored);
        ApplicationView view = _get(ApplicationView.class);
        view.tabs.setSelectedIndex(3);
        view.reject.click();
        Ui.ReasonDialog dialog = _get(Ui.ReasonDialog.class);
        dialog.reason.setValue("综合得分未进入名额");
        dialog.confirm.click();
        assertThat(state(scored)).isEqualTo(AppState.REJECTED.name());
    }

    @Test
    void aConflictedReviewerIsRefusedAtTheFieldWithTheReason() {
        long submitted = jdbc.queryForObject("""
                SELECT a.id FROM accr_application a JOIN town t ON t.id = a.town_id
                WHERE a.state = 'SUBMITTED' AND t.code = 'yushan' LIMIT 1""", Long.class);
        openAs("admin");
        UI.getCurrent().navigate(ApplicationView.class, submitted);
        ApplicationView view = _get(ApplicationView.class);
        view.tabs.setSelectedIndex(2);
        ReviewerOption reviewer1 = reviews.reviewerOptions(submitted).stream()
                .filter(o -> o.username().equals("reviewer1")).findFirst().orElseThrow();
        assertThat(reviewer1.conflicts()).isNotEmpty();
        view.reviewer.setValue(reviewer1);
        view.assign.click();
        assertThat(view.reviewer.isInvalid()).isTrue();
        assertThat(view.reviewer.getErrorMessage()).contains("虞山街道").contains("须回避");
    }

    @Test
    void theCoordinatorSeesOnlyTheirTownAndNominatesIntoTheOpenRound() {
        openAs("yushan");
        UI.getCurrent().navigate(ApplicationsView.class);
        ApplicationsView list = _get(ApplicationsView.class);
        assertThat(GridKt._size(list.grid)).isPositive();
        assertThat(GridKt._findAll(list.grid)).allMatch(a -> a.townName().equals("虞山街道"));
        assertThat(list.town.isVisible()).isFalse();
        ApplicationsView.NominationDialog dialog = list.openNomination();
        dialog.save.click();
        assertThat(dialog.compound.isInvalid()).isTrue();
        var compound = dialog.compound.getListDataView().getItems()
                .filter(e -> e.getValue().startsWith("城市之光小区")).findFirst().orElseThrow();
        dialog.compound.setValue(compound);
        dialog.statement.setValue("小区党支部牵头四方协同");
        dialog.keyFigures.setValue("满意度 95%");
        dialog.save.click();
        ApplicationView page = _get(ApplicationView.class);
        assertThat(page.statement.getValue()).isEqualTo("小区党支部牵头四方协同");
        assertThat(page.submit.isVisible()).isTrue();
        page.submitApplication();
        assertThat(_find(ApplicationView.class)).hasSize(1);
    }

    @Test
    void theRubricDialogShowsTheTotalAndRefusesAnythingButOneHundred() {
        openAs("admin");
        UI.getCurrent().navigate(RoundsView.class);
        RoundsView view = _get(RoundsView.class);
        assertThat(GridKt._size(view.rounds)).isPositive();
        RoundsView.RubricDialog dialog = view.openRubric(null);
        dialog.name.setValue("测试细则");
        var row = dialog.editors.getFirst();
        row.name.setValue("组织覆盖");
        row.max.setValue(60);
        assertThat(dialog.total.getText()).isEqualTo("合计 60 / 100 分");
        dialog.save.click();
        assertThat(dialog.criteriaError.getText()).contains("须为 100 分");
        row.max.setValue(100);
        dialog.save.click();
        assertThat(dialog.isOpened()).isFalse();
    }
}
