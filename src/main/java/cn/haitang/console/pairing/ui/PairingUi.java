package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.excel.ExcelWriter;
import cn.haitang.console.base.ui.AreaFilter;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Downloads;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import cn.haitang.console.pairing.Named;
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

/** Small pieces only the pairing views share: their grids, month pickers, state badges and Excel links. */
final class PairingUi {

    private PairingUi() {
    }

    static <T> Grid<T> grid(Component owner) {
        Grid<T> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(owner.getTranslation("grid.empty"));
        grid.setSizeFull();
        return grid;
    }

    /** A matter's state as a badge: in progress warns, done is green, closed is filled green. */
    static Span stateBadge(Component owner, cn.haitang.console.pairing.MatterState state) {
        Span badge = Badges.badge(owner.getTranslation(state.messageKey()), switch (state) {
            case RAISED -> Badges.Tone.CONTRAST;
            case PUBLISHED -> Badges.Tone.NEUTRAL;
            case CLAIMED, IN_PROGRESS -> Badges.Tone.WARNING;
            case RESOLVED, ACCEPTED, CLOSED -> Badges.Tone.SUCCESS;
        });
        if (state == cn.haitang.console.pairing.MatterState.CLOSED) {
            badge.getElement().getThemeList().add("primary");
        }
        return badge;
    }

    /**
     * The export link of a list: an .xlsx named after the list and the day, written by the service when
     * clicked, in the user's language.
     */
    static Anchor export(Component owner, String name, Clock clock, BiConsumer<OutputStream, Locale> writer) {
        Locale locale = UI.getCurrent() == null ? Locale.SIMPLIFIED_CHINESE : UI.getCurrent().getLocale();
        return Downloads.excel(owner, name + "-" + LocalDate.now(clock) + ".xlsx", out -> writer.accept(out, locale));
    }

    /** The area filter's fields followed by a list's other filters and buttons, for one toolbar group. */
    static Component[] afterAreas(AreaFilter areas, Component... more) {
        List<Component> all = new ArrayList<>(areas.fields());
        all.addAll(List.of(more));
        return all.toArray(Component[]::new);
    }

    /** The institution filter the activity and report lists show beside the area filter. */
    static ComboBox<Named> institutionFilter(Component owner, List<Named> options, Runnable onChange) {
        ComboBox<Named> institution = new ComboBox<>(owner.getTranslation("pairing.institution"));
        institution.setPlaceholder(owner.getTranslation("pairing.allInstitutions"));
        institution.setItems(options);
        institution.setItemLabelGenerator(Named::name);
        institution.setClearButtonVisible(true);
        institution.addValueChangeListener(e -> onChange.run());
        return institution;
    }

    /** A filter that picks one of a list's values, or any: the empty choice says "all …". */
    static <T> void anyOf(Select<T> select, Component owner, @Nullable String labelKey, String allKey, Collection<T> items,
                          Function<T, String> label, Runnable onChange) {
        if (labelKey != null) {
            select.setLabel(owner.getTranslation(labelKey));
        }
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(owner.getTranslation(allKey));
        select.setItemLabelGenerator(v -> v == null ? owner.getTranslation(allKey) : label.apply(v));
        select.addValueChangeListener(e -> onChange.run());
    }

    /** The last 13 months, newest first, as a select (empty = any month when {@code allowEmpty}). */
    static Select<YearMonth> monthSelect(Component owner, String labelKey, boolean allowEmpty, LocalDate today) {
        Select<YearMonth> select = new Select<>();
        select.setLabel(owner.getTranslation(labelKey));
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            months.add(YearMonth.from(today).minusMonths(i));
        }
        select.setItems(months);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM");
        select.setItemLabelGenerator(m -> m == null ? owner.getTranslation("pairing.none") : format.format(m));
        if (allowEmpty) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(owner.getTranslation("pairing.none"));
        }
        return select;
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

    // ---- for the report import dialog only, until the shared import (issue 13) replaces it ------------

    static final String XLSX = ExcelWriter.XLSX;

    /**
     * A link that streams an Excel file written by the service. The writer runs in the download request
     * with the security context captured when the link was built, so the service applies the same scope.
     */
    static Anchor excelLink(Component owner, String textKey, String fileName, BiConsumer<OutputStream, Locale> writer) {
        Locale locale = UI.getCurrent() == null ? Locale.SIMPLIFIED_CHINESE : UI.getCurrent().getLocale();
        SecurityContext security = SecurityContextHolder.getContext();
        Anchor anchor = new Anchor((DownloadHandler) event -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(security);
            try {
                event.setFileName(fileName + "-" + LocalDate.now() + ".xlsx");
                event.setContentType(XLSX);
                try (OutputStream out = event.getOutputStream()) {
                    writer.accept(out, locale);
                }
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }, "");
        Button button = new Button(owner.getTranslation(textKey), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        anchor.add(button);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    static UploadI18N uploadI18n(Component owner, String buttonKey) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation(buttonKey)).setMany(owner.getTranslation(buttonKey)));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation("pairing.attachment.drop"))
                .setMany(owner.getTranslation("pairing.attachment.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(owner.getTranslation("pairing.error.attachment.tooLarge", 10))
                .setIncorrectFileType(owner.getTranslation("pairing.error.attachment.type"))
                .setTooManyFiles(owner.getTranslation("pairing.error.attachment.type")));
        return i18n;
    }
}
