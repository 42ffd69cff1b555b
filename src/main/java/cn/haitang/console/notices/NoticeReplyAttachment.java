package cn.haitang.console.notices;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to a reply to a notice, checked by {@code base.files.Attachments} before it is stored. */
@Entity
@Table(name = "notice_reply_attachment")
class NoticeReplyAttachment extends AbstractEntity {

    @Column(name = "reply_id", nullable = false, updatable = false)
    private long replyId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected NoticeReplyAttachment() {
        this.fileName = "";
        this.contentType = "";
        this.content = new byte[0];
        this.uploadedBy = "";
        this.uploadedAt = Instant.EPOCH;
    }

    NoticeReplyAttachment(long replyId, String fileName, String contentType, byte[] content, String uploadedBy,
                     Instant uploadedAt) {
        this.replyId = replyId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    long getReplyId() {
        return replyId;
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
