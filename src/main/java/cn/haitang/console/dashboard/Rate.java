package cn.haitang.console.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** A rate as its owner counted it: numerator over denominator; shown in percent with two decimals. */
public record Rate(long numerator, long denominator) {

    /** Percent with two decimals (92.09), or null when there is nothing to divide by. */
    public @Nullable BigDecimal percent() {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }

    /** The fraction for spreadsheets with a percent style (0.9209), or null. */
    public @Nullable Double fraction() {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
