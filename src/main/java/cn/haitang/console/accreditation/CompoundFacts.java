package cn.haitang.console.accreditation;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The live facts about a compound that eligibility and conflict checks need, owned by other features
 * (structure: branches; governance: committees, satisfaction, fees, disputes; pairing: institutions).
 * Declared here so the rules can be tested with hand-made facts; {@code LiveCompoundFacts} reads them
 * from the other features' public services. Rates are percentages (92.5 means 92.5%).
 */
public interface CompoundFacts {

    boolean hasEntityBranch(long compoundId);

    boolean hasCommittee(long compoundId);

    Optional<BigDecimal> latestSatisfactionRate(long compoundId);

    Optional<BigDecimal> latestFeeCollectionRate(long compoundId);

    boolean hasOpenSeriousDispute(long compoundId);

    /** The institutions paired with a community (共驻共建). */
    Set<Long> institutionsPairedWithCommunity(long communityId);

    /** An institution's name, for explaining a conflict. */
    Optional<String> institutionName(long institutionId);

    /** Every institution's name by id, in name order: what a reviewer may be affiliated with. */
    java.util.Map<Long, String> institutionNames();

    /**
     * The same facts for checking many compounds of the caller's area (one town when given) at once:
     * an implementation may load the figures in bulk. By default, this.
     */
    default CompoundFacts forMany(@Nullable Long townId) {
        return this;
    }

    /**
     * The same facts for checking exactly these compounds (of the caller's area): an implementation may load
     * all of them in a few queries, and only for these compounds. By default, this.
     */
    default CompoundFacts forCompounds(java.util.Collection<Long> compoundIds) {
        return this;
    }
}
