package cn.haitang.console.notices;

import org.jspecify.annotations.Nullable;

/** The notices list's filters: a text in the title, only the caller's unread ones (coordinators). */
public record NoticeFilter(@Nullable String search, boolean unreadOnly) {

    public static NoticeFilter all() {
        return new NoticeFilter(null, false);
    }
}
