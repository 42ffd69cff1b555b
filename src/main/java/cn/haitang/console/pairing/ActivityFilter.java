package cn.haitang.console.pairing;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** Filters of the activity list; null means any. */
public record ActivityFilter(@Nullable Long townId, @Nullable Long communityId,
                             @Nullable Long institutionId, @Nullable Long typeId,
                             @Nullable YearMonth month) {
    public static ActivityFilter all() {
        return new ActivityFilter(null, null, null, null, null);
    }
}
