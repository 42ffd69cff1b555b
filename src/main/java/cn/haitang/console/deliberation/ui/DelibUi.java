package cn.haitang.console.deliberation.ui;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.AreaFilter;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Downloads;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.deliberation.TopicOutcome;
import cn.haitang.console.deliberation.TopicRow;
import cn.haitang.console.pairing.MatterState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Small pieces the deliberation views share: grids, "any of" filters, months, outcome badges, Excel links. */
final class DelibUi {

    private DelibUi() {
    }

    static <T> Grid<T> grid(Component owner) {
        Grid<T> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(owner.getTranslation("grid.empty"));
        grid.setSizeFull();
        return grid;
    }

    static <T> void anyOf(Select<T> select, Component owner, String labelKey, String allKey, Collection<T> items,
                          Function<T, String> label, Runnable onChange) {
        select.setLabel(owner.getTranslation(labelKey));
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(owner.getTranslation(allKey));
        select.setItemLabelGenerator(v -> v == null ? owner.getTranslation(allKey) : label.apply(v));
        select.addValueChangeListener(e -> onChange.run());
    }

    /** The last 13 months, newest first (empty = any month). */
    static Select<YearMonth> monthSelect(Component owner, LocalDate today, Runnable onChange) {
        Select<YearMonth> select = new Select<>();
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            months.add(YearMonth.from(today).minusMonths(i));
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM");
        anyOf(select, owner, "delib.month", "delib.anyMonth", months, format::format, onChange);
        return select;
    }

    static Component[] afterAreas(AreaFilter areas, Component... more) {
        List<Component> all = new ArrayList<>(areas.fields());
        all.addAll(List.of(more));
        return all.toArray(Component[]::new);
    }

    /** An Excel link written by the service when clicked, as the user who built it (the service applies their scope). */
    static Anchor export(Component owner, String name, Clock clock, BiConsumer<OutputStream, Locale> writer) {
        return excel(owner.getTranslation("action.export"), name + "-" + LocalDate.now(clock) + ".xlsx", writer);
    }

    static Anchor excel(String text, String fileName, BiConsumer<OutputStream, Locale> writer) {
        Locale locale = UI.getCurrent() == null ? Locale.SIMPLIFIED_CHINESE : UI.getCurrent().getLocale();
        SecurityContext security = SecurityContextHolder.getContext();
        return Downloads.excel(text, fileName, out -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(security);
            try {
                writer.accept(out, locale);
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        });
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

    /** A topic's outcome as a badge; a board topic also shows its matter's state, an overdue one warns. */
    static Component outcome(TopicRow topic, LocalDate today) {
        Badges.Tone tone = switch (topic.outcome()) {
            case PENDING -> Badges.Tone.CONTRAST;
            case ON_SPOT -> Badges.Tone.SUCCESS;
            case COMMUNITY -> topic.resolvedOn() != null ? Badges.Tone.SUCCESS
                    : topic.dueOn() != null && topic.dueOn().isBefore(today) ? Badges.Tone.ERROR : Badges.Tone.WARNING;
            case CONSULTATION, BOARD -> Badges.Tone.PRIMARY;
            case NOT_TAKEN -> Badges.Tone.NEUTRAL;
        };
        HorizontalLayout cell = new HorizontalLayout(Badges.badge(t(topic.outcome().messageKey()), tone));
        cell.setSpacing(false);
        cell.getStyle().set("gap", "var(--lumo-space-xs)");
        MatterState state = topic.matterState();
        if (topic.outcome() == TopicOutcome.BOARD && state != null) {
            Span matter = Badges.badge(t(state.messageKey()), state.isOpen() ? Badges.Tone.WARNING : Badges.Tone.SUCCESS);
            matter.addClassName("delib-matter-state");
            cell.add(matter);
        }
        return cell;
    }

    static String orEmpty(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }
}
