package cn.haitang.console.base.ui;

import cn.haitang.console.base.excel.ExcelWriter;
import cn.haitang.console.base.excel.imports.ImportPreview;
import cn.haitang.console.base.excel.imports.ImportProblem;
import cn.haitang.console.base.excel.imports.ImportReport;
import cn.haitang.console.base.excel.imports.ImportResult;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every feature's spreadsheet import in one dialog: the template, the upload (to a temporary file, read as a
 * stream), the shared preview of every row and problem, and only on confirm the feature's all-or-nothing save,
 * whose refusals are listed by row and column like the file's own problems and downloadable as a workbook.
 * A feature supplies its {@link Importer} and its texts; the dialog knows no feature.
 */
public class ImportDialog extends Dialog {

    /** What a feature's import service offers the dialog. */
    public interface Importer {
        void template(OutputStream out, Locale locale);

        /** What saving would do, row by row; writes nothing. */
        ImportPreview preview(Path file);

        /** All rows or none; {@code fileName} is the name on the user's computer, for the audit entry. */
        ImportResult save(Path file, String fileName);

        default void errorReport(List<ImportProblem> problems, OutputStream out, Locale locale) {
            ImportReport.write(problems, locale, out);
        }

        /** An importer of a feature service's three methods, e.g. {@code Importer.of(s::template, s::preview, s::importFile)}. */
        static Importer of(java.util.function.BiConsumer<OutputStream, Locale> template, Function<Path, ImportPreview> preview,
                           java.util.function.BiFunction<Path, String, ImportResult> save) {
            return new Importer() {
                @Override
                public void template(OutputStream out, Locale locale) {
                    template.accept(out, locale);
                }

                @Override
                public ImportPreview preview(Path file) {
                    return preview.apply(file);
                }

                @Override
                public ImportResult save(Path file, String fileName) {
                    return save.apply(file, fileName);
                }
            };
        }
    }

    /**
     * The message keys of one import: its title (with its arguments), a help line, the upload button, the
     * template's file name, the message of a refusal (given the number of problems) and that of a success
     * (given the arguments taken from the result).
     */
    public record Texts(String titleKey, List<Object> titleArgs, String helpKey, String uploadKey, String templateFile,
                        String failedKey, String doneKey, Function<ImportResult, Object[]> doneArgs) {
    }

    public static final int MAX_BYTES = 50 * 1024 * 1024;

    public final Grid<ImportProblem> errors = new Grid<>();
    public final Paragraph result = new Paragraph();
    public final Anchor errorReport;
    public @Nullable ImportPreviewDialog preview;
    private final Importer importer;
    private final Texts texts;
    private final Runnable onImported;
    private final Upload upload;
    private List<ImportProblem> lastProblems = List.of();
    private @Nullable Path file;

    public ImportDialog(Importer importer, Texts texts, Runnable onImported) {
        this.importer = importer;
        this.texts = texts;
        this.onImported = onImported;
        setHeaderTitle(getTranslation(texts.titleKey(), texts.titleArgs().toArray()));
        setWidth("min(900px, 96vw)");
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.SIMPLIFIED_CHINESE : ui.getLocale();
        SecurityContext security = SecurityContextHolder.getContext();
        upload = new Upload(UploadHandler.toTempFile((meta, tempFile) -> ui.access(() -> asUser(security,
                () -> receive(tempFile.toPath(), meta.fileName())))));
        upload.setAcceptedFileTypes(".xlsx", ".xls", ExcelWriter.XLSX, "application/vnd.ms-excel");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        UploadI18N i18n = new UploadI18N();
        String add = getTranslation(texts.uploadKey());
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add));
        String drop = getTranslation("upload.drop");
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("imports.file.tooLarge", MAX_BYTES / 1024 / 1024))
                .setIncorrectFileType(getTranslation("imports.file.notSpreadsheet"))
                .setTooManyFiles(getTranslation("imports.file.notSpreadsheet")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        errors.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        errors.addColumn(ImportProblem::row).setHeader(getTranslation("imports.report.row")).setAutoWidth(true);
        errors.addColumn(e -> e.columnHeader(getLocale())).setHeader(getTranslation("imports.report.column")).setAutoWidth(true);
        errors.addColumn(ImportProblem::value).setHeader(getTranslation("imports.report.value")).setAutoWidth(true);
        errors.addColumn(e -> e.message(getLocale())).setHeader(getTranslation("imports.report.message")).setFlexGrow(3);
        errors.setWidthFull();
        errors.setHeight("300px");
        errors.setVisible(false);
        errorReport = Downloads.excel(getTranslation("imports.report.download"), "import-problems.xlsx",
                out -> asUser(security, () -> importer.errorReport(lastProblems, out, locale)));
        errorReport.setVisible(false);
        result.setId("import-result");
        Anchor template = Downloads.excel(getTranslation("imports.template"), texts.templateFile(),
                out -> asUser(security, () -> importer.template(out, locale)));
        add(new Paragraph(getTranslation(texts.helpKey())), template, upload, result, errors, errorReport);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        addDetachListener(e -> forget());
    }

    /** Previews an uploaded file; saving waits for the user's confirmation in the preview. */
    public void receive(Path uploaded) {
        receive(uploaded, uploaded.getFileName().toString());
    }

    /** Previews an uploaded file (named as the user's computer named it, for the import's audit entry). */
    public void receive(Path uploaded, String fileName) {
        forget();
        file = uploaded;
        ImportPreview shown = importer.preview(uploaded);
        SecurityContext security = SecurityContextHolder.getContext();
        preview = new ImportPreviewDialog(shown, out -> importer.errorReport(shown.problems(), out, getLocale()),
                () -> asUser(security, () -> save(uploaded, fileName)));
        preview.open();
        upload.clearFileList(); // one file at a time: a corrected file can be chosen right after a cancelled preview
        showProblems(shown.problems(), shown.problems().isEmpty() ? "" : getTranslation(texts.failedKey(), shown.problems().size()));
    }

    /** Saves the previewed file, all rows or none. */
    public void save(Path uploaded, String fileName) {
        ImportResult saved = importer.save(uploaded, fileName);
        if (saved.succeeded()) {
            showProblems(List.of(), getTranslation(texts.doneKey(), texts.doneArgs().apply(saved)));
            Notifications.success(result.getText());
            onImported.run();
        } else {
            showProblems(saved.errors(), getTranslation(texts.failedKey(), saved.errors().size()));
        }
        forget();
    }

    public List<ImportProblem> problems() {
        return lastProblems;
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

    /** Upload and download callbacks run outside the request that opened the dialog: they act as its user. */
    private static void asUser(SecurityContext security, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(security);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
