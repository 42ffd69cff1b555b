package cn.haitang.console.accreditation;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city admin's decision on scored applications: the round's ranking by result, within or beyond its
 * quota, and approval or rejection with a recorded reason. Approvals stop at the quota. What follows an
 * approval, the public notice, is {@link NoticeService}'s.
 */
@Service
@Transactional
public class DecisionService {

    private final ApplicationAccess access;
    private final RoundService rounds;
    private final Timeline timeline;
    private final AccreditationQueries queries;
    private final CurrentUser currentUser;

    DecisionService(ApplicationAccess access, RoundService rounds, Timeline timeline, AccreditationQueries queries,
                    CurrentUser currentUser) {
        this.access = access;
        this.rounds = rounds;
        this.timeline = timeline;
        this.queries = queries;
        this.currentUser = currentUser;
    }

    /** A round's scored applications ranked by result, marked within or beyond the quota. */
    @Transactional(readOnly = true)
    public List<RankRow> ranking(long roundId) {
        currentUser.scope().requireAdmin();
        return queries.ranking(roundId, rounds.round(roundId).getQuota());
    }

    public void approve(long id, long version, String reason) {
        decide(id, version, reason, Step.APPROVE);
    }

    public void reject(long id, long version, String reason) {
        decide(id, version, reason, Step.REJECT);
    }

    private void decide(long id, long version, String reason, Step step) {
        Application app = access.ofAdmin(id, version);
        Lifecycle.apply(app.getState(), step);
        String why = FieldChecks.text("reason", reason, ApplicationService.REASON_LENGTH);
        if (step == Step.APPROVE) {
            Round round = rounds.round(app.getRoundId());
            if (queries.approvedIn(app.getRoundId()) >= round.getQuota()) {
                throw new RuleViolationException("accreditation.error.quotaFull", round.getQuota());
            }
        }
        app.decided(why);
        timeline.step(app, step, why);
    }
}
