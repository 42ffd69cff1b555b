package cn.haitang.console.governance;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.region.CompoundRef;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee of a compound (业委会 where the compound must form one, otherwise 物管会) and its term,
 * and the overview of every committee in the caller's area. Scoped on every method: a street coordinator
 * reaches only compounds of their own town/street, whatever id is passed.
 */
@Service
@Transactional
public class CommitteeService {

    /** A term lasts at most five years (物业管理条例: 业主委员会每届任期不超过 5 年). */
    static final int MAX_TERM_YEARS = 5;

    /**
     * No term begins before 1991: the first owners' committee in China was formed in Shenzhen that year,
     * and property management committees came decades later. Earlier dates are typing errors.
     */
    public static final LocalDate EARLIEST_TERM_START = LocalDate.of(1991, 1, 1);

    private final CompoundCommitteeRepository committees;
    private final CommitteeCandidateRepository candidates;
    private final GovernanceQueries queries;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final Clock clock;

    CommitteeService(CompoundCommitteeRepository committees, CommitteeCandidateRepository candidates,
                     GovernanceQueries queries, RegionService regions, CurrentUser currentUser, Clock clock) {
        this.committees = committees;
        this.candidates = candidates;
        this.queries = queries;
        this.regions = regions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The compound with its committee requirement and committee (refused outside the caller's area). */
    @Transactional(readOnly = true)
    public CompoundGovernance overview(long compoundId) {
        CompoundRef compound = regions.compound(compoundId);
        GovernanceQueries.Requirement requirement = queries.requirement(compoundId);
        return new CompoundGovernance(compound, requirement.committeeRequired(), requirement.committeeExemption(),
                queries.committeeOfCompound(compoundId).orElse(null));
    }

    /** The committee of a compound, if it has one. */
    @Transactional(readOnly = true)
    public Optional<CommitteeRow> committeeOf(long compoundId) {
        regions.compound(compoundId);
        return queries.committeeOfCompound(compoundId);
    }

    /** The committees of the caller's area, filtered (town, community, kind, term ending within N days). */
    @Transactional(readOnly = true)
    public List<CommitteeRow> committees(CommitteeFilter filter, Pageable pageable) {
        return queries.committees(filter, scopedTown(filter), today(), pageable);
    }

    @Transactional(readOnly = true)
    public int countCommittees(CommitteeFilter filter) {
        return queries.countCommittees(filter, scopedTown(filter), today());
    }

    private @Nullable Long scopedTown(CommitteeFilter filter) {
        Long town = GovernanceChecks.town(currentUser.scope(), filter.townId());
        if (filter.communityId() != null) {
            regions.community(filter.communityId());
        }
        return town;
    }

    /** Forms the committee of a compound: 业委会 where the compound must form one, 物管会 otherwise. */
    public long formCommittee(long compoundId, CommitteeForm form) {
        CompoundGovernance compound = overview(compoundId);
        if (compound.committee() != null) {
            throw new RuleViolationException("gov.committee.error.exists");
        }
        CommitteeKind kind = checkKind(compound, form.kind());
        Term term = checkTerm(form);
        return committees.saveAndFlush(new CompoundCommittee(compoundId, compound.compound().townId(), kind, term.start(),
                term.end())).requireId();
    }

    /** Changes the committee's term (e.g. after re-election). */
    public void changeTerm(long committeeId, long version, CommitteeForm form) {
        CompoundCommittee committee = load(committeeId);
        StaleEditException.check(version, committee.getVersion());
        checkKind(overview(committee.getCompoundId()), form.kind());
        Term term = checkTerm(form);
        committee.changeTerm(term.start(), term.end());
        committees.flush();
    }

    /** Dissolves a committee that has no members and no vetting history yet (a mistaken entry). */
    public void deleteCommittee(long committeeId, long version) {
        CompoundCommittee committee = load(committeeId);
        StaleEditException.check(version, committee.getVersion());
        if (candidates.countByCommitteeId(committeeId) > 0) {
            throw new RuleViolationException("gov.committee.error.hasCandidates");
        }
        committees.delete(committee);
        committees.flush();
    }

    private static CommitteeKind checkKind(CompoundGovernance compound, @Nullable CommitteeKind kind) {
        CommitteeKind given = FieldChecks.required("kind", kind);
        if (given != compound.expectedKind()) {
            throw RuleViolationException.atField("kind", compound.committeeRequired()
                    ? "gov.committee.error.mustBeOwners" : "gov.committee.error.mustBePropertyManagement");
        }
        return given;
    }

    private record Term(LocalDate start, LocalDate end) {
    }

    /**
     * A term from {@link #EARLIEST_TERM_START} that ends within {@link FieldChecks#PLAN_YEARS_AHEAD} years
     * of today, after it starts and at most {@link #MAX_TERM_YEARS} years after.
     */
    private Term checkTerm(CommitteeForm form) {
        LocalDate start = FieldChecks.required("termStart", form.termStart());
        LocalDate end = FieldChecks.required("termEnd", form.termEnd());
        LocalDate latest = latestTermDate(today());
        FieldChecks.date("termStart", start, EARLIEST_TERM_START, latest);
        FieldChecks.date("termEnd", end, EARLIEST_TERM_START, latest);
        if (!end.isAfter(start)) {
            throw RuleViolationException.atField("termEnd", "gov.committee.error.termOrder");
        }
        if (end.isAfter(start.plusYears(MAX_TERM_YEARS))) {
            throw RuleViolationException.atField("termEnd", "gov.committee.error.termLength", MAX_TERM_YEARS);
        }
        return new Term(start, end);
    }

    /** The latest date a term may start or end: {@link FieldChecks#PLAN_YEARS_AHEAD} years from today. */
    public static LocalDate latestTermDate(LocalDate today) {
        return today.plusYears(FieldChecks.PLAN_YEARS_AHEAD);
    }

    private CompoundCommittee load(long id) {
        return GovernanceChecks.inScope(committees.findById(id), CompoundCommittee::getTownId, currentUser.scope());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
