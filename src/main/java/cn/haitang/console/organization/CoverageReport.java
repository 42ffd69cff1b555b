package cn.haitang.console.organization;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A full set of coverage figures: the total of the caller's area (the city, or their town/street),
 * each town/street and each community; current, or as of a month's snapshot (then with when it was taken).
 */
public record CoverageReport(@Nullable YearMonth asOf, @Nullable Instant takenAt, CoverageFigures total,
                             List<CoverageFigures> towns, List<CoverageFigures> communities) {
}
