package cn.haitang.console.governance.ui;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.db.Pages;
import cn.haitang.console.base.excel.ExcelWriter;
import cn.haitang.console.base.ui.AreaFilter;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.base.ui.ViewToolbar;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * What the governance views and tabs share: rates as percentages, yuan amounts, yes/no, icon buttons,
 * the small grids and section headings of the compound tabs, and running a confirmed action.
 */
final class GovUi {

    private GovUi() {
    }

    static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    /** 0.876 → "87.60%"; empty rate → "—". */
    static String percent(@Nullable BigDecimal rate) {
        return rate == null ? "—" : rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String yuan(@Nullable BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.CHINA);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    static String yesNo(Component owner, boolean value) {
        return owner.getTranslation(value ? "common.yes" : "common.no");
    }

    static Button iconButton(Component owner, VaadinIcon icon, String key, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setTooltipText(owner.getTranslation(key));
        button.setAriaLabel(owner.getTranslation(key));
        return button;
    }

    static Button primary(Component owner, VaadinIcon icon, String key, Runnable action) {
        Button button = new Button(owner.getTranslation(key), icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    static Button secondary(Component owner, VaadinIcon icon, String key, Runnable action) {
        return new Button(owner.getTranslation(key), icon.create(), e -> action.run());
    }

    /** Icon buttons side by side in a grid cell. */
    static HorizontalLayout actions(Component... buttons) {
        HorizontalLayout actions = new HorizontalLayout(buttons);
        actions.setSpacing(false);
        return actions;
    }

    /** A heading of a compound tab's section with its action beside it. */
    static HorizontalLayout section(String titleKey, Component... actions) {
        HorizontalLayout bar = new HorizontalLayout(new H3(t(titleKey)));
        bar.add(actions);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    /** A short list in a compound tab: every row visible, compact, striped. */
    static <T> Grid<T> compact(Grid<T> grid) {
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(t("grid.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }

    /** Runs a confirmed action: its success message, or the refusal's; then the tab shows the result. */
    static void run(Runnable action, String done, Runnable refresh) {
        try {
            action.run();
            Notifications.success(done);
        } catch (RuleViolationException e) {
            Notifications.error(RuleViolations.message(e));
        }
        refresh.run();
    }

    /**
     * A list filter with an "all" choice: {@code allKey} names the empty choice, {@code labelKey} the
     * filter (for screen readers); a change calls {@code onChange}.
     */
    static <T> Select<T> choice(List<T> items, String allKey, String labelKey, ItemLabelGenerator<T> label,
                                Runnable onChange) {
        Select<T> select = new Select<>();
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(t(allKey));
        select.setItems(items);
        select.setItemLabelGenerator(item -> item == null ? t(allKey) : label.apply(item));
        select.setAriaLabel(t(labelKey));
        select.addValueChangeListener(e -> onChange.run());
        return select;
    }

    /**
     * Writes exactly the rows of a filtered list, page by page from the database, as one sheet: headers
     * and sheet name are message keys; amounts stay yuan, rates percentages, dates Excel dates.
     */
    static <T> void export(OutputStream out, Locale locale, String sheetKey, List<String> headerKeys,
                           Function<Pageable, List<T>> query, Function<T, @Nullable Object[]> row) {
        try (ExcelWriter excel = new ExcelWriter(locale)) {
            ExcelWriter.SheetWriter sheet = excel.sheetOfKeys(sheetKey, headerKeys.toArray(String[]::new));
            Pages.forEach(query, Sort.unsorted(), item -> sheet.row(row.apply(item)));
            excel.write(out);
        }
    }

    /** A rate as Excel shows percentages, or an empty cell. */
    static ExcelWriter.@Nullable Percent excelPercent(@Nullable BigDecimal rate) {
        return rate == null ? null : new ExcelWriter.Percent(rate.doubleValue());
    }

    /** Opens a dialog and hands it back (tests fill it in). */
    static <D extends Dialog> D open(D dialog) {
        dialog.open();
        return dialog;
    }

    /** A list read page by page, sorted and counted in the database. */
    static <T> void lazy(Grid<T> grid, Function<Pageable, List<T>> page, IntSupplier count) {
        grid.setItems(query -> page.apply(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> count.getAsInt());
    }

    /** The area filter's fields followed by the list's own filters and actions, wrapping together. */
    /** The area fields and the list's other filters (fold into one button on a phone), then its actions. */
    static HorizontalLayout toolbar(AreaFilter areas, Component... more) {
        List<Component> filters = new ArrayList<>(areas.fields());
        List<Component> actions = new ArrayList<>();
        for (Component c : more) {
            (c instanceof com.vaadin.flow.component.HasValue<?, ?> ? filters : actions).add(c);
        }
        HorizontalLayout toolbar = ViewToolbar.group(new cn.haitang.console.base.ui.PhoneFilters(
                ViewToolbar.group(filters.toArray(Component[]::new))));
        actions.forEach(toolbar::add);
        return toolbar;
    }
}
