package cn.haitang.console.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A grid that shows each row as a card on a phone: under {@value #PHONE_MAX_WIDTH} px only its card
 * column (the row's key fields, state badge and actions in one cell) is shown instead of a table cut
 * after its fourth column; on a wider screen the card column hides and the table's columns come back.
 * The width is read from the browser on attach and on every resize.
 */
public final class PhoneGrid {

    public static final int PHONE_MAX_WIDTH = 600;
    /** The card column's key unless it has one (tests read its cells by it). */
    public static final String CARD_KEY = "phone-card";

    private final Grid<?> grid;
    private final Grid.Column<?> card;
    /** What the card column shows on a phone; on a wider screen it renders nothing (see {@link #cards}). */
    private final SerializableRunnable renderCards;
    private final SerializableRunnable renderNothing;
    private final List<Grid.Column<?>> tableColumns = new ArrayList<>();
    private boolean phone;
    private final List<java.util.function.Consumer<Boolean>> switchListeners = new ArrayList<>();

    private <T> PhoneGrid(Grid<T> grid, Grid.Column<T> card) {
        this.grid = grid;
        this.card = card;
        Renderer<T> cards = card.getRenderer();
        Renderer<T> nothing = LitRenderer.of("");
        this.renderCards = () -> card.setRenderer(cards);
        this.renderNothing = () -> card.setRenderer(nothing);
    }

    /** Makes {@code card} the grid's only column on a phone. Call after all columns are added. */
    public static <T> PhoneGrid cards(Grid<T> grid, Grid.Column<T> card) {
        PhoneGrid adaptive = new PhoneGrid(grid, card);
        if (card.getKey() == null) {
            card.setKey(CARD_KEY);
        }
        card.setVisible(false);
        card.setFlexGrow(1);
        // A hidden column's renderer still runs for every row sent to the browser: the cards' components would
        // be built, kept in the session and sent for each row on a desktop too (most of a session's memory).
        adaptive.renderNothing.run();
        ComponentUtil.setData(grid, PhoneGrid.class, adaptive);
        grid.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> adaptive.show(details.getWindowInnerWidth() < PHONE_MAX_WIDTH));
            Registration resize = page.addBrowserWindowResizeListener(
                    e -> adaptive.show(e.getWidth() < PHONE_MAX_WIDTH));
            grid.addDetachListener(detach -> resize.remove());
        });
        return adaptive;
    }

    /** The phone switch of a grid made by {@link #cards}. */
    public static PhoneGrid of(Grid<?> grid) {
        PhoneGrid adaptive = ComponentUtil.getData(grid, PhoneGrid.class);
        if (adaptive == null) {
            throw new IllegalArgumentException("not a phone grid: " + grid);
        }
        return adaptive;
    }

    /**
     * A card for the card column: the row's title, then a line per part — a text in the muted meta style, a
     * component (a state badge, an action) as it is; null parts are left out. Components in one
     * {@code Object[]} part share a line.
     */
    public static Div card(String title, @Nullable Object... parts) {
        Span head = new Span(title);
        head.addClassName("ht-cell-title");
        Div cell = new Div(head);
        cell.addClassName("ht-cell");
        for (Object part : parts) {
            switch (part) {
                case null -> { }
                case Component component -> cell.add(component);
                case Object[] together -> {
                    Div line = new Div();
                    line.addClassName("ht-cell-line");
                    for (Object each : together) {
                        if (each instanceof Component c) {
                            line.add(c);
                        } else if (each != null) {
                            line.add(meta(each.toString()));
                        }
                    }
                    cell.add(line);
                }
                default -> cell.add(meta(part.toString()));
            }
        }
        return cell;
    }

    private static Span meta(String text) {
        Span meta = new Span(text);
        meta.addClassName("ht-cell-meta");
        return meta;
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
            renderCards.run();
            card.setVisible(true);
        } else {
            card.setVisible(false);
            renderNothing.run();
            tableColumns.forEach(c -> c.setVisible(true));
        }
        grid.setClassName("ht-phone-grid", onPhone);
        switchListeners.forEach(l -> l.accept(onPhone));
    }

    /** Runs {@code listener} with {@code true} when the grid switches to cards, {@code false} back to the table. */
    public PhoneGrid onSwitch(java.util.function.Consumer<Boolean> listener) {
        switchListeners.add(listener);
        return this;
    }

    public boolean isPhone() {
        return phone;
    }
}
