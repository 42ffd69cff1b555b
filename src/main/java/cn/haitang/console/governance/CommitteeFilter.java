package cn.haitang.console.governance;

import org.jspecify.annotations.Nullable;

/** Filters of the committees overview; expiring within N days of today when set. */
public record CommitteeFilter(@Nullable Long townId, @Nullable CommitteeKind kind, @Nullable Integer expiringWithinDays) {
}
