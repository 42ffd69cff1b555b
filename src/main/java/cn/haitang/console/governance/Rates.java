package cn.haitang.console.governance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** Rates as fractions with 4 decimals (0.8760 = 87.60%), empty when there is nothing to divide by. */
public final class Rates {

    private Rates() {
    }

    public static @Nullable BigDecimal of(long numerator, long denominator) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }

    public static @Nullable BigDecimal of(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? null : numerator.divide(denominator, 4, RoundingMode.HALF_UP);
    }
}
