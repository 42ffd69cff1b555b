package cn.haitang.console.notices;

import cn.haitang.console.base.domain.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to a reply to a notice, checked by {@code base.files.Attachments} before it is stored. */
@Entity
@Table(name = "notice_reply_attachment")
class NoticeReplyAttachment extends StoredFile {

    @Column(name = "reply_id", nullable = false, updatable = false)
    private long replyId;

    protected NoticeReplyAttachment() {
    }

    NoticeReplyAttachment(long replyId, String fileName, String contentType, byte[] content, String uploadedBy, Instant uploadedAt) {
        super(fileName, contentType, content, uploadedAt, uploadedBy);
        this.replyId = replyId;
    }

    long getReplyId() {
        return replyId;
    }
}
