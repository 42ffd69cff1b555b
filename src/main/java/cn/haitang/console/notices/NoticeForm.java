package cn.haitang.console.notices;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the city admin writes: title, body, audience (all towns or the chosen ones; coordinators, reviewers or
 * both), read by when and reply by when (both optional; a reply-by date asks the recipients for a reply).
 */
public record NoticeForm(@Nullable String title, @Nullable String body, boolean allTowns, Set<Long> townIds,
                         boolean toCoordinators, boolean toReviewers, @Nullable LocalDate readBy,
                         @Nullable LocalDate replyBy) {

    /** A notice to the coordinators, no reply asked. */
    public NoticeForm(@Nullable String title, @Nullable String body, boolean allTowns, Set<Long> townIds,
                      @Nullable LocalDate readBy) {
        this(title, body, allTowns, townIds, true, false, readBy, null);
    }
}
