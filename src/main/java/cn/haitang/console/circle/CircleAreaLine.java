package cn.haitang.console.circle;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One town's (or one community's) figures in the breakdown. */
public record CircleAreaLine(long areaId, String areaName, boolean town, long scenesRunning, long personTimesMonth,
                             long personTimesYear, long volunteerMinutesYear, long latePositions) {

    public BigDecimal volunteerHoursYear() {
        return BigDecimal.valueOf(volunteerMinutesYear).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }
}
