package cn.haitang.console.circle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * The circle's figures for the city or one town/street, for a month: positions (with late opening, lent
 * by institutions), scenes (running now), person-times of the month and of its year up to it, volunteer
 * hours of that year, and how many communities have a running scene for each of "一老一小一特".
 */
public record CircleFigures(YearMonth month, long positions, long latePositions, long lentPositions, long scenes,
                            long scenesRunning, long sessionsYear, long personTimesMonth, long personTimesYear,
                            long volunteerMinutesYear, long communities, long elderlyCovered, long childrenCovered,
                            long specialCovered) {

    public BigDecimal volunteerHoursYear() {
        return BigDecimal.valueOf(volunteerMinutesYear).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }
}
