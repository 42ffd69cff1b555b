package cn.haitang.console.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.DataGenerator;
import com.vaadin.flow.data.provider.DataKeyMapper;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.Rendering;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;
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
    private final List<Grid.Column<?>> tableColumns = new ArrayList<>();
    private boolean phone;
    private final List<java.util.function.Consumer<Boolean>> switchListeners = new ArrayList<>();

    private PhoneGrid(Grid<?> grid, Grid.Column<?> card) {
        this.grid = grid;
        this.card = card;
    }

    /**
     * Makes {@code card} the grid's only column on a phone. Call after all columns are added. While the table
     * is shown, the hidden card column sends no cards to the browser (a grid makes every column's cells, shown
     * or not, and a page of cards is a few hundred components); it fills when the grid switches to cards.
     */
    public static <T> PhoneGrid cards(Grid<T> grid, Grid.Column<T> card) {
        PhoneGrid adaptive = new PhoneGrid(grid, card);
        if (card.getKey() == null) {
            card.setKey(CARD_KEY);
        }
        if (card.getRenderer() instanceof ComponentRenderer<?, T> cards) {
            card.setRenderer(new OnlyOnPhone<>(cards, adaptive));
        }
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
            card.setVisible(true);
        } else {
            card.setVisible(false);
            tableColumns.forEach(c -> c.setVisible(true));
        }
        grid.setClassName("ht-phone-grid", onPhone);
        if (onPhone) {
            grid.getDataCommunicator().reset(); // the rows already sent have no card yet
        }
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

    /**
     * The card column's renderer: makes the same cards as the column's own (so a test can still read a row's
     * card from it), but gives the grid a card for a row only while the grid shows cards.
     */
    private static final class OnlyOnPhone<T> extends ComponentRenderer<Component, T> {

        private final PhoneGrid adaptive;

        OnlyOnPhone(ComponentRenderer<?, T> cards, PhoneGrid adaptive) {
            super(cards::createComponent, cards::updateComponent);
            this.adaptive = adaptive;
        }

        @Override
        public Rendering<T> render(Element container, DataKeyMapper<T> keyMapper, @Nullable String rendererName) {
            Rendering<T> rendering = super.render(container, keyMapper, rendererName);
            var generator = rendering.getDataGenerator();
            if (generator.isEmpty()) {
                return rendering;
            }
            DataGenerator<T> cards = generator.get();
            DataGenerator<T> onlyOnPhone = new DataGenerator<>() {
                @Override
                public void generateData(T item, ObjectNode json) {
                    if (adaptive.phone) {
                        cards.generateData(item, json);
                    }
                }

                @Override
                public void refreshData(T item) {
                    if (adaptive.phone) {
                        cards.refreshData(item);
                    }
                }

                @Override
                public void destroyData(T item) {
                    cards.destroyData(item);
                }

                @Override
                public void destroyAllData() {
                    cards.destroyAllData();
                }
            };
            return new Rendering<>() {
                @Override
                public Optional<DataGenerator<T>> getDataGenerator() {
                    return Optional.of(onlyOnPhone);
                }

                @Override
                public Registration getRegistration() {
                    return rendering.getRegistration();
                }
            };
        }
    }
}
