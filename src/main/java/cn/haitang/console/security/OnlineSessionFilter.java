package cn.haitang.console.security;

import org.jspecify.annotations.Nullable;

/** 在线用户's filters: a user name or display name fragment, a node. */
public record OnlineSessionFilter(@Nullable String text, @Nullable String node) {

    public static OnlineSessionFilter none() {
        return new OnlineSessionFilter(null, null);
    }
}
