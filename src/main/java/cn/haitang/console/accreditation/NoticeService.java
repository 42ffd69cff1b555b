package cn.haitang.console.accreditation;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public notice (公示) of an approved application and the objections raised during it. A notice lasts
 * {@value #WORKING_DAYS} working days by the work calendar, from the first working day on or after its
 * publication. An objection is recorded and resolved only while the notice runs: upheld, it rejects the
 * application; dismissed, it lets it stand. When a notice has ended with no objection open, the
 * application becomes an accredited site with a certificate valid three years (the scheduled job does
 * this for every ended notice, see {@code AccreditationJobs}).
 */
@Service
@Transactional
public class NoticeService {

    /** A notice lasts five working days. */
    public static final int WORKING_DAYS = 5;
    /** The lengths of an objection's author and text (their columns'). */
    public static final int RAISED_BY_LENGTH = 100;
    public static final int OBJECTION_LENGTH = 1000;

    private static final Logger log = LoggerFactory.getLogger(NoticeService.class);

    private final ApplicationRepository applications;
    private final ObjectionRepository objections;
    private final SiteRepository sites;
    private final ApplicationAccess access;
    private final RoundService rounds;
    private final WorkCalendarService calendar;
    private final Timeline timeline;
    private final CurrentUser currentUser;
    private final Clock clock;

    NoticeService(ApplicationRepository applications, ObjectionRepository objections, SiteRepository sites,
                  ApplicationAccess access, RoundService rounds, WorkCalendarService calendar, Timeline timeline,
                  CurrentUser currentUser, Clock clock) {
        this.applications = applications;
        this.objections = objections;
        this.sites = sites;
        this.access = access;
        this.rounds = rounds;
        this.calendar = calendar;
        this.timeline = timeline;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Publishes an approved application's notice, starting today (or the next working day). */
    public void publishNotice(long id, long version) {
        Application app = access.ofAdmin(id, version);
        Lifecycle.apply(app.getState(), Step.PUBLISH_NOTICE);
        List<LocalDate> period = period(LocalDate.now(clock));
        app.notice(period.getFirst(), period.getLast());
        timeline.step(app, Step.PUBLISH_NOTICE, period.getFirst() + " ~ " + period.getLast());
    }

    /** The first and last day a notice published on {@code publishedOn} would run (city admins). */
    @Transactional(readOnly = true)
    public List<LocalDate> noticePeriod(LocalDate publishedOn) {
        currentUser.scope().requireAdmin();
        return period(publishedOn);
    }

    /** {@value #WORKING_DAYS} working days by the work calendar, from the first working day on or after publication. */
    private List<LocalDate> period(LocalDate publishedOn) {
        WorkingDays days = calendar.workingDaysFrom(publishedOn);
        LocalDate from = days.firstWorkingDayFrom(publishedOn);
        return List.of(from, days.lastDay(from, WORKING_DAYS));
    }

    // ---------------------------------------------------------------- objections

    @Transactional(readOnly = true)
    public List<ObjectionRow> objections(long applicationId) {
        access.readable(applicationId);
        return objections.findByApplicationIdOrderByReceivedOnAscIdAsc(applicationId).stream()
                .map(o -> new ObjectionRow(o.requireId(), o.getVersion(), o.getRaisedBy(), o.getContent(),
                        o.getReceivedOn(), o.getState().name(), o.getResolution()))
                .toList();
    }

    /** Records an objection received while the notice runs (city admins). */
    public long recordObjection(long applicationId, String raisedBy, String content) {
        currentUser.scope().requireAdmin();
        Application app = access.find(applicationId);
        requireNoticeRunning(app);
        Objection objection = objections.save(new Objection(applicationId,
                FieldChecks.text("raisedBy", raisedBy, RAISED_BY_LENGTH),
                FieldChecks.text("content", content, OBJECTION_LENGTH), LocalDate.now(clock)));
        timeline.note(app, Step.PUBLISH_NOTICE, "OBJECTION: " + objection.getContent());
        return objection.requireId();
    }

    /** Resolves an objection before the notice ends: upheld rejects the application, dismissed lets it stand. */
    public void resolveObjection(long objectionId, long version, boolean upheld, String resolution) {
        currentUser.scope().requireAdmin();
        Objection objection = objections.findById(objectionId).orElseThrow(ApplicationAccess::notFound);
        StaleEditException.check(version, objection.getVersion());
        if (objection.getState() != Objection.State.OPEN) {
            throw new RuleViolationException("accreditation.error.objectionResolved");
        }
        Application app = access.find(objection.getApplicationId());
        requireNoticeRunning(app);
        String why = FieldChecks.text("resolution", resolution, ApplicationService.REASON_LENGTH);
        objection.resolve(upheld, why, timeline.now());
        if (upheld) {
            timeline.step(app, Step.UPHOLD_OBJECTION, why);
        } else {
            timeline.note(app, Step.PUBLISH_NOTICE, "DISMISSED: " + why);
        }
    }

    private void requireNoticeRunning(Application app) {
        if (app.getState() != AppState.IN_NOTICE || app.getNoticeTo() == null
                || LocalDate.now(clock).isAfter(app.getNoticeTo())) {
            throw new RuleViolationException("accreditation.error.noticeNotRunning");
        }
    }

    // ---------------------------------------------------------------- the end of a notice

    /**
     * Closes the notices that ended before {@code today}: each becomes an accredited site, unless an
     * objection is still open (logged and left for the admin). Conditional on the state, so running it
     * twice changes nothing.
     */
    public int closeEndedNotices(LocalDate today) {
        requireSystemOrAdmin();
        int closed = 0;
        for (Application app : applications.findByStateAndNoticeToBefore(AppState.IN_NOTICE, today)) {
            if (close(app)) {
                closed++;
            }
        }
        return closed;
    }

    /** What the job does for one application (an admin ending a notice by hand, a journey that must not touch others). */
    public boolean closeEndedNotice(long applicationId, LocalDate today) {
        requireSystemOrAdmin();
        Application app = access.find(applicationId);
        boolean ended = app.getState() == AppState.IN_NOTICE && app.getNoticeTo() != null
                && app.getNoticeTo().isBefore(today);
        return ended && close(app);
    }

    private boolean close(Application app) {
        if (objections.countByApplicationIdAndState(app.requireId(), Objection.State.OPEN) > 0) {
            log.warn("Notice of application {} ended with an open objection; left in notice", app.getId());
            return false;
        }
        Round round = rounds.round(app.getRoundId());
        LocalDate validFrom = Objects.requireNonNull(app.getNoticeTo()).plusDays(1);
        String prefix = round.getLevel().certificatePrefix() + "-" + validFrom.getYear() + "-";
        String certificate = prefix + String.format("%04d", sites.countByCertificateNoStartingWith(prefix) + 1);
        sites.saveAndFlush(new Site(app.requireId(), app.getCompoundId(), app.getTownId(), round.getLevel(),
                certificate, validFrom));
        timeline.step(app, Step.ACCREDIT, certificate);
        return true;
    }

    /** The scheduled jobs run with nobody logged in; a logged-in caller must be an admin. */
    private void requireSystemOrAdmin() {
        currentUser.find().ifPresent(user -> user.scope().requireAdmin());
    }
}
