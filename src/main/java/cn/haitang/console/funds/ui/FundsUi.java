package cn.haitang.console.funds.ui;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.funds.MovementStatus;
import cn.haitang.console.funds.ProjectState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Small pieces only the funds views share: grids, money, state badges, figure cards. */
final class FundsUi {

    private FundsUi() {
    }

    static <T> Grid<T> grid(Component owner) {
        Grid<T> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(owner.getTranslation("grid.empty"));
        grid.setSizeFull();
        return grid;
    }

    /** Yuan with thousands separators and two decimals: 1,000,000.00. */
    static String money(@Nullable BigDecimal amount) {
        return cn.haitang.console.base.ui.Formats.money(amount);
    }

    static Span statusBadge(Component owner, MovementStatus status) {
        return Badges.badge(owner.getTranslation("funds.status." + status), switch (status) {
            case PENDING -> Badges.Tone.WARNING;
            case POSTED -> Badges.Tone.SUCCESS;
            case REJECTED -> Badges.Tone.CONTRAST;
        });
    }

    static Span stateBadge(Component owner, ProjectState state) {
        return Badges.badge(owner.getTranslation("funds.state." + state), switch (state) {
            case SUBMITTED -> Badges.Tone.NEUTRAL;
            case NOT_AWARDED -> Badges.Tone.CONTRAST;
            case AWARDED -> Badges.Tone.PRIMARY;
            case IN_PROGRESS -> Badges.Tone.WARNING;
            case CLOSED -> Badges.Tone.SUCCESS;
        });
    }

    /** A figure card: a label over a value. */
    static Div card(String id, String label, String value) {
        Span l = new Span(label);
        l.addClassName("ht-funds-card-label");
        Span v = new Span(value);
        v.addClassName("ht-funds-card-value");
        v.setId(id);
        Div card = new Div(l, v);
        card.addClassName("ht-funds-card");
        card.getStyle().set("display", "flex").set("flex-direction", "column").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("flex", "1 1 9rem").set("max-width", "14rem");
        v.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        l.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return card;
    }

    static Div cards(Component... cards) {
        Div row = new Div(cards);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("margin", "var(--lumo-space-s) 0");
        return row;
    }

    /** A filter that picks one of a list's values, or any. */
    static <T> void anyOf(Select<T> select, Component owner, String labelKey, String allKey, Collection<T> items,
                          Function<T, String> label, Runnable onChange) {
        select.setLabel(owner.getTranslation(labelKey));
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(owner.getTranslation(allKey));
        select.setItemLabelGenerator(v -> v == null ? owner.getTranslation(allKey) : label.apply(v));
        select.addValueChangeListener(e -> onChange.run());
    }

    /** Runs a service call and shows a refusal as a notification. Returns whether it succeeded. */
    static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuleViolationException e) {
            Notifications.error(RuleViolations.message(e));
            return false;
        }
    }

    static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
