package cn.haitang.console.circle;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** Filters of the session list; null means any. */
public record RecordFilter(@Nullable Long townId, @Nullable Long communityId, @Nullable Long sceneId,
                           @Nullable YearMonth month) {
    public static RecordFilter all() {
        return new RecordFilter(null, null, null, null);
    }
}
