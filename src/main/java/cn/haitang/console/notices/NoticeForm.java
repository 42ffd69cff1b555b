package cn.haitang.console.notices;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the city admin writes: title, body, audience (all towns, or the chosen ones), read by when (optional). */
public record NoticeForm(@Nullable String title, @Nullable String body, boolean allTowns, Set<Long> townIds,
                         @Nullable LocalDate readBy) {
}
