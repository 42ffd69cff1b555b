package cn.haitang.console.pairing;

import org.jspecify.annotations.Nullable;

/** The board’s headline figures; medians in days (null when there is nothing to measure). */
public record BoardFigures(long published, long claimed, long resolved, long reopened, long open,
                           @Nullable Double medianDaysToClaim,
                           @Nullable Double medianDaysToClose) {
}
