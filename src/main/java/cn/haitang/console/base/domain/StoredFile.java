package cn.haitang.console.base.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A file a user attached (photo, sign-in sheet, voucher), stored in the database and never under the web root:
 * the same columns in every feature's attachment table; the subclass adds what it belongs to. The content is read
 * only when asked for, and the audit log never holds it (it masks every byte array).
 */
@MappedSuperclass
public abstract class StoredFile extends AbstractEntity {

    @Column(name = "file_name", nullable = false, length = 120)
    private String fileName;
    @Column(name = "content_type", nullable = false, length = 64)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;
    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    protected StoredFile() {
    }

    protected StoredFile(String fileName, String contentType, byte[] content, Instant uploadedAt, String uploadedBy) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
