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
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Property disputes and their fast-track handling (速裁快审): filed, then mediated or adjudicated (a failed
 * mediation may still go to adjudication), then closed; mediation and adjudication need their outcome.
 * The disputes board lists them by area, state and severity. Scoped on every method.
 */
@Service
@Transactional
public class DisputeService {

    private final PropertyDisputeRepository disputes;
    private final GovernanceQueries queries;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final Clock clock;

    DisputeService(PropertyDisputeRepository disputes, GovernanceQueries queries, RegionService regions,
                   CurrentUser currentUser, Clock clock) {
        this.disputes = disputes;
        this.queries = queries;
        this.regions = regions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The disputes of the caller's area (or of the town, community or compound asked for, when in it). */
    @Transactional(readOnly = true)
    public List<DisputeRow> disputes(DisputeFilter filter, Pageable pageable) {
        return queries.disputes(filter, scopedTown(filter), pageable);
    }

    @Transactional(readOnly = true)
    public int countDisputes(DisputeFilter filter) {
        return queries.countDisputes(filter, scopedTown(filter));
    }

    private @Nullable Long scopedTown(DisputeFilter filter) {
        if (filter.compoundId() != null) {
            regions.compound(filter.compoundId());
        }
        if (filter.communityId() != null) {
            regions.community(filter.communityId());
        }
        return GovernanceChecks.town(currentUser.scope(), filter.townId());
    }

    public long fileDispute(long compoundId, DisputeForm form) {
        CompoundRef compound = regions.compound(compoundId);
        String title = FieldChecks.text("title", form.title(), 100);
        DisputeSeverity severity = FieldChecks.required("severity", form.severity());
        LocalDate filedOn = GovernanceChecks.pastRecord("filedOn", form.filedOn(), today());
        return disputes.saveAndFlush(new PropertyDispute(compoundId, compound.townId(), title, severity, form.fastTrack(),
                filedOn)).requireId();
    }

    /**
     * Moves a dispute on: filed → mediated or adjudicated, mediated → adjudicated or closed, adjudicated →
     * closed. Mediation and adjudication need their outcome; any other step is refused.
     */
    public void advanceDispute(long disputeId, long version, @Nullable DisputeState to, @Nullable LocalDate on,
                               @Nullable String outcome) {
        PropertyDispute dispute = GovernanceChecks.inScope(disputes.findById(disputeId), PropertyDispute::getTownId,
                currentUser.scope());
        StaleEditException.check(version, dispute.getVersion());
        DisputeState next = FieldChecks.required("state", to);
        if (!dispute.getState().next().contains(next)) {
            throw RuleViolationException.atField("state", "gov.dispute.error.from." + dispute.getState().name());
        }
        LocalDate date = GovernanceChecks.pastRecord("on", on, today());
        LocalDate earliest = dispute.getResolvedOn() != null ? dispute.getResolvedOn() : dispute.getFiledOn();
        if (date.isBefore(earliest)) {
            throw RuleViolationException.atField("on", "gov.dispute.error.dateOrder", earliest.toString());
        }
        String text = FieldChecks.optionalText("outcome", outcome, 500);
        if (next != DisputeState.CLOSED && text == null) {
            throw RuleViolationException.atField("outcome", "gov.dispute.error.outcomeRequired");
        }
        dispute.advance(next, date, text);
        disputes.flush();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
