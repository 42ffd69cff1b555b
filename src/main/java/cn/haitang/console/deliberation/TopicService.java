package cn.haitang.console.deliberation;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.pairing.MatterCategory;
import cn.haitang.console.pairing.MatterForm;
import cn.haitang.console.pairing.MatterOrigin;
import cn.haitang.console.pairing.MatterSource;
import cn.haitang.console.pairing.MattersService;
import cn.haitang.console.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The topics raised at a session and their outcome, decided once: answered on the spot, handled by the community
 * (due date, then a result), escalated to a consultation, published to the 海棠有约 board as a key small matter
 * (through {@link MattersService}: the topic keeps the matter's id and shows its state, the matter's description
 * names the session), or not taken up (with a reason). Topics handed to the community and past their due date
 * without a result are the overdue list.
 */
@Service
@Transactional
public class TopicService {

    private static final int MAX_DUE_DAYS = 366;

    private final DelibTopicRepository topics;
    private final SessionService sessions;
    private final PlatformService platforms;
    private final ConsultationService consultations;
    private final MattersService matters;
    private final DeliberationQueries queries;
    private final CurrentUser currentUser;
    private final Clock clock;

    TopicService(DelibTopicRepository topics, SessionService sessions, PlatformService platforms,
                 ConsultationService consultations, MattersService matters, DeliberationQueries queries,
                 CurrentUser currentUser, Clock clock) {
        this.topics = topics;
        this.sessions = sessions;
        this.platforms = platforms;
        this.consultations = consultations;
        this.matters = matters;
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public List<TopicRow> topicsOf(long sessionId) {
        sessions.load(sessionId);
        return queries.topicsOf(sessionId);
    }

    @Transactional(readOnly = true)
    public TopicRow topic(long id) {
        load(id);
        return queries.topic(id);
    }

    public long raise(long sessionId, @Nullable String title, @Nullable String description) {
        DeliberationSession session = sessions.load(sessionId);
        String cleanTitle = FieldChecks.text("title", title, 100);
        String cleanDescription = FieldChecks.optionalText("description", description, 1000);
        return topics.save(new Topic(sessionId, session.getTownId(), cleanTitle, cleanDescription)).requireId();
    }

    /** Edits a topic while no outcome has been decided. */
    public void edit(long id, long seenVersion, @Nullable String title, @Nullable String description) {
        Topic topic = pending(id, seenVersion);
        topic.describe(FieldChecks.text("title", title, 100), FieldChecks.optionalText("description", description, 1000));
        topics.flush();
    }

    /** Deletes a topic entered by mistake, while no outcome has been decided. */
    public void delete(long id, long seenVersion) {
        Topic topic = pending(id, seenVersion);
        topics.delete(topic);
        topics.flush();
    }

    // ---- outcomes ------------------------------------------------------------------------------------

    public void answerOnSpot(long id, long seenVersion, @Nullable String answer) {
        Topic topic = pending(id, seenVersion);
        topic.answeredOnSpot(FieldChecks.text("result", answer, 1000), sessionDate(topic));
        topics.flush();
    }

    /** Handed to the community, to be done by the due date (from the session's day up to a year ahead). */
    public void handToCommunity(long id, long seenVersion, @Nullable LocalDate dueOn) {
        Topic topic = pending(id, seenVersion);
        LocalDate held = sessionDate(topic);
        topic.toCommunity(FieldChecks.date("dueOn", dueOn, held, held.plusDays(MAX_DUE_DAYS)));
        topics.flush();
    }

    /** The community's result of a topic handed to it; closes it (and takes it off the overdue list). */
    public void recordResult(long id, long seenVersion, @Nullable String result) {
        Topic topic = load(id);
        StaleEditException.check(seenVersion, topic.getVersion());
        if (topic.getOutcome() != TopicOutcome.COMMUNITY || topic.getResolvedOn() != null) {
            throw new RuleViolationException("delib.error.topic.notWithCommunity");
        }
        topic.communityResult(FieldChecks.text("result", result, 1000), today());
        topics.flush();
    }

    public void notTaken(long id, long seenVersion, @Nullable String reason) {
        Topic topic = pending(id, seenVersion);
        topic.notTaken(FieldChecks.text("reason", reason, 500));
        topics.flush();
    }

    /**
     * Publishes the topic to the 海棠有约 board: raises a key small matter in the session's community and compound
     * through the pairing feature's service and publishes it; the topic then links to the matter.
     */
    public long sendToBoard(long id, long seenVersion, @Nullable MatterCategory category) {
        Topic topic = pending(id, seenVersion);
        MatterCategory chosen = FieldChecks.required("category", category);
        DeliberationSession session = sessions.load(topic.getSessionId());
        Platform platform = platforms.load(session.getPlatformId());
        String origin = platform.getName() + " " + session.getHeldOn();
        String description = topic.getDescription() == null ? topic.getTitle() : topic.getDescription();
        String text = description + "（" + origin + "）";
        if (text.codePointCount(0, text.length()) > 2000) {
            text = description;
        }
        MatterSource source = switch (platform.getKind()) {
            case FENGWU -> MatterSource.FENGWU;
            case PIONEER_NIGHT -> MatterSource.PIONEER_NIGHT;
            default -> MatterSource.RESIDENT;
        };
        long matterId = matters.raise(new MatterForm(topic.getTitle(), text, chosen, source, session.getCommunityId(),
                session.getCompoundId(), session.getHeldOn()), MatterOrigin.of(TopicOriginLinks.KIND, topic.requireId(),
                TopicOriginLinks.label(platform.getName(), session.getHeldOn(), topic.getTitle())));
        matters.publish(matterId, matters.detail(matterId).row().version());
        topic.toBoard(matterId);
        topics.flush();
        return matterId;
    }

    /**
     * Escalates the topic to a 共商共办 consultation of the session's compound (or, for a community's platform,
     * the compound chosen); the consultation starts with the community party committee as lead.
     */
    public long escalate(long id, long seenVersion, @Nullable Long compoundId) {
        Topic topic = pending(id, seenVersion);
        DeliberationSession session = sessions.load(topic.getSessionId());
        Long compound = session.getCompoundId() != null ? session.getCompoundId() : compoundId;
        if (compound == null) {
            throw RuleViolationException.atField("compoundId", "validation.required");
        }
        long consultationId = consultations.open(new ConsultationForm(topic.getTitle(),
                topic.getDescription() == null ? topic.getTitle() : topic.getDescription(), compound, today()));
        topic.toConsultation(consultationId);
        topics.flush();
        return consultationId;
    }

    /** The topic linked to a board matter, if one was sent from a session (the matter's way back to its topic). */
    @Transactional(readOnly = true)
    public java.util.Optional<TopicRow> topicOfMatter(long matterId) {
        return topics.findByMatterId(matterId).map(t -> {
            currentUser.scope().requireTown(t.getTownId());
            return queries.topic(t.requireId());
        });
    }

    // ---- overdue -------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<TopicRow> overdue(TopicFilter filter, Pageable page) {
        return queries.overdue(filter, DelibChecks.town(currentUser.scope(), filter.townId()), today(), page);
    }

    @Transactional(readOnly = true)
    public long countOverdue(TopicFilter filter) {
        return queries.countOverdue(filter, DelibChecks.town(currentUser.scope(), filter.townId()), today());
    }

    private Topic pending(long id, long seenVersion) {
        Topic topic = load(id);
        StaleEditException.check(seenVersion, topic.getVersion());
        if (topic.getOutcome() != TopicOutcome.PENDING) {
            throw new RuleViolationException("delib.error.topic.decided");
        }
        return topic;
    }

    private LocalDate sessionDate(Topic topic) {
        return sessions.load(topic.getSessionId()).getHeldOn();
    }

    private Topic load(long id) {
        Topic topic = topics.findById(id).orElseThrow(DelibChecks::notFound);
        currentUser.scope().requireTown(topic.getTownId());
        return topic;
    }
}
