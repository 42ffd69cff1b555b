package cn.haitang.console.accreditation;

import org.jspecify.annotations.Nullable;

/** Filters of the registry; null means any. */
public record SiteFilter(@Nullable Level level, @Nullable Long townId, boolean currentOnly) {
}
