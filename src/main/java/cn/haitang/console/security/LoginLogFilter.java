package cn.haitang.console.security;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Filters of the login log. */
public record LoginLogFilter(String username, @Nullable Boolean success, @Nullable LocalDate from,
                             @Nullable LocalDate to) {

    public static LoginLogFilter none() {
        return new LoginLogFilter("", null, null, null);
    }
}
