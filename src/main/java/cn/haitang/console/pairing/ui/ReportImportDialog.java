package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.pairing.ImportError;
import cn.haitang.console.pairing.ImportResult;
import cn.haitang.console.pairing.ReportingService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** The all-or-nothing import of reports: template, upload, and the refused rows on screen and as a workbook. */
class ReportImportDialog extends Dialog {

    private static final int MAX_BYTES = 10 * 1024 * 1024;
    private final ReportingService reporting;
    private final Runnable onImported;
    final Grid<ImportError> errors;
    final Paragraph result = new Paragraph();
    final Anchor errorReport;
    private ImportResult last;

    ReportImportDialog(ReportingService reporting, Runnable onImported) {
        this.reporting = reporting;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("pairing.import.title"));
        setWidth("min(900px, 96vw)");
        UI ui = UI.getCurrent();
        SecurityContext security = SecurityContextHolder.getContext();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(security);
            try {
                receive(bytes);
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        })));
        upload.setAcceptedFileTypes(".xlsx", PairingUi.XLSX);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setI18n(PairingUi.uploadI18n(this, "pairing.import.upload"));
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        errors = PairingUi.grid(this);
        errors.addColumn(ImportError::row).setHeader(getTranslation("pairing.import.row")).setAutoWidth(true);
        errors.addColumn(e -> e.column().isEmpty() ? "" : getTranslation(e.column())).setHeader(getTranslation("pairing.import.column"))
                .setAutoWidth(true);
        errors.addColumn(e -> getTranslation(e.messageKey(), e.arguments().toArray())).setHeader(getTranslation("pairing.import.message"))
                .setFlexGrow(3);
        errors.setHeight("300px");
        errors.setVisible(false);
        errorReport = PairingUi.excelLink(this, "pairing.import.errorsDownload", "import-errors",
                (out, locale) -> reporting.errorReport(last, out, locale));
        errorReport.setVisible(false);
        result.setId("import-result");
        add(new Paragraph(getTranslation("pairing.import.help")),
                PairingUi.excelLink(this, "pairing.import.template", "report-template", reporting::template), upload, result,
                errors, errorReport);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    /** Imports an uploaded workbook and shows what happened. */
    void receive(byte[] bytes) {
        last = reporting.importWorkbook(new ByteArrayInputStream(bytes));
        if (last.succeeded()) {
            result.setText(getTranslation("pairing.import.done", last.created(), last.updated()));
            Notifications.success(result.getText());
            errors.setVisible(false);
            errorReport.setVisible(false);
            onImported.run();
        } else {
            result.setText(getTranslation("pairing.import.failed", last.errors().size()));
            errors.setItems(last.errors());
            errors.setVisible(true);
            errorReport.setVisible(true);
        }
    }
}
