package cn.haitang.console.accreditation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The result of an application from its reviewers' totals: the mean, or the trimmed mean (one highest
 * and one lowest dropped) when five or more scored; a spread (highest − lowest) above the round's
 * threshold flags it for discussion. Pure, unit-tested.
 */
public final class ScoreAggregation {

    public static final int TRIM_FROM = 5;

    public record Aggregate(BigDecimal result, BigDecimal spread, boolean trimmed, boolean flagged) {
    }

    private ScoreAggregation() {
    }

    public static Aggregate of(List<BigDecimal> totals, BigDecimal spreadThreshold) {
        if (totals.isEmpty()) {
            throw new IllegalArgumentException("no scores");
        }
        List<BigDecimal> sorted = new ArrayList<>(totals);
        Collections.sort(sorted);
        BigDecimal spread = sorted.getLast().subtract(sorted.getFirst()).setScale(2, RoundingMode.HALF_UP);
        boolean trimmed = sorted.size() >= TRIM_FROM;
        List<BigDecimal> counted = trimmed ? sorted.subList(1, sorted.size() - 1) : sorted;
        BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal result = sum.divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP);
        return new Aggregate(result, spread, trimmed, spread.compareTo(spreadThreshold) > 0);
    }
}
