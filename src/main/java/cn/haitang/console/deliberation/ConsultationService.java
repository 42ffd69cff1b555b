package cn.haitang.console.deliberation;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.region.CompoundRef;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 海棠有约·共商共办: a case of a compound, the parties taking part (the community party committee leads), the rounds
 * with their minutes, options and positions, and the final plan with who does what. A plan that needs an owners'
 * joint decision waits for its vote ({@link VoteService}) to be counted: the result is published with the plan.
 */
@Service
@Transactional
public class ConsultationService {

    private final DelibConsultationRepository consultations;
    private final DelibPartyRepository parties;
    private final DelibRoundRepository rounds;
    private final DelibVoteRepository votes;
    private final DelibPositionRepository positions;
    private final DelibPlanTaskRepository tasks;
    private final DeliberationQueries queries;
    private final RegionService region;
    private final CurrentUser currentUser;
    private final Clock clock;

    ConsultationService(DelibConsultationRepository consultations, DelibPartyRepository parties, DelibRoundRepository rounds,
                        DelibVoteRepository votes, DelibPositionRepository positions, DelibPlanTaskRepository tasks,
                        DeliberationQueries queries, RegionService region, CurrentUser currentUser,
                        Clock clock) {
        this.consultations = consultations;
        this.parties = parties;
        this.rounds = rounds;
        this.votes = votes;
        this.positions = positions;
        this.tasks = tasks;
        this.queries = queries;
        this.region = region;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public List<ConsultationRow> list(ConsultationFilter filter, Pageable page) {
        return queries.consultations(filter, DelibChecks.town(currentUser.scope(), filter.townId()), page);
    }

    @Transactional(readOnly = true)
    public long count(ConsultationFilter filter) {
        return queries.countConsultations(filter, DelibChecks.town(currentUser.scope(), filter.townId()));
    }

    @Transactional(readOnly = true)
    public ConsultationDetail detail(long id) {
        Consultation consultation = load(id);
        ConsultationRow row = queries.consultation(id);
        return new ConsultationDetail(row, queries.parties(id), queries.rounds(id), queries.positions(id), queries.tasks(id),
                row.voteId() == null ? null : queries.vote(row.voteId()),
                OwnershipRow.of(region.compoundDetail(consultation.getCompoundId())).orElse(null));
    }

    /** Opens a consultation; the community's party committee is entered as its lead. */
    public long open(ConsultationForm form) {
        Valid valid = validate(form);
        Consultation consultation = consultations.save(new Consultation(valid.compound().townId(),
                valid.compound().communityId(), valid.form()));
        parties.save(new Party(consultation.requireId(), PartyRole.LEAD, valid.compound().communityName() + "党委"));
        return consultation.requireId();
    }

    public void update(long id, long seenVersion, ConsultationForm form) {
        Consultation consultation = open(id, seenVersion);
        Valid valid = validate(form);
        if (valid.compound().id() != consultation.getCompoundId() && votes.findByConsultationId(id).isPresent()) {
            throw RuleViolationException.atField("compoundId", "delib.error.consultation.voteFixesCompound");
        }
        consultation.describe(valid.compound().townId(), valid.compound().communityId(), valid.form());
        consultations.flush();
    }

    private record Valid(CompoundRef compound, ConsultationForm form) {
    }

    private Valid validate(ConsultationForm form) {
        String title = FieldChecks.text("title", form.title(), 100);
        String question = FieldChecks.text("question", form.question(), 2000);
        CompoundRef compound = region.compound(FieldChecks.required("compoundId", form.compoundId()));
        LocalDate openedOn = DelibChecks.happened("openedOn", form.openedOn(), today());
        return new Valid(compound, new ConsultationForm(title, question, compound.id(), openedOn));
    }

    // ---- parties and rounds --------------------------------------------------------------------------

    public long addParty(long id, @Nullable PartyRole role, @Nullable String name) {
        Consultation consultation = load(id);
        requireOpen(consultation);
        PartyRole chosen = FieldChecks.required("role", role);
        String clean = FieldChecks.text("name", name, 100);
        if (parties.existsByConsultationIdAndName(id, clean)) {
            throw RuleViolationException.atField("name", "delib.error.party.duplicate", clean);
        }
        if (chosen == PartyRole.LEAD && parties.existsByConsultationIdAndRole(id, PartyRole.LEAD)) {
            throw RuleViolationException.atField("role", "delib.error.party.oneLead");
        }
        return parties.save(new Party(id, chosen, clean)).requireId();
    }

    /** Removes a party; the lead stays (a consultation is always led by the community party committee). */
    public void removeParty(long partyId) {
        Party party = parties.findById(partyId).orElseThrow(DelibChecks::notFound);
        requireOpen(load(party.getConsultationId()));
        if (party.getRole() == PartyRole.LEAD) {
            throw new RuleViolationException("delib.error.party.leadStays");
        }
        if (positions.existsByPartyId(partyId) || tasks.existsByPartyId(partyId)) {
            throw new RuleViolationException("delib.error.party.inUse");
        }
        parties.delete(party);
        parties.flush();
    }

    /** Records the next round (numbered in order), dated from the consultation's opening up to today. */
    public long addRound(long id, RoundForm form) {
        Consultation consultation = load(id);
        requireOpen(consultation);
        LocalDate heldOn = FieldChecks.date("heldOn", form.heldOn(), consultation.getOpenedOn(), today());
        RoundForm valid = new RoundForm(heldOn, FieldChecks.text("minutes", form.minutes(), 4000),
                FieldChecks.text("options", form.options(), 2000), FieldChecks.text("positions", form.positions(), 2000));
        return rounds.save(new ConsultationRound(id, queries.nextRound(id), valid)).requireId();
    }

    public void updateRound(long roundId, long seenVersion, RoundForm form) {
        ConsultationRound round = rounds.findById(roundId).orElseThrow(DelibChecks::notFound);
        Consultation consultation = load(round.getConsultationId());
        requireOpen(consultation);
        StaleEditException.check(seenVersion, round.getVersion());
        LocalDate heldOn = FieldChecks.date("heldOn", form.heldOn(), consultation.getOpenedOn(), today());
        round.describe(new RoundForm(heldOn, FieldChecks.text("minutes", form.minutes(), 4000),
                FieldChecks.text("options", form.options(), 2000), FieldChecks.text("positions", form.positions(), 2000)));
        rounds.flush();
    }

    // ---- the final plan ------------------------------------------------------------------------------

    /**
     * Closes the consultation with its final plan and who does what. Needs at least one round; a vote opened on
     * the plan must have been counted first (its result is published with the plan).
     */
    public void close(long id, long seenVersion, @Nullable String plan, @Nullable String duties) {
        Consultation consultation = open(id, seenVersion);
        String cleanPlan = FieldChecks.text("plan", plan, 4000);
        // with the plan's tasks recorded party by party, a summary of who does what is optional
        String cleanDuties = tasks.countByConsultationId(id) > 0 ? FieldChecks.optionalText("duties", duties, 2000)
                : FieldChecks.text("duties", duties, 2000);
        if (rounds.countByConsultationId(id) == 0) {
            throw new RuleViolationException("delib.error.consultation.noRound");
        }
        votes.findByConsultationId(id).ifPresent(v -> {
            if (v.getState() != VoteState.COUNTED) {
                throw new RuleViolationException("delib.error.consultation.voteOpen");
            }
        });
        consultation.close(cleanPlan, cleanDuties, today());
        consultations.flush();
    }

    private Consultation open(long id, long seenVersion) {
        Consultation consultation = load(id);
        StaleEditException.check(seenVersion, consultation.getVersion());
        requireOpen(consultation);
        return consultation;
    }

    private static void requireOpen(Consultation consultation) {
        if (consultation.getState() != ConsultationState.OPEN) {
            throw new RuleViolationException("delib.error.consultation.closed");
        }
    }

    Consultation load(long id) {
        Consultation consultation = consultations.findById(id).orElseThrow(DelibChecks::notFound);
        currentUser.scope().requireTown(consultation.getTownId());
        return consultation;
    }
}
