package cn.haitang.console.deliberation;

import cn.haitang.console.audit.AuditMasked;
import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A photo or sign-in sheet of a session, stored in the database (never under the web root). */
@Entity(name = "DelibSessionPhoto")
@Table(name = "delib_session_photo")
class SessionPhoto extends AbstractEntity {

    @Column(name = "session_id", nullable = false)
    private long sessionId;
    @Column(name = "file_name", nullable = false, length = 120)
    private String fileName;
    @Column(name = "content_type", nullable = false, length = 64)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    @AuditMasked
    private byte[] content;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;
    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    protected SessionPhoto() {
    }

    SessionPhoto(long sessionId, String fileName, String contentType, byte[] content, Instant uploadedAt, String uploadedBy) {
        this.sessionId = sessionId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    long getSessionId() {
        return sessionId;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    byte[] getContent() {
        return content;
    }
}
