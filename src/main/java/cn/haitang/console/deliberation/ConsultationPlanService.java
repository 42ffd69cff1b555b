package cn.haitang.console.deliberation;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each party said in each round (parties × rounds) and the final plan's tasks: which party does what, by
 * when. Round, party and task must all belong to the consultation named; the consultation must still be open;
 * the caller's scope is checked through the consultation, whatever ids are passed.
 */
@Service
@Transactional
public class ConsultationPlanService {

    static final int STATEMENT_LENGTH = 500;
    static final int TASK_LENGTH = 300;
    /** A plan's task is due within five years of the consultation's opening. */
    static final int MAX_YEARS_AHEAD = 5;

    private final ConsultationService consultations;
    private final DelibPartyRepository parties;
    private final DelibRoundRepository rounds;
    private final DelibPositionRepository positions;
    private final DelibPlanTaskRepository tasks;
    private final DeliberationQueries queries;
    private final Clock clock;

    ConsultationPlanService(ConsultationService consultations, DelibPartyRepository parties, DelibRoundRepository rounds,
                            DelibPositionRepository positions, DelibPlanTaskRepository tasks, DeliberationQueries queries,
                            Clock clock) {
        this.consultations = consultations;
        this.parties = parties;
        this.rounds = rounds;
        this.positions = positions;
        this.tasks = tasks;
        this.queries = queries;
        this.clock = clock;
    }

    // ---- positions -----------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<PositionRow> positions(long consultationId) {
        consultations.load(consultationId);
        return queries.positions(consultationId);
    }

    /** Records a party's position in a round, or replaces the one it had there (one per party and round). */
    public long setPosition(long consultationId, PositionForm form) {
        Consultation consultation = openConsultation(consultationId);
        ConsultationRound round = rounds.findById(FieldChecks.required("roundId", form.roundId()))
                .filter(r -> r.getConsultationId() == consultationId)
                .orElseThrow(() -> RuleViolationException.atField("roundId", "delib.error.position.otherRound"));
        Party party = party(consultation, form.partyId());
        Stance stance = FieldChecks.required("stance", form.stance());
        String statement = FieldChecks.text("statement", form.statement(), STATEMENT_LENGTH);
        Position position = positions.findByRoundIdAndPartyId(round.requireId(), party.requireId()).orElse(null);
        if (position == null) {
            return positions.save(new Position(consultationId, round.requireId(), party.requireId(), stance, statement))
                    .requireId();
        }
        position.describe(stance, statement);
        positions.flush();
        return position.requireId();
    }

    public void removePosition(long positionId, long seenVersion) {
        Position position = positions.findById(positionId).orElseThrow(DelibChecks::notFound);
        openConsultation(position.getConsultationId());
        StaleEditException.check(seenVersion, position.getVersion());
        positions.delete(position);
        positions.flush();
    }

    // ---- the plan's tasks ----------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<TaskRow> tasks(long consultationId) {
        consultations.load(consultationId);
        return queries.tasks(consultationId);
    }

    public long addTask(long consultationId, TaskForm form) {
        Consultation consultation = openConsultation(consultationId);
        Valid valid = validate(consultation, form);
        return tasks.save(new PlanTask(consultationId, valid.party().requireId(), valid.task(), valid.dueOn())).requireId();
    }

    public void updateTask(long taskId, long seenVersion, TaskForm form) {
        PlanTask task = tasks.findById(taskId).orElseThrow(DelibChecks::notFound);
        Consultation consultation = openConsultation(task.getConsultationId());
        StaleEditException.check(seenVersion, task.getVersion());
        Valid valid = validate(consultation, form);
        task.describe(valid.party().requireId(), valid.task(), valid.dueOn());
        tasks.flush();
    }

    public void removeTask(long taskId, long seenVersion) {
        PlanTask task = tasks.findById(taskId).orElseThrow(DelibChecks::notFound);
        openConsultation(task.getConsultationId());
        StaleEditException.check(seenVersion, task.getVersion());
        tasks.delete(task);
        tasks.flush();
    }

    private record Valid(Party party, String task, LocalDate dueOn) {
    }

    private Valid validate(Consultation consultation, TaskForm form) {
        Party party = party(consultation, form.partyId());
        String task = FieldChecks.text("task", form.task(), TASK_LENGTH);
        LocalDate from = consultation.getOpenedOn();
        LocalDate dueOn = FieldChecks.date("dueOn", form.dueOn(), from,
                LocalDate.now(clock).plusYears(MAX_YEARS_AHEAD));
        return new Valid(party, task, dueOn);
    }

    // ---- shared --------------------------------------------------------------------------------------

    private Consultation openConsultation(long consultationId) {
        Consultation consultation = consultations.load(consultationId);
        if (consultation.getState() != ConsultationState.OPEN) {
            throw new RuleViolationException("delib.error.consultation.closed");
        }
        return consultation;
    }

    /** A party of this consultation; a party of another consultation is refused at the field. */
    private Party party(Consultation consultation, @Nullable Long partyId) {
        return parties.findById(FieldChecks.required("partyId", partyId))
                .filter(p -> p.getConsultationId() == consultation.requireId())
                .orElseThrow(() -> RuleViolationException.atField("partyId", "delib.error.position.otherParty"));
    }
}
