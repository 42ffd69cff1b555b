package cn.haitang.console.pairing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.pairing.MatterCategory;
import cn.haitang.console.support.KaribuTest;
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
}
