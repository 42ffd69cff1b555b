package cn.haitang.console.organization.ui;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.base.excel.imports.ImportPreview;
import cn.haitang.console.base.excel.imports.ImportProblem;
import cn.haitang.console.base.excel.imports.ImportResult;
import cn.haitang.console.base.ui.ImportPreviewDialog;
import cn.haitang.console.organization.ImportKind;
import cn.haitang.console.organization.StructureExcel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Excel import of compounds, branches, grid groups or central households: download the template, fill
 * it in, upload; all rows are saved or none, and every bad row is listed here and in a workbook.
 */
@Route("structure/import")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 13, icon = "vaadin:upload", title = "nav.import")
public class ImportView extends Main implements HasDynamicTitle {

    static final int MAX_BYTES = 20 * 1024 * 1024;

    private final StructureExcel excel;
    final Select<ImportKind> kind = new Select<>();
    final Upload upload = new Upload();
    final Paragraph outcome = new Paragraph();
    final Grid<ImportProblem> errors = new Grid<>();
    final Div templateHolder = new Div();
    final Div reportHolder = new Div();
    List<ImportProblem> last = List.of();
    @Nullable ImportPreviewDialog preview;

    public ImportView(StructureExcel excel) {
        this.excel = excel;
        addClassName("ht-view");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(ImportKind.COMPOUND);
        kind.addValueChangeListener(e -> template());
        template();

        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> handle(metadata.fileName(), bytes))));
        upload.setAcceptedFileTypes(".xlsx", ".xls", StructureExcel.XLSX, "application/vnd.ms-excel");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setI18n(i18n());
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("import.error.tooLarge")));

        errors.addColumn(ImportProblem::row).setHeader(getTranslation("import.row")).setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(p -> p.columnHeader(getLocale())).setHeader(getTranslation("import.column")).setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(ImportProblem::value).setHeader(getTranslation("imports.report.value")).setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(p -> p.message(getLocale())).setHeader(getTranslation("import.message")).setFlexGrow(1);
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        errors.setEmptyStateText(getTranslation("grid.empty"));
        errors.setVisible(false);
        errors.setHeight("420px");

        Paragraph help = new Paragraph(getTranslation("import.help"));
        add(new ViewToolbar(getTranslation("import.title"), ViewToolbar.group(kind, templateHolder)), help, upload, outcome,
                reportHolder, errors);
        getStyle().set("padding", "0 var(--lumo-space-m) var(--lumo-space-l)");
    }

    private void template() {
        ImportKind selected = kind.getValue();
        templateHolder.removeAll();
        templateHolder.add(Downloads.excel(getTranslation("import.template"), "template-" + selected.name().toLowerCase()
                + ".xlsx", out -> out.write(excel.template(selected, getLocale()))));
    }

    /** Previews an uploaded workbook; saving waits for the user's confirmation (public to the package for tests). */
    void handle(String fileName, byte[] bytes) {
        reportHolder.removeAll();
        ImportKind selected = kind.getValue();
        ImportPreview shown;
        try {
            shown = excel.preview(selected, bytes, getLocale());
        } catch (RuleViolationException e) {
            Notifications.error(RuleViolations.message(e));
            return;
        }
        showProblems(shown.problems());
        if (!shown.problems().isEmpty()) {
            outcome.setText(getTranslation("import.failed", shown.problems().size()));
        } else {
            outcome.setText("");
        }
        preview = new ImportPreviewDialog(shown, out -> excel.errorReport(shown.problems(), getLocale(), out),
                () -> save(selected, bytes));
        preview.open();
        upload.clearFileList();
    }

    /** Saves the previewed file: all rows or none. */
    void save(ImportKind selected, byte[] bytes) {
        ImportResult result;
        try {
            result = excel.importWorkbook(selected, bytes, getLocale());
        } catch (RuleViolationException e) {
            Notifications.error(RuleViolations.message(e));
            return;
        }
        if (result.succeeded()) {
            outcome.setText(getTranslation("import.ok", result.created(), result.updated()));
            Notifications.success(outcome.getText());
        } else {
            outcome.setText(getTranslation("import.failed", result.errors().size()));
            Notifications.error(outcome.getText());
        }
        showProblems(result.errors());
    }

    private void showProblems(List<ImportProblem> problems) {
        last = problems;
        reportHolder.removeAll();
        errors.setItems(problems);
        errors.setVisible(!problems.isEmpty());
        if (!problems.isEmpty()) {
            reportHolder.add(Downloads.excel(getTranslation("import.report"), "import-errors.xlsx",
                    out -> excel.errorReport(problems, getLocale(), out)));
        }
    }

    List<ImportProblem> shownErrors() {
        return last;
    }

    private UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload")).setMany(getTranslation("import.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.drop")).setMany(getTranslation("import.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("import.error.tooLarge"))
                .setIncorrectFileType(getTranslation("import.error.file")).setTooManyFiles(getTranslation("import.error.file")));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · " + getTranslation("app.name");
    }
}
