package cn.haitang.console.security;

import cn.haitang.console.base.Role;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A user as the management grid and form show it. */
public record UserRow(long id, long version, String username, String displayName, Role role,
                      @Nullable Long townId, @Nullable String townName, boolean enabled, Instant createdAt) {
}
