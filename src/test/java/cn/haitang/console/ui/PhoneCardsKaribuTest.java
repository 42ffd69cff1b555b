package cn.haitang.console.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.ui.PhoneFilters;
import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.deliberation.ConsultationRow;
import cn.haitang.console.funds.ProjectRow;
import cn.haitang.console.governance.CommitteeRow;
import cn.haitang.console.security.UserRow;
import cn.haitang.console.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.junit.jupiter.api.Test;

/**
 * Lists of several features on a phone: each keeps its table on a wide screen and has a hidden card column (the
 * shared PhoneGrid) whose card carries the row's key fields and state badge; filters fold behind one button.
 */
class PhoneCardsKaribuTest extends KaribuTest {

    @Test
    void usersCommitteesConsultationsAndProjectsHaveCardsWithTheirKeyFields() {
        openAs("admin");
        UI.getCurrent().navigate("admin/users");
        Grid<?> users = _get(Grid.class);
        UserRow user = (UserRow) GridKt._get(users, 0);
        assertThat(card(users)).contains(user.displayName(), user.username()).contains(user.enabled() ? "启用" : "停用");
        PhoneFilters filters = _get(PhoneFilters.class);
        assertThat(filters.toggleText()).isEqualTo("筛选");
        _get(filters, TextField.class).setValue("mei");
        assertThat(filters.toggleText()).as("the search counts as a set filter").isEqualTo("筛选（1）");

        UI.getCurrent().navigate("governance/committees");
        Grid<?> committees = _get(Grid.class);
        CommitteeRow committee = (CommitteeRow) GridKt._get(committees, 0);
        assertThat(card(committees)).contains(committee.compoundName(), committee.townName());

        UI.getCurrent().navigate("deliberation/consultations");
        Grid<?> consultations = _get(Grid.class);
        ConsultationRow consultation = (ConsultationRow) GridKt._get(consultations, 0);
        Component consultationCard = cardOf(consultations);
        assertThat(consultationCard.getElement().getTextRecursively()).contains(consultation.title(), consultation.townName());
        assertThat(consultationCard.getElement().toString()).as("the state badge").contains("badge");

        UI.getCurrent().navigate("funds/projects");
        Grid<?> projects = _get(Grid.class);
        ProjectRow project = (ProjectRow) GridKt._get(projects, 0);
        assertThat(card(projects)).contains(project.title(), project.communityName());
    }

    /**
     * The card of the first row as a phone shows it, its title first; on a wide screen the card column is hidden
     * and builds no components (a hidden column's renderer still runs for every row the browser gets).
     */
    private static Component cardOf(Grid<?> grid) {
        Grid.Column<?> column = grid.getColumnByKey(PhoneGrid.CARD_KEY);
        assertThat(column).as("a card column").isNotNull();
        assertThat(column.isVisible()).as("hidden on a wide screen").isFalse();
        assertThat(column.getRenderer()).as("no card components on a wide screen").isNotInstanceOf(ComponentRenderer.class);
        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible).count()).isGreaterThan(2);
        PhoneGrid.of(grid).show(true);
        Component card = GridKt._getCellComponent(grid, 0, PhoneGrid.CARD_KEY);
        assertThat(card.getChildren().findFirst().orElseThrow().getElement().getClassList()).contains("ht-cell-title");
        return card;
    }

    private static String card(Grid<?> grid) {
        return cardOf(grid).getElement().getTextRecursively();
    }
}
