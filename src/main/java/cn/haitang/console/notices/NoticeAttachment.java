package cn.haitang.console.notices;

import cn.haitang.console.base.domain.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to a notice, checked by {@code base.files.Attachments} before it is stored. */
@Entity
@Table(name = "notice_attachment")
class NoticeAttachment extends StoredFile {

    @Column(name = "notice_id", nullable = false, updatable = false)
    private long noticeId;

    protected NoticeAttachment() {
    }

    NoticeAttachment(long noticeId, String fileName, String contentType, byte[] content, String uploadedBy, Instant uploadedAt) {
        super(fileName, contentType, content, uploadedAt, uploadedBy);
        this.noticeId = noticeId;
    }

    long getNoticeId() {
        return noticeId;
    }
}
