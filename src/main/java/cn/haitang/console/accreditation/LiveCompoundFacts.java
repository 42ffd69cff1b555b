package cn.haitang.console.accreditation;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The production facts, read from the structure, governance and pairing features. Until those are
 * merged there is no source for any fact: every figure is missing, so every check fails visibly
 * ("no data") rather than passing by default.
 */
@Component
class LiveCompoundFacts implements CompoundFacts {

    @Override
    public boolean hasEntityBranch(long compoundId) {
        return false;
    }

    @Override
    public boolean hasCommittee(long compoundId) {
        return false;
    }

    @Override
    public Optional<BigDecimal> latestSatisfactionRate(long compoundId) {
        return Optional.empty();
    }

    @Override
    public Optional<BigDecimal> latestFeeCollectionRate(long compoundId) {
        return Optional.empty();
    }

    @Override
    public boolean hasOpenSeriousDispute(long compoundId) {
        return false;
    }

    @Override
    public Set<Long> institutionsPairedWithCommunity(long communityId) {
        return Set.of();
    }

    @Override
    public Optional<String> institutionName(long institutionId) {
        return Optional.empty();
    }
}
