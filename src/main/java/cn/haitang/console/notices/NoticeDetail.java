package cn.haitang.console.notices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A notice as its page shows it: text, audience (town names, empty with allTowns; the roles), read-by and
 * reply-by dates (a reply-by date asks for a reply), attachments.
 */
public record NoticeDetail(long id, String title, String body, boolean allTowns, List<String> towns,
                           boolean toCoordinators, boolean toReviewers, @Nullable LocalDate readBy,
                           @Nullable LocalDate replyBy, String publishedBy, Instant publishedAt,
                           List<AttachmentRow> attachments) {

    public boolean repliesAsked() {
        return replyBy != null;
    }

    public record AttachmentRow(long id, String fileName, long sizeBytes) {
    }
}
