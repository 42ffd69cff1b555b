package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.excel.imports.ImportPreview;
import cn.haitang.console.base.excel.imports.ImportProblem;
import cn.haitang.console.base.excel.imports.ImportResult;
import cn.haitang.console.base.ui.ImportPreviewDialog;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.pairing.ReportImportService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The import of reports: template, upload, then the shared preview (every row, every problem) and only
 * on confirm the all-or-nothing save. The upload goes to a temporary file, read twice as a stream.
 */
class ReportImportDialog extends Dialog {

    static final int MAX_BYTES = 50 * 1024 * 1024;
    private final ReportImportService imports;
    private final Runnable onImported;
    final Grid<ImportProblem> errors;
    final Paragraph result = new Paragraph();
    final Anchor errorReport;
    private final Upload upload;
    @Nullable ImportPreviewDialog preview;
    private List<ImportProblem> lastProblems = List.of();
    private @Nullable Path file;

    ReportImportDialog(ReportImportService imports, Runnable onImported) {
        this.imports = imports;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("pairing.import.title"));
        setWidth("min(900px, 96vw)");
        UI ui = UI.getCurrent();
        SecurityContext security = SecurityContextHolder.getContext();
        upload = new Upload(UploadHandler.toTempFile((meta, tempFile) -> ui.access(() -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(security);
            try {
                receive(tempFile.toPath(), meta.fileName());
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        })));
        upload.setAcceptedFileTypes(".xlsx", ".xls", PairingUi.XLSX, "application/vnd.ms-excel");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setI18n(PairingUi.uploadI18n(this, "pairing.import.upload"));
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        errors = PairingUi.grid(this);
        errors.addColumn(ImportProblem::row).setHeader(getTranslation("pairing.import.row")).setAutoWidth(true);
        errors.addColumn(e -> e.columnHeader(getLocale())).setHeader(getTranslation("pairing.import.column")).setAutoWidth(true);
        errors.addColumn(ImportProblem::value).setHeader(getTranslation("imports.report.value")).setAutoWidth(true);
        errors.addColumn(e -> e.message(getLocale())).setHeader(getTranslation("pairing.import.message")).setFlexGrow(3);
        errors.setHeight("300px");
        errors.setVisible(false);
        errorReport = PairingUi.excelLink(this, "pairing.import.errorsDownload", "import-errors",
                (out, locale) -> imports.errorReport(lastProblems, out, locale));
        errorReport.setVisible(false);
        result.setId("import-result");
        add(new Paragraph(getTranslation("pairing.import.help")),
                PairingUi.excelLink(this, "pairing.import.template", "report-template", imports::template), upload, result,
                errors, errorReport);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        addDetachListener(e -> forget());
    }

    /** Previews an uploaded file; saving waits for the user's confirmation in the preview. */
    void receive(Path uploaded) {
        receive(uploaded, uploaded.getFileName().toString());
    }

    /** Previews an uploaded file (named as the user's computer named it, for the import's audit entry). */
    void receive(Path uploaded, String fileName) {
        forget();
        file = uploaded;
        ImportPreview shown = imports.preview(uploaded);
        lastProblems = shown.problems();
        SecurityContext security = SecurityContextHolder.getContext();
        preview = new ImportPreviewDialog(shown, out -> imports.errorReport(shown.problems(), out, getLocale()), () -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(security);
            try {
                save(uploaded, fileName);
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        });
        preview.open();
        upload.clearFileList(); // one file at a time: a corrected file can be chosen right after a cancelled preview
        showProblems(shown.problems(), shown.problems().isEmpty() ? ""
                : getTranslation("pairing.import.failed", shown.problems().size()));
    }

    /** Saves the previewed file, all rows or none. */
    void save(Path uploaded, String fileName) {
        ImportResult saved = imports.importFile(uploaded, fileName);
        if (saved.succeeded()) {
            result.setText(getTranslation("pairing.import.done", saved.created(), saved.updated()));
            Notifications.success(result.getText());
            showProblems(List.of(), result.getText());
            onImported.run();
        } else {
            showProblems(saved.errors(), getTranslation("pairing.import.failed", saved.errors().size()));
        }
        forget();
    }

    private void showProblems(List<ImportProblem> problems, String text) {
        lastProblems = problems;
        result.setText(text);
        errors.setItems(problems);
        errors.setVisible(!problems.isEmpty());
        errorReport.setVisible(!problems.isEmpty());
    }

    private void forget() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // left for the temp directory's cleanup
            }
            file = null;
        }
    }
}
