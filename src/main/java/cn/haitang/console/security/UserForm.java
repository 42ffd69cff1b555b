package cn.haitang.console.security;

import cn.haitang.console.base.Role;
import org.jspecify.annotations.Nullable;

/** What the admin enters for a user; the password only when creating one. */
public record UserForm(String username, String displayName, @Nullable Role role, @Nullable Long townId,
                       @Nullable String password) {
}
