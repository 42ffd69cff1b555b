package cn.haitang.console.deliberation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Civil Code art. 278, exactly: an owners' joint decision is valid when owners holding at least two thirds of
 * the exclusive area and at least two thirds of all owners take part; it passes with at least three quarters
 * of the participating area and of the participating owners for items 6–8 ({@link VoteItem#needsThreeQuarters}),
 * with more than half of both for every other item. "At least" includes the bound itself (art. 1259), "more
 * than half" does not. Compared by cross-multiplying decimals and integers: no rounding, no floating point.
 */
public final class Article278 {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    private Article278() {
    }

    /** The figures a decision rests on: the compound's totals, who took part (abstentions included), who agreed. */
    public record Tally(BigDecimal totalArea, long totalOwners, BigDecimal participatingArea, long participatingOwners,
                        BigDecimal agreeArea, long agreeOwners) {
    }

    /** Each of the four conditions, and the majority the item required. */
    public record Result(Tally tally, boolean threeQuarters, boolean areaTookPart, boolean ownersTookPart,
                         boolean areaAgreed, boolean ownersAgreed) {

        public boolean quorate() {
            return areaTookPart && ownersTookPart;
        }

        public boolean passed() {
            return quorate() && areaAgreed && ownersAgreed;
        }
    }

    public static Result decide(VoteItem item, Tally t) {
        boolean areaTookPart = t.participatingArea().multiply(THREE).compareTo(t.totalArea().multiply(TWO)) >= 0;
        boolean ownersTookPart = t.participatingOwners() * 3 >= t.totalOwners() * 2;
        boolean areaAgreed;
        boolean ownersAgreed;
        if (item.needsThreeQuarters()) {
            areaAgreed = t.agreeArea().multiply(FOUR).compareTo(t.participatingArea().multiply(THREE)) >= 0;
            ownersAgreed = t.agreeOwners() * 4 >= t.participatingOwners() * 3;
        } else {
            areaAgreed = t.agreeArea().multiply(TWO).compareTo(t.participatingArea()) > 0;
            ownersAgreed = t.agreeOwners() * 2 > t.participatingOwners();
        }
        boolean anyone = t.participatingOwners() > 0 && t.participatingArea().signum() > 0;
        return new Result(t, item.needsThreeQuarters(), areaTookPart && anyone, ownersTookPart && anyone,
                areaAgreed && anyone, ownersAgreed && anyone);
    }

    /** A share as a percentage with two decimals, for display only (the decision never uses it). */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }
}
