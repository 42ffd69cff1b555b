package cn.haitang.console.governance;

import cn.haitang.console.region.CompoundRef;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the rest of the console reads of governance (accreditation's compound facts, the dashboard's key of
 * the committee rate) and the compound picker of the governance page: a narrow, stable entry whatever the
 * workflows behind it ({@link CommitteeService}, {@link VettingService}, {@link PropertyCompanyService},
 * {@link PropertyService}, {@link DisputeService}, {@link MeetingService}, {@link FormationService}) become.
 * Scoped like them: a coordinator reaches only their own town/street, whatever id is passed.
 */
@Service
@Transactional(readOnly = true)
public class GovernanceService {

    /**
     * The key of the committee formation rate among the coverage figures' contributed rates (and their
     * monthly snapshots): how to read the rate as of a past month.
     */
    public static final String COMMITTEE_RATE = "committee";

    private final GovernanceQueries queries;
    private final RegionService regions;
    private final CurrentUser currentUser;

    GovernanceService(GovernanceQueries queries, RegionService regions, CurrentUser currentUser) {
        this.queries = queries;
        this.regions = regions;
        this.currentUser = currentUser;
    }

    /** Whether the compound has an owners' or property management committee. */
    public boolean hasCommittee(long compoundId) {
        regions.compound(compoundId);
        return queries.hasCommittee(compoundId);
    }

    /** The latest satisfaction and fee-collection rate of one compound. */
    public CompoundPropertyFigures latestPropertyFigures(long compoundId) {
        regions.compound(compoundId);
        return queries.latestPropertyFigures(compoundId, null).getOrDefault(compoundId,
                new CompoundPropertyFigures(compoundId, null, null, null, null));
    }

    /**
     * The latest satisfaction and fee-collection rates of every compound in the caller's area (one town
     * when given) that has any, keyed by compound id. One SQL query.
     */
    public Map<Long, CompoundPropertyFigures> latestPropertyFiguresOfTown(@Nullable Long townId) {
        return queries.latestPropertyFigures((java.util.Collection<Long>) null, GovernanceChecks.town(currentUser.scope(), townId));
    }

    /** Whether the compound has a serious dispute that is not closed (accreditation needs none). */
    public boolean hasOpenSeriousDispute(long compoundId) {
        regions.compound(compoundId);
        return !queries.openSeriousDisputes(compoundId, null).isEmpty();
    }

    /** Ids of the compounds (caller's area, optionally one town) with an open serious dispute. */
    public Set<Long> compoundsWithOpenSeriousDispute(@Nullable Long townId) {
        return queries.openSeriousDisputes((java.util.Collection<Long>) null, GovernanceChecks.town(currentUser.scope(), townId));
    }

    /**
     * For some compounds (ids found elsewhere, e.g. the accreditation sites), in three queries: their latest
     * rates, which have an open serious dispute and which have a committee. Compounds outside the caller's area
     * are left out of every answer.
     */
    public CompoundsFacts factsOf(Collection<Long> compoundIds) {
        Long town = GovernanceChecks.town(currentUser.scope(), null);
        if (compoundIds.isEmpty()) {
            return new CompoundsFacts(Map.of(), Set.of(), Set.of());
        }
        return new CompoundsFacts(queries.latestPropertyFigures(compoundIds, town),
                queries.openSeriousDisputes(compoundIds, town), queries.compoundsWithCommittee(compoundIds, town));
    }

    /** Governance facts of some compounds: latest rates by compound, those disputed seriously, those with a committee. */
    public record CompoundsFacts(Map<Long, CompoundPropertyFigures> figures, Set<Long> seriouslyDisputed,
                                 Set<Long> withCommittee) {
    }

    /** Compounds of the caller's area whose name contains the text (wildcards taken literally), for the picker. */
    public List<CompoundRef> findCompounds(@Nullable String text, int offset, int limit) {
        return queries.compounds(text, GovernanceChecks.town(currentUser.scope(), null), offset, limit);
    }

    public int countCompounds(@Nullable String text) {
        return queries.countCompounds(text, GovernanceChecks.town(currentUser.scope(), null));
    }
}
