package cn.haitang.console.accreditation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a compound may be accredited at a level, from its live facts and the round's thresholds.
 * Pure: no database, so every rule is unit-tested with hand-made facts.
 */
public final class EligibilityRules {

    private EligibilityRules() {
    }

    /**
     * @param holdsPrerequisite whether the compound currently holds the level below (ignored for city level)
     */
    public static Eligibility check(long compoundId, CompoundFacts facts, Level level, BigDecimal minSatisfaction,
                                    BigDecimal minFeeCollection, boolean holdsPrerequisite) {
        List<Eligibility.Result> results = new ArrayList<>();
        results.add(new Eligibility.Result(EligibilityCheck.ENTITY_BRANCH, facts.hasEntityBranch(compoundId), null));
        results.add(new Eligibility.Result(EligibilityCheck.COMMITTEE, facts.hasCommittee(compoundId), null));
        results.add(rate(EligibilityCheck.SATISFACTION, facts.latestSatisfactionRate(compoundId), minSatisfaction));
        results.add(rate(EligibilityCheck.FEE_COLLECTION, facts.latestFeeCollectionRate(compoundId), minFeeCollection));
        results.add(new Eligibility.Result(EligibilityCheck.NO_SERIOUS_DISPUTE, !facts.hasOpenSeriousDispute(compoundId), null));
        if (level.prerequisite() != null) {
            results.add(new Eligibility.Result(EligibilityCheck.LOWER_LEVEL, holdsPrerequisite, level.prerequisite().name()));
        }
        return new Eligibility(List.copyOf(results));
    }

    /** A missing figure fails: nothing is accredited on figures nobody recorded. */
    private static Eligibility.Result rate(EligibilityCheck check, Optional<BigDecimal> value, BigDecimal minimum) {
        return value.map(v -> new Eligibility.Result(check, v.compareTo(minimum) >= 0, v.stripTrailingZeros().toPlainString()))
                .orElseGet(() -> new Eligibility.Result(check, false, null));
    }
}
