package cn.haitang.console.pairing;

import org.jspecify.annotations.Nullable;

/** Filters of the report list; null means any. */
public record ReportFilter(@Nullable Long townId, @Nullable Long communityId,
                           @Nullable Long institutionId, @Nullable ReportKind kind,
                           @Nullable ReportStatus status, @Nullable String name) {
    public static ReportFilter all() {
        return new ReportFilter(null, null, null, null, null, null);
    }
}
