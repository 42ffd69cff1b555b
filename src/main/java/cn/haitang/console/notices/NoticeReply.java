package cn.haitang.console.notices;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A recipient's reply to a notice that asks for one; its town is the replier's (none for a reviewer without one). */
@Entity
@Table(name = "notice_reply")
class NoticeReply extends AbstractEntity {

    @Column(name = "notice_id", nullable = false, updatable = false)
    private long noticeId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "town_id", updatable = false)
    private @Nullable Long townId;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "replied_at", nullable = false, updatable = false)
    private Instant repliedAt;

    protected NoticeReply() {
        this.body = "";
        this.repliedAt = Instant.EPOCH;
    }

    NoticeReply(long noticeId, long userId, @Nullable Long townId, String body, Instant repliedAt) {
        this.noticeId = noticeId;
        this.userId = userId;
        this.townId = townId;
        this.body = body;
        this.repliedAt = repliedAt;
    }

    long getNoticeId() {
        return noticeId;
    }

    @Nullable Long getTownId() {
        return townId;
    }

    long getUserId() {
        return userId;
    }
}
