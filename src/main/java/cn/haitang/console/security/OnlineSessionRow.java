package cn.haitang.console.security;

import cn.haitang.console.base.Role;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A signed-in session as 在线用户 lists it. */
public record OnlineSessionRow(String sessionKey, long userId, String username, String displayName, Role role,
                               @Nullable String townName, String node, @Nullable String remoteAddress,
                               @Nullable String userAgent, Instant startedAt, Instant lastSeenAt) {
}
