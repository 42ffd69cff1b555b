package cn.haitang.console.base.ui;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.files.Attachments;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Set;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one upload field of the console: PDF, JPEG or PNG (or the kinds a feature allows) up to
 * {@link Attachments#MAX_BYTES}, each file handed to the feature's service (which checks it with
 * {@link Attachments#check}) as the signed-in user.
 * Every outcome is said in words below the button — stored, or why not (empty, too large, wrong type,
 * content not matching its name) — and the browser's file list is cleared so no refused file keeps a
 * green tick.
 */
public class AttachmentUpload extends Composite<Div> {

    /** Stores one file; throws the service's refusal. */
    @FunctionalInterface
    public interface Receiver {
        void receive(String fileName, String contentType, byte[] content);
    }

    private final Upload upload;
    private final Span message = new Span();

    public AttachmentUpload(String buttonKey, Receiver receiver, Runnable afterStored) {
        this(buttonKey, Attachments.Kind.DOCUMENTS, receiver, afterStored);
    }

    /** An upload of the given kinds (the service checks the same kinds with {@link Attachments#check}). */
    public AttachmentUpload(String buttonKey, Set<Attachments.Kind> kinds, Receiver receiver, Runnable afterStored) {
        UI ui = UI.getCurrent();
        SecurityContext security = SecurityContextHolder.getContext();
        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(security);
            try {
                if (receive(receiver, meta.fileName(), meta.contentType(), bytes)) {
                    afterStored.run();
                }
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        })));
        upload.setAcceptedFileTypes(Attachments.accepted(kinds));
        upload.setMaxFileSize((int) Attachments.MAX_BYTES);
        upload.setMaxFiles(5);
        UploadI18N i18n = new UploadI18N();
        String add = ui.getTranslation(buttonKey);
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add));
        String drop = ui.getTranslation("upload.drop");
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(ui.getTranslation("upload.error.tooLarge", Attachments.MAX_BYTES / 1024 / 1024))
                .setIncorrectFileType(ui.getTranslation("upload.error.extension", "", Attachments.labels(kinds)))
                .setTooManyFiles(ui.getTranslation("upload.error.tooMany")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> refuse(RuleViolations.message(
                Attachments.refusedByBrowser("file", kinds, e.getFileName(), e.getErrorMessage()))));
        Span hint = new Span(ui.getTranslation("upload.hint", Attachments.MAX_BYTES / 1024 / 1024,
                Attachments.labels(kinds)));
        hint.addClassName("ht-hint");
        message.addClassName("ht-upload-message");
        getContent().add(upload, hint, message);
    }

    /** Hands the file to the service and says what became of it. */
    boolean receive(Receiver receiver, String fileName, String contentType, byte[] content) {
        upload.clearFileList();
        try {
            receiver.receive(fileName, contentType, content);
            message.setText(UI.getCurrent().getTranslation("upload.stored", Attachments.safeFileName(fileName)));
            message.getElement().setAttribute("data-outcome", "stored");
            return true;
        } catch (RuleViolationException e) {
            refuse(RuleViolations.message(e));
            return false;
        }
    }

    private void refuse(String text) {
        upload.clearFileList();
        message.setText(text);
        message.getElement().setAttribute("data-outcome", "refused");
        Notifications.error(text);
    }

    public Upload upload() {
        return upload;
    }

    /** What the last file came to, as the user reads it. */
    public String message() {
        return message.getText();
    }
}
