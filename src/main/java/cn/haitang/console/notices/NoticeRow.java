package cn.haitang.console.notices;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A line of the notices list. For the admin: how many coordinators it reaches and how many have read it;
 * for a coordinator: when they read it (null: unread).
 */
public record NoticeRow(long id, String title, Instant publishedAt, @Nullable LocalDate readBy, boolean allTowns,
                        long recipients, long readers, @Nullable Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
