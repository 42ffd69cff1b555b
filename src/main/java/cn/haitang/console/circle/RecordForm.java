package cn.haitang.console.circle;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A session as entered: when it was held, how many took part, why more than the capacity came (needed
 * only then), a note, and the reported volunteers and in-service members who served (their report ids).
 */
public record RecordForm(long sceneId, @Nullable LocalDate heldOn, @Nullable LocalTime startsAt,
                         @Nullable LocalTime endsAt, @Nullable Integer participants,
                         @Nullable String overCapacityReason, @Nullable String note, List<Long> reportIds) {
}
