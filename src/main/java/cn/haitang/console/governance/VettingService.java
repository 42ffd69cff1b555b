package cn.haitang.console.governance;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The party vetting of committee candidates (候选人把关) and the election of members: a candidate is
 * proposed, vetted by the compound branch or the community party organisation (a rejection needs its
 * reason), and only an approved candidate may be elected; one director per committee. Vetted candidates
 * stay as the committee's vetting history. Scoped on every method through the committee's town.
 */
@Service
@Transactional
public class VettingService {

    private final CompoundCommitteeRepository committees;
    private final CommitteeCandidateRepository candidates;
    private final CommitteeMemberRepository members;
    private final GovernanceQueries queries;
    private final CurrentUser currentUser;
    private final Clock clock;

    VettingService(CompoundCommitteeRepository committees, CommitteeCandidateRepository candidates,
                   CommitteeMemberRepository members, GovernanceQueries queries, CurrentUser currentUser, Clock clock) {
        this.committees = committees;
        this.candidates = candidates;
        this.members = members;
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The elected members, director first. */
    @Transactional(readOnly = true)
    public List<MemberRow> members(long committeeId) {
        loadCommittee(committeeId);
        return queries.members(committeeId);
    }

    /** The candidates with their vetting: the committee's vetting history, newest first. */
    @Transactional(readOnly = true)
    public List<CandidateRow> candidates(long committeeId) {
        loadCommittee(committeeId);
        return queries.candidates(committeeId);
    }

    /** Proposes a candidate for the committee; the party organisation vets them next. */
    public long proposeCandidate(long committeeId, CandidateForm form) {
        CompoundCommittee committee = loadCommittee(committeeId);
        String name = FieldChecks.text("name", form.name(), 32);
        LocalDate proposedOn = electionDate("proposedOn", form.proposedOn());
        return candidates.saveAndFlush(new CommitteeCandidate(committeeId, committee.getTownId(), name, form.partyMember(),
                proposedOn)).requireId();
    }

    /** Vets a proposed candidate: approved, or rejected with a reason; by which organisation, who, when. */
    public void vetCandidate(long candidateId, long version, VettingForm form) {
        CommitteeCandidate candidate = loadCandidate(candidateId);
        StaleEditException.check(version, candidate.getVersion());
        if (candidate.getStatus() != CandidateStatus.PROPOSED) {
            throw new RuleViolationException("gov.vetting.error.alreadyVetted", candidate.getName());
        }
        VetterKind vetter = FieldChecks.required("vetterKind", form.vetterKind());
        String vettedBy = FieldChecks.text("vettedBy", form.vettedBy(), 32);
        LocalDate vettedOn = electionDate("vettedOn", form.vettedOn());
        if (vettedOn.isBefore(candidate.getProposedOn())) {
            throw RuleViolationException.atField("vettedOn", "gov.vetting.error.beforeProposal");
        }
        String reason = FieldChecks.optionalText("reason", form.reason(), 500);
        if (!form.approved() && reason == null) {
            throw RuleViolationException.atField("reason", "gov.vetting.error.reasonRequired");
        }
        candidate.vet(form.approved(), vetter, vettedBy, vettedOn, reason);
        candidates.flush();
    }

    /** Withdraws a candidate that has not been vetted yet; vetted candidates stay as history. */
    public void withdrawCandidate(long candidateId, long version) {
        CommitteeCandidate candidate = loadCandidate(candidateId);
        StaleEditException.check(version, candidate.getVersion());
        if (candidate.getStatus() != CandidateStatus.PROPOSED) {
            throw new RuleViolationException("gov.vetting.error.keepHistory");
        }
        candidates.delete(candidate);
        candidates.flush();
    }

    /** Records an approved candidate as elected, with their role; one director per committee. */
    public long electMember(long candidateId, long version, @Nullable MemberRole role) {
        CommitteeCandidate candidate = loadCandidate(candidateId);
        StaleEditException.check(version, candidate.getVersion());
        if (candidate.getStatus() != CandidateStatus.APPROVED) {
            throw new RuleViolationException("gov.member.error.notApproved", candidate.getName());
        }
        MemberRole checked = checkRole(candidate.getCommitteeId(), role, null);
        candidate.markElected();
        return members.saveAndFlush(new CommitteeMember(candidate.getCommitteeId(), candidate.getTownId(),
                candidate.requireId(), candidate.getName(), checked, candidate.isPartyMember())).requireId();
    }

    public void changeMemberRole(long memberId, long version, @Nullable MemberRole role) {
        CommitteeMember member = loadMember(memberId);
        StaleEditException.check(version, member.getVersion());
        member.changeRole(checkRole(member.getCommitteeId(), role, memberId));
        members.flush();
    }

    /** Removes a member (e.g. resigned); their candidate goes back to approved, the vetting stays. */
    public void removeMember(long memberId, long version) {
        CommitteeMember member = loadMember(memberId);
        StaleEditException.check(version, member.getVersion());
        candidates.findById(member.getCandidateId()).ifPresent(CommitteeCandidate::unmarkElected);
        members.delete(member);
        members.flush();
    }

    private MemberRole checkRole(long committeeId, @Nullable MemberRole role, @Nullable Long exceptMember) {
        MemberRole given = FieldChecks.required("role", role);
        if (given == MemberRole.DIRECTOR && members.findByCommitteeId(committeeId).stream()
                .anyMatch(m -> m.getRole() == MemberRole.DIRECTOR && !m.getId().equals(exceptMember))) {
            throw RuleViolationException.atField("role", "gov.member.error.oneDirector");
        }
        return given;
    }

    /** A proposal or vetting date: up to today, and not before any committee term can begin. */
    private LocalDate electionDate(String field, @Nullable LocalDate date) {
        return GovernanceChecks.pastDate(field, date, CommitteeService.EARLIEST_TERM_START, LocalDate.now(clock));
    }

    private CompoundCommittee loadCommittee(long id) {
        return GovernanceChecks.inScope(committees.findById(id), CompoundCommittee::getTownId, currentUser.scope());
    }

    private CommitteeCandidate loadCandidate(long id) {
        return GovernanceChecks.inScope(candidates.findById(id), CommitteeCandidate::getTownId, currentUser.scope());
    }

    private CommitteeMember loadMember(long id) {
        return GovernanceChecks.inScope(members.findById(id), CommitteeMember::getTownId, currentUser.scope());
    }
}
