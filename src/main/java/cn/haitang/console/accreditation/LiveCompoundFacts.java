package cn.haitang.console.accreditation;

import cn.haitang.console.governance.CompoundPropertyFigures;
import cn.haitang.console.governance.GovernanceService;
import cn.haitang.console.organization.BranchType;
import cn.haitang.console.organization.OrganizationService;
import cn.haitang.console.pairing.PairingFacts;
import cn.haitang.console.pairing.PairingService;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The production facts, read through the other features' public services (which apply the caller's
 * scope themselves): structure for entity branches, governance for committees, the latest satisfaction
 * and fee-collection rates (fractions there, percentages here) and serious disputes, pairing for the
 * institutions actively paired with a community (ids only, whoever asks: {@link PairingFacts}).
 */
@Component
class LiveCompoundFacts implements CompoundFacts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final OrganizationService organization;
    private final GovernanceService governance;
    private final PairingService pairing;
    private final PairingFacts pairingFacts;

    LiveCompoundFacts(OrganizationService organization, GovernanceService governance, PairingService pairing,
                      PairingFacts pairingFacts) {
        this.organization = organization;
        this.governance = governance;
        this.pairing = pairing;
        this.pairingFacts = pairingFacts;
    }

    @Override
    public boolean hasEntityBranch(long compoundId) {
        return organization.findBranch(compoundId, BranchType.ENTITY).isPresent();
    }

    @Override
    public boolean hasCommittee(long compoundId) {
        return governance.hasCommittee(compoundId);
    }

    @Override
    public Optional<BigDecimal> latestSatisfactionRate(long compoundId) {
        return percent(governance.latestPropertyFigures(compoundId).satisfactionRate());
    }

    @Override
    public Optional<BigDecimal> latestFeeCollectionRate(long compoundId) {
        CompoundPropertyFigures figures = governance.latestPropertyFigures(compoundId);
        return percent(figures.feeRate());
    }

    @Override
    public boolean hasOpenSeriousDispute(long compoundId) {
        return governance.hasOpenSeriousDispute(compoundId);
    }

    /** Scope-free (ids only): the conflict rule must hold when a reviewer, who sees no community, scores. */
    @Override
    public Set<Long> institutionsPairedWithCommunity(long communityId) {
        return pairingFacts.institutionsActivelyPairedWith(communityId);
    }

    @Override
    public Optional<String> institutionName(long institutionId) {
        return Optional.of(pairing.institution(institutionId).name());
    }

    @Override
    public java.util.Map<Long, String> institutionNames() {
        // id and name only: the institutions list's row carries per-institution counts (1.5 s at 10× volume)
        java.util.Map<Long, String> names = new java.util.LinkedHashMap<>();
        pairing.institutionOptions().forEach(i -> names.put(i.id(), i.name()));
        return names;
    }

    /** Rates and serious disputes of the whole area in two queries; branches and committees stay per compound. */
    @Override
    public CompoundFacts forMany(@Nullable Long townId) {
        return bulk(governance.latestPropertyFiguresOfTown(townId), governance.compoundsWithOpenSeriousDispute(townId),
                null, null);
    }

    /** Rates, serious disputes, committees and entity branches of just these compounds, in four queries. */
    @Override
    public CompoundFacts forCompounds(java.util.Collection<Long> compoundIds) {
        GovernanceService.CompoundsFacts known = governance.factsOf(compoundIds);
        return bulk(known.figures(), known.seriouslyDisputed(),
                organization.compoundsWithBranch(compoundIds, BranchType.ENTITY), known.withCommittee());
    }

    /** Facts answered from what was loaded in bulk; branches and committees per compound when not loaded (null). */
    private CompoundFacts bulk(java.util.Map<Long, CompoundPropertyFigures> figures, Set<Long> disputed,
                               @Nullable Set<Long> withEntityBranch, @Nullable Set<Long> withCommittee) {
        LiveCompoundFacts live = this;
        return new CompoundFacts() {
            @Override
            public boolean hasEntityBranch(long compoundId) {
                return withEntityBranch == null ? live.hasEntityBranch(compoundId) : withEntityBranch.contains(compoundId);
            }

            @Override
            public boolean hasCommittee(long compoundId) {
                return withCommittee == null ? live.hasCommittee(compoundId) : withCommittee.contains(compoundId);
            }

            @Override
            public Optional<BigDecimal> latestSatisfactionRate(long compoundId) {
                CompoundPropertyFigures f = figures.get(compoundId);
                return f == null ? Optional.empty() : percent(f.satisfactionRate());
            }

            @Override
            public Optional<BigDecimal> latestFeeCollectionRate(long compoundId) {
                CompoundPropertyFigures f = figures.get(compoundId);
                return f == null ? Optional.empty() : percent(f.feeRate());
            }

            @Override
            public boolean hasOpenSeriousDispute(long compoundId) {
                return disputed.contains(compoundId);
            }

            @Override
            public Set<Long> institutionsPairedWithCommunity(long communityId) {
                return live.institutionsPairedWithCommunity(communityId);
            }

            @Override
            public Optional<String> institutionName(long institutionId) {
                return live.institutionName(institutionId);
            }

            @Override
            public java.util.Map<Long, String> institutionNames() {
                return live.institutionNames();
            }
        };
    }

    private static Optional<BigDecimal> percent(@Nullable BigDecimal fraction) {
        return Optional.ofNullable(fraction).map(f -> f.multiply(HUNDRED).setScale(2, java.math.RoundingMode.HALF_UP));
    }
}
