package cn.haitang.console.notices;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recipient of a notice (a coordinator of an addressed town) and when they read it (null: not yet). */
public record ReceiptRow(long userId, String townName, String displayName, @Nullable Instant readAt) {
}
