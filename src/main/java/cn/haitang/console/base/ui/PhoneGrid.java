package cn.haitang.console.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;

/**
 * A grid that shows each row as a card on a phone: under {@value #PHONE_MAX_WIDTH} px only its card
 * column (the row's key fields, state badge and actions in one cell) is shown instead of a table cut
 * after its fourth column; on a wider screen the card column hides and the table's columns come back.
 * The width is read from the browser on attach and on every resize.
 */
public final class PhoneGrid {

    public static final int PHONE_MAX_WIDTH = 600;

    private final Grid<?> grid;
    private final Grid.Column<?> card;
    private final List<Grid.Column<?>> tableColumns = new ArrayList<>();
    private boolean phone;

    private PhoneGrid(Grid<?> grid, Grid.Column<?> card) {
        this.grid = grid;
        this.card = card;
    }

    /** Makes {@code card} the grid's only column on a phone. Call after all columns are added. */
    public static <T> PhoneGrid cards(Grid<T> grid, Grid.Column<T> card) {
        PhoneGrid adaptive = new PhoneGrid(grid, card);
        card.setVisible(false);
        card.setFlexGrow(1);
        grid.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> adaptive.show(details.getWindowInnerWidth() < PHONE_MAX_WIDTH));
            Registration resize = page.addBrowserWindowResizeListener(
                    e -> adaptive.show(e.getWidth() < PHONE_MAX_WIDTH));
            grid.addDetachListener(detach -> resize.remove());
        });
        return adaptive;
    }

    /** Switches between the card and the table. */
    public void show(boolean onPhone) {
        if (onPhone == phone) {
            return;
        }
        phone = onPhone;
        if (onPhone) {
            tableColumns.clear();
            grid.getColumns().stream().filter(c -> c != card && c.isVisible()).forEach(tableColumns::add);
            tableColumns.forEach(c -> c.setVisible(false));
            card.setVisible(true);
        } else {
            card.setVisible(false);
            tableColumns.forEach(c -> c.setVisible(true));
        }
        grid.setClassName("ht-phone-grid", onPhone);
    }

    public boolean isPhone() {
        return phone;
    }
}
