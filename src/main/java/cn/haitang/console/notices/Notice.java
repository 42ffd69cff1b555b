package cn.haitang.console.notices;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A notice as published: what it says, to whom (all towns or those in notice_town; coordinators, reviewers or
 * both), read by when, and replied to by when (no date: no reply asked).
 */
@Entity
@Table(name = "notice")
class Notice extends AbstractEntity {

    @Column(nullable = false, length = 100)
    private String title;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "all_towns", nullable = false)
    private boolean allTowns;

    @Column(name = "read_by")
    private @Nullable LocalDate readBy;

    @Column(name = "to_coordinators", nullable = false)
    private boolean toCoordinators;

    @Column(name = "to_reviewers", nullable = false)
    private boolean toReviewers;

    @Column(name = "reply_by")
    private @Nullable LocalDate replyBy;

    @Column(name = "published_by", nullable = false, length = 64, updatable = false)
    private String publishedBy;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    protected Notice() {
        this.title = "";
        this.body = "";
        this.publishedBy = "";
        this.publishedAt = Instant.EPOCH;
    }

    Notice(String title, String body, boolean allTowns, boolean toCoordinators, boolean toReviewers,
           @Nullable LocalDate readBy, @Nullable LocalDate replyBy, String publishedBy, Instant publishedAt) {
        this.toCoordinators = toCoordinators;
        this.toReviewers = toReviewers;
        this.replyBy = replyBy;
        this.title = title;
        this.body = body;
        this.allTowns = allTowns;
        this.readBy = readBy;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    boolean isAllTowns() {
        return allTowns;
    }

    /** A reply is asked for when the notice has a reply-by date. */
    @Nullable LocalDate getReplyBy() {
        return replyBy;
    }
}
