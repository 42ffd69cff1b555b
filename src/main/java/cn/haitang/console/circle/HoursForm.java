package cn.haitang.console.circle;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** One opening slot as entered; what is left empty stays null and is refused at its row. */
public record HoursForm(@Nullable DayOfWeek weekday, @Nullable LocalTime opens, @Nullable LocalTime closes,
                        @Nullable Slot slot) {
}
