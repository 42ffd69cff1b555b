package cn.haitang.console.security;

import cn.haitang.console.base.Role;
import org.jspecify.annotations.Nullable;

/** Filters of the user list: free text over username and name, role, enabled. */
public record UserFilter(String text, @Nullable Role role, @Nullable Boolean enabled) {

    public static UserFilter none() {
        return new UserFilter("", null, null);
    }
}
