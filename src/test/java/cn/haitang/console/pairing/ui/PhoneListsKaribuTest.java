package cn.haitang.console.pairing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.pairing.MatterCategory;
import cn.haitang.console.support.KaribuTest;
import cn.haitang.console.base.ui.PhoneGrid;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

/** The matters board on a phone: one card column instead of a cut table, filters behind a button with their count. */
class PhoneListsKaribuTest extends KaribuTest {

    @Test
    void onAPhoneTheBoardShowsCardsAndFoldsItsFilters() {
        openAs("yushan");
        UI.getCurrent().navigate(MattersBoardView.class);
        MattersBoardView board = _get(MattersBoardView.class);
        long tableColumns = board.grid.getColumns().stream().filter(Grid.Column::isVisible).count();
        assertThat(tableColumns).isGreaterThan(4);

        board.phoneGrid.show(true);
        assertThat(board.grid.getColumns().stream().filter(Grid.Column::isVisible).count()).isEqualTo(1);
        assertThat(board.grid.hasClassName("ht-phone-grid")).isTrue();
        board.phoneGrid.show(false);
        assertThat(board.grid.getColumns().stream().filter(Grid.Column::isVisible).count()).isEqualTo(tableColumns);

        long before = board.filters.activeCount();
        assertThat(board.filters.toggleText()).startsWith("筛选");
        board.category.setValue(MatterCategory.PARKING);
        assertThat(board.filters.activeCount()).isEqualTo(before + 1);
        assertThat(board.filters.toggleText()).isEqualTo("筛选（" + (before + 1) + "）");
        assertThat(board.filters.isOpen()).isFalse();
        board.filters.setOpen(true);
        assertThat(board.filters.isOpen()).isTrue();
    }

    @Test
    void onAPhoneInstitutionsActivitiesAndReportsAreCardsWithTheirKeyFields() {
        openAs("admin");
        UI.getCurrent().navigate(InstitutionsView.class);
        InstitutionsView institutions = _get(InstitutionsView.class);
        assertCards(institutions.grid, institutions.phoneGrid, "ht-cell-title");
        String name = GridKt._get(institutions.grid, 0).name();
        assertThat(cardText(institutions.grid)).contains(name).contains("已报到");

        openAs("yushan");
        UI.getCurrent().navigate(ReportsView.class);
        ReportsView reports = _get(ReportsView.class);
        assertCards(reports.grid, reports.phoneGrid, "ht-cell-title");
        assertThat(cardText(reports.grid)).contains(GridKt._get(reports.grid, 0).name())
                .contains(GridKt._get(reports.grid, 0).communityName());

        UI.getCurrent().navigate(ActivitiesView.class);
        ActivitiesView activities = _get(ActivitiesView.class);
        assertCards(activities.grid, activities.phoneGrid, "ht-cell-title");
    }

    /** More than four table columns; on a phone only the card, which goes when the screen widens again. */
    static void assertCards(Grid<?> grid, PhoneGrid phone, String titleClass) {
        long tableColumns = grid.getColumns().stream().filter(Grid.Column::isVisible).count();
        assertThat(tableColumns).isGreaterThan(4);
        assertThat(grid.getColumnByKey(PhoneGrid.CARD_KEY).isVisible()).isFalse();
        phone.show(true);
        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList())
                .containsExactly(PhoneGrid.CARD_KEY);
        Component card = GridKt._getCellComponent(grid, 0, PhoneGrid.CARD_KEY);
        assertThat(card.getChildren().findFirst().orElseThrow().getElement().getClassList()).contains(titleClass);
        phone.show(false);
        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible).count()).isEqualTo(tableColumns);
    }

    /** The first row's card, as a phone shows it. */
    static String cardText(Grid<?> grid) {
        PhoneGrid.of(grid).show(true);
        String text = GridKt._getCellComponent(grid, 0, PhoneGrid.CARD_KEY).getElement().getTextRecursively();
        PhoneGrid.of(grid).show(false);
        return text;
    }
}
