package cn.haitang.console.pairing;

import org.jspecify.annotations.Nullable;

/** Medians of one category or town. */
public record MedianRow(String key, long matters, @Nullable Double medianDaysToClaim,
                        @Nullable Double medianDaysToClose) {
}
