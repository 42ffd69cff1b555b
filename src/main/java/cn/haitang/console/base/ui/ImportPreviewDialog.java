package cn.haitang.console.base.ui;

import cn.haitang.console.base.excel.imports.ImportPreview;
import cn.haitang.console.base.excel.imports.ImportProblem;
import cn.haitang.console.base.excel.imports.PreviewRow;
import cn.haitang.console.base.excel.imports.RowStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The preview of an import, shown after upload and before anything is saved: counts, where the header
 * was found and which columns are ignored, every problem at its row and column with the value read
 * (downloadable as a workbook), every row with what saving would do to it (the changes of an update,
 * why a row is skipped). Confirm is offered only when nothing is wrong; the caller saves all rows or none.
 */
public class ImportPreviewDialog extends Dialog {

    public final Paragraph summary = new Paragraph();
    public final Grid<ImportProblem> problems = new Grid<>();
    public final Grid<PreviewRow> rows = new Grid<>();
    public final Checkbox onlyAttention = new Checkbox();
    public final Button confirm;
    public final TabSheet tabs = new TabSheet();
    private final ImportPreview preview;

    public ImportPreviewDialog(ImportPreview preview, Downloads.Writer errorReport, Runnable onConfirm) {
        this.preview = preview;
        setHeaderTitle(getTranslation("imports.preview.title"));
        setWidth("min(1100px, 98vw)");
        setMaxHeight("96vh");
        addClassName("ht-import-preview");
        summary.setText(getTranslation("imports.preview.summary", preview.count(RowStatus.NEW), preview.count(RowStatus.UPDATE),
                preview.count(RowStatus.UNCHANGED), preview.count(RowStatus.SKIPPED), preview.problems().size()));
        summary.addClassName("ht-import-summary");
        add(summary);
        if (preview.headerRow() > 1) {
            add(new Paragraph(getTranslation("imports.preview.header", preview.headerRow())));
        }
        if (!preview.ignoredHeaders().isEmpty()) {
            add(new Paragraph(getTranslation("imports.preview.ignored", String.join("、", preview.ignoredHeaders()))));
        }
        Paragraph next = new Paragraph(getTranslation(!preview.problems().isEmpty() ? "imports.preview.fix"
                : preview.saveable() ? "imports.preview.ready" : "imports.preview.nothing"));
        add(next);

        problems.addColumn(p -> p.row() == 0 ? "" : String.valueOf(p.row())).setHeader(getTranslation("imports.report.row"))
                .setWidth("5em").setFlexGrow(0);
        // the message first after the row: on a phone it is what must stay on screen
        problems.addColumn(p -> p.message(getLocale())).setHeader(getTranslation("imports.report.message")).setFlexGrow(1)
                .setWidth("14em");
        problems.addColumn(p -> p.columnHeader(getLocale())).setHeader(getTranslation("imports.report.column")).setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(ImportProblem::value).setHeader(getTranslation("imports.report.value")).setAutoWidth(true)
                .setFlexGrow(0);
        style(problems);
        problems.setItems(preview.problems());

        rows.addColumn(PreviewRow::row).setHeader(getTranslation("imports.report.row")).setWidth("5em").setFlexGrow(0);
        rows.addComponentColumn(r -> Badges.badge(getTranslation(r.status().messageKey()), tone(r.status())))
                .setHeader(getTranslation("imports.preview.status")).setWidth("7em").setFlexGrow(0);
        rows.addColumn(PreviewRow::label).setHeader(getTranslation("imports.preview.label")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(this::detail).setHeader(getTranslation("imports.preview.changes")).setFlexGrow(1).setWidth("14em");
        style(rows);
        onlyAttention.setLabel(getTranslation("imports.preview.filter"));
        onlyAttention.addValueChangeListener(e -> showRows());
        showRows();

        if (!preview.problems().isEmpty()) {
            Anchor report = Downloads.excel(getTranslation("imports.report.download"), "import-problems.xlsx", errorReport);
            HorizontalLayout problemBar = new HorizontalLayout(report);
            tabs.add(getTranslation("imports.preview.problems") + " (" + preview.problems().size() + ")",
                    new com.vaadin.flow.component.html.Div(problemBar, problems));
        }
        tabs.add(getTranslation("imports.preview.rows") + " (" + preview.rows().size() + ")",
                new com.vaadin.flow.component.html.Div(onlyAttention, rows));
        tabs.setWidthFull();
        add(tabs);

        Button cancel = new Button(getTranslation("imports.preview.cancel"), e -> close());
        confirm = new Button(getTranslation("imports.preview.confirm"), e -> {
            close();
            onConfirm.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(preview.saveable());
        getFooter().add(cancel, confirm);
    }

    private void showRows() {
        List<PreviewRow> shown = onlyAttention.getValue() ? preview.rows().stream()
                .filter(r -> r.status() == RowStatus.ERROR || r.status() == RowStatus.SKIPPED).toList() : preview.rows();
        rows.setItems(shown);
    }

    private String detail(PreviewRow row) {
        if (row.reasonKey() != null) {
            return getTranslation(row.reasonKey());
        }
        if (row.status() == RowStatus.ERROR) {
            return preview.problems().stream().filter(p -> p.row() == row.row())
                    .map(p -> getTranslation("imports.preview.change", p.columnHeader(getLocale()), p.message(getLocale())))
                    .collect(Collectors.joining(getTranslation("imports.preview.separator")));
        }
        return row.changes().stream().map(c -> getTranslation("imports.preview.change", getTranslation(c.column()),
                getTranslation("imports.preview.fromTo", c.before(), c.after())))
                .collect(Collectors.joining(getTranslation("imports.preview.separator")));
    }

    private static Badges.Tone tone(RowStatus status) {
        return switch (status) {
            case NEW -> Badges.Tone.SUCCESS;
            case UPDATE -> Badges.Tone.WARNING;
            case UNCHANGED -> Badges.Tone.NEUTRAL;
            case ERROR -> Badges.Tone.ERROR;
            case SKIPPED -> Badges.Tone.CONTRAST;
        };
    }

    private static void style(Grid<?> grid) {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("360px");
        grid.setWidthFull();
    }

    public List<ImportProblem> shownProblems() {
        return preview.problems();
    }
}
