package cn.haitang.console.accreditation;

import cn.haitang.console.base.files.Attachments;
import cn.haitang.console.security.CurrentUser;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The materials of an application (申报材料): its coordinator adds and removes them while it is a draft;
 * whoever may read the application may download them. Every file passes the console's one upload check
 * ({@link Attachments#check}: not empty, not too large, and a PDF, image or Word/Excel file by its name,
 * its declared type and its first bytes). The bytes go to the row's content column with JDBC so listing
 * never loads them.
 */
@Service
@Transactional
public class AttachmentService {

    /** What an application may carry: documents and images, and the Word and Excel files of an application form. */
    public static final Set<Attachments.Kind> KINDS = Attachments.Kind.WITH_OFFICE;

    private final AttachmentRepository attachments;
    private final ApplicationAccess access;
    private final AccreditationQueries queries;
    private final Timeline timeline;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;

    AttachmentService(AttachmentRepository attachments, ApplicationAccess access, AccreditationQueries queries,
                      Timeline timeline, CurrentUser currentUser, JdbcTemplate jdbc) {
        this.attachments = attachments;
        this.access = access;
        this.queries = queries;
        this.timeline = timeline;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    public void addAttachment(long applicationId, @Nullable String fileName, @Nullable String contentType,
                              byte @Nullable [] content) {
        Application app = access.ofCoordinator(applicationId);
        ApplicationAccess.requireEditable(app);
        Attachments.Checked file = Attachments.check("attachment", KINDS, fileName, contentType, content);
        Attachment attachment = attachments.saveAndFlush(new Attachment(applicationId, file.fileName(),
                file.contentType(), file.content().length, currentUser.scope().username(), timeline.now()));
        jdbc.update("UPDATE accr_attachment SET content = ? WHERE id = ?", file.content(), attachment.requireId());
    }

    public void removeAttachment(long attachmentId) {
        Attachment attachment = attachments.findById(attachmentId).orElseThrow(ApplicationAccess::notFound);
        ApplicationAccess.requireEditable(access.ofCoordinator(attachment.getApplicationId()));
        attachments.delete(attachment);
    }

    @Transactional(readOnly = true)
    public List<AttachmentRow> attachments(long applicationId) {
        access.readable(applicationId);
        return attachments.findByApplicationIdOrderByUploadedAt(applicationId).stream()
                .map(a -> new AttachmentRow(a.requireId(), a.getFileName(), a.getContentType(), a.getSizeBytes(),
                        a.getUploadedBy(), a.getUploadedAt()))
                .toList();
    }

    @Transactional(readOnly = true)
    public byte[] attachmentContent(long attachmentId) {
        Attachment attachment = attachments.findById(attachmentId).orElseThrow(ApplicationAccess::notFound);
        access.readable(attachment.getApplicationId());
        byte[] bytes = queries.attachmentContent(attachmentId);
        return bytes == null ? new byte[0] : bytes;
    }
}
