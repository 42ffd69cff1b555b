package cn.haitang.console.funds.ui;

import cn.haitang.console.base.excel.imports.ImportPreview;
import cn.haitang.console.base.excel.imports.ImportProblem;
import cn.haitang.console.base.excel.imports.ImportResult;
import cn.haitang.console.base.ui.Downloads;
import cn.haitang.console.base.ui.ImportPreviewDialog;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.funds.FundRow;
import cn.haitang.console.funds.MovementImportService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The import of a fund's movements: the template, the upload, the shared preview (every row, every
 * problem), and only on confirm the all-or-nothing save, whose refusals (a row the ledger refuses) are
 * listed by row and column like the file's own problems.
 */
class MovementImportDialog extends Dialog {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private final MovementImportService imports;
    private final long fundId;
    private final Runnable onImported;
    final Grid<ImportProblem> errors;
    final Paragraph result = new Paragraph();
    private final Upload upload;
    @Nullable ImportPreviewDialog preview;
    private List<ImportProblem> lastProblems = List.of();

    MovementImportDialog(MovementImportService imports, FundRow fund, Runnable onImported) {
        this.imports = imports;
        this.fundId = fund.id();
        this.onImported = onImported;
        setHeaderTitle(getTranslation("funds.import.title", fund.name()));
        setWidth("min(900px, 96vw)");
        UI ui = UI.getCurrent();
        SecurityContext security = SecurityContextHolder.getContext();
        upload = new Upload(UploadHandler.toTempFile((meta, tempFile) -> ui.access(() -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(security);
            try {
                receive(tempFile.toPath());
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        })));
        upload.setAcceptedFileTypes(".xlsx", ".xls");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        UploadI18N i18n = new UploadI18N();
        String add = getTranslation("funds.import.upload");
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add));
        String drop = getTranslation("upload.drop");
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        errors = FundsUi.grid(this);
        errors.addColumn(ImportProblem::row).setHeader(getTranslation("funds.import.row")).setAutoWidth(true);
        errors.addColumn(e -> e.columnHeader(getLocale())).setHeader(getTranslation("funds.import.column")).setAutoWidth(true);
        errors.addColumn(ImportProblem::value).setHeader(getTranslation("imports.report.value")).setAutoWidth(true);
        errors.addColumn(e -> e.message(getLocale())).setHeader(getTranslation("funds.import.message")).setFlexGrow(3);
        errors.setHeight("260px");
        errors.setVisible(false);
        result.setId("movement-import-result");
        Locale locale = ui == null ? Locale.SIMPLIFIED_CHINESE : ui.getLocale();
        Anchor template = Downloads.excel(getTranslation("funds.import.template"), "movements-template.xlsx",
                out -> imports.template(fundId, out, locale));
        add(new Paragraph(getTranslation("funds.import.help")), template, upload, result, errors);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    /** Previews an uploaded file; saving waits for the user's confirmation in the preview. */
    void receive(Path uploaded) {
        ImportPreview shown = imports.preview(fundId, uploaded);
        SecurityContext security = SecurityContextHolder.getContext();
        preview = new ImportPreviewDialog(shown, out -> imports.errorReport(shown.problems(), out, getLocale()), () -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(security);
            try {
                save(uploaded);
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        });
        preview.open();
        upload.clearFileList();
        showProblems(shown.problems(), shown.problems().isEmpty() ? ""
                : getTranslation("funds.import.failed", shown.problems().size()));
    }

    /** Saves the previewed file, all rows or none. */
    void save(Path uploaded) {
        ImportResult saved = imports.importFile(fundId, uploaded);
        if (saved.succeeded()) {
            showProblems(List.of(), getTranslation("funds.import.done", saved.created()));
            Notifications.success(result.getText());
            onImported.run();
        } else {
            showProblems(saved.errors(), getTranslation("funds.import.failed", saved.errors().size()));
        }
        try {
            Files.deleteIfExists(uploaded);
        } catch (IOException e) {
            // left for the temp directory's cleanup
        }
    }

    private void showProblems(List<ImportProblem> problems, String text) {
        lastProblems = problems;
        result.setText(text);
        errors.setItems(problems);
        errors.setVisible(!problems.isEmpty());
    }

    List<ImportProblem> problems() {
        return lastProblems;
    }
}
