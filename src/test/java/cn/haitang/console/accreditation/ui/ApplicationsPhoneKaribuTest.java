package cn.haitang.console.accreditation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

/** The applications list on a phone: one card per application with its compound, state and town. */
class ApplicationsPhoneKaribuTest extends KaribuTest {

    @Test
    void onAPhoneEachApplicationIsACardWithItsCompoundStateAndTown() {
        openAs("admin");
        UI.getCurrent().navigate(ApplicationsView.class);
        ApplicationsView view = _get(ApplicationsView.class);
        long tableColumns = view.grid.getColumns().stream().filter(Grid.Column::isVisible).count();
        assertThat(tableColumns).isGreaterThan(4);

        view.phoneGrid.show(true);
        assertThat(view.grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList())
                .containsExactly(PhoneGrid.CARD_KEY);
        var first = GridKt._get(view.grid, 0);
        String card = GridKt._getCellComponent(view.grid, 0, PhoneGrid.CARD_KEY).getElement().getTextRecursively();
        assertThat(card).contains(first.compoundName(), first.townName(), first.roundTitle());
        view.phoneGrid.show(false);
        assertThat(view.grid.getColumns().stream().filter(Grid.Column::isVisible).count()).isEqualTo(tableColumns);
    }
}
