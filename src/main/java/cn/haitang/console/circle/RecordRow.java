package cn.haitang.console.circle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** A session in a list; volunteer hours are the session's length times the named people who served. */
public record RecordRow(long id, long version, long sceneId, String sceneName, String typeName, String townName,
                        String communityName, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, int participants,
                        int servers, BigDecimal volunteerHours, @Nullable String overCapacity, @Nullable String note) {
}
