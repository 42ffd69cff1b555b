package cn.haitang.console.notices;

import cn.haitang.console.base.Role;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recipient of a notice (of an addressed role and town; a reviewer may have none) and when they read it. */
public record ReceiptRow(long userId, @Nullable String townName, String displayName, Role role, @Nullable Instant readAt) {
}
