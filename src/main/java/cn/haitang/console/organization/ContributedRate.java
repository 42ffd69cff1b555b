package cn.haitang.console.organization;

/** A rate another feature contributes to the coverage figures (numerator over denominator). */
public record ContributedRate(String key, String titleKey, int numerator, int denominator) {

    /** The rate in percent, two decimals; null when there is nothing to divide by. */
    public java.math.@org.jspecify.annotations.Nullable BigDecimal percent() {
        return CoverageFigures.percent(numerator, denominator);
    }
}
