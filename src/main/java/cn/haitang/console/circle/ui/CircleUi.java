package cn.haitang.console.circle.ui;

import cn.haitang.console.base.ui.ImportDialog;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.AreaFilter;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Downloads;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.circle.SceneState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/** Small pieces only the circle's views share: grids, "any of" filters, state badges, Excel links. */
final class CircleUi {

    private CircleUi() {
    }

    static <T> Grid<T> grid(Component owner) {
        Grid<T> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(owner.getTranslation("grid.empty"));
        grid.setSizeFull();
        grid.setMultiSort(false);
        return grid;
    }

    /** A lazy grid over a paged service read (sorting passed on to the SQL) and its count. */
    static <T> void lazy(Grid<T> grid, Function<Pageable, List<T>> page, java.util.function.LongSupplier count) {
        grid.setItems(q -> page.apply(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) count.getAsLong());
    }

    /** A filter that picks one of a list's values, or any: the empty choice says "all …". */
    static <T> Select<T> anyOf(Component owner, String labelKey, Collection<T> items, Function<T, String> label,
                               Runnable onChange) {
        Select<T> select = new Select<>();
        select.setLabel(owner.getTranslation(labelKey));
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(owner.getTranslation("circle.any"));
        select.setItemLabelGenerator(v -> v == null ? owner.getTranslation("circle.any") : label.apply(v));
        select.addValueChangeListener(e -> onChange.run());
        return select;
    }

    /** The last 13 months, newest first (empty = any month). */
    static Select<YearMonth> months(Component owner, LocalDate today, Runnable onChange) {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            months.add(YearMonth.from(today).minusMonths(i));
        }
        return anyOf(owner, "circle.record.month", months, YearMonth::toString, onChange);
    }

    static Span stateBadge(Component owner, SceneState state) {
        return Badges.badge(owner.getTranslation(state.messageKey()), switch (state) {
            case PLANNED -> Badges.Tone.CONTRAST;
            case RUNNING -> Badges.Tone.SUCCESS;
            case PAUSED -> Badges.Tone.WARNING;
            case CLOSED -> Badges.Tone.NEUTRAL;
        });
    }

    /**
     * Opens the shared import dialog for the circle's {@code what} ("scenes", "sessions"): its texts are the
     * circle.import.&lt;what&gt;Title/Help/Done keys, the counts of the result those of new and updated rows.
     */
    static ImportDialog openImport(String what, ImportDialog.Importer importer, Runnable onImported) {
        ImportDialog dialog = new ImportDialog(importer, new ImportDialog.Texts("circle.import." + what + "Title", List.of(),
                "circle.import." + what + "Help", "imports.upload", what + "-template.xlsx", "imports.failed",
                "circle.import." + what + "Done", saved -> new Object[] {saved.created(), saved.updated()}), onImported);
        dialog.open();
        return dialog;
    }

    /** The export link of a list: an .xlsx named after the list and the day, in the user's language. */
    static Anchor export(Component owner, String name, Clock clock, BiConsumer<OutputStream, Locale> writer) {
        Locale locale = UI.getCurrent() == null ? Locale.SIMPLIFIED_CHINESE : UI.getCurrent().getLocale();
        return Downloads.excel(owner, name + "-" + LocalDate.now(clock) + ".xlsx", out -> writer.accept(out, locale));
    }

    /** The area filter's fields followed by a list's other filters and buttons. */
    static Component[] afterAreas(AreaFilter areas, Component... more) {
        List<Component> all = new ArrayList<>(areas.fields());
        all.addAll(List.of(more));
        return all.toArray(Component[]::new);
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

    static @Nullable Long id(cn.haitang.console.circle.@Nullable Named named) {
        return named == null ? null : named.id();
    }

}
