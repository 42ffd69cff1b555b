package cn.haitang.console.deliberation;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.base.excel.ExcelWriter;
import cn.haitang.console.base.files.Attachments;
import cn.haitang.console.security.CurrentUser;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions of the platforms: date, host, attendance by kind, minutes, photos. A coordinator records and sees
 * the sessions of their own town/street. The topics raised at a session are {@link TopicService}'s.
 */
@Service
@Transactional
public class SessionService {

    private static final int MAX_ATTENDANCE = 5_000;
    private static final int EXPORT_PAGE = 2000;

    private final DelibSessionRepository sessions;
    private final DelibSessionPhotoRepository photos;
    private final DelibTopicRepository topics;
    private final PlatformService platforms;
    private final DeliberationQueries queries;
    private final CurrentUser currentUser;
    private final Clock clock;

    SessionService(DelibSessionRepository sessions, DelibSessionPhotoRepository photos, DelibTopicRepository topics, PlatformService platforms,
                   DeliberationQueries queries, CurrentUser currentUser, Clock clock) {
        this.sessions = sessions;
        this.photos = photos;
        this.topics = topics;
        this.platforms = platforms;
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SessionRow> list(SessionFilter filter, Pageable page) {
        return queries.sessions(filter, DelibChecks.town(currentUser.scope(), filter.townId()), page);
    }

    /** Keyset page: the sessions older than the given one, newest first (deep pages and exports). */
    @Transactional(readOnly = true)
    public List<SessionRow> listBefore(SessionFilter filter, @Nullable LocalDate heldOn, long id, int limit) {
        return queries.sessionsBefore(filter, DelibChecks.town(currentUser.scope(), filter.townId()), heldOn, id, limit);
    }

    @Transactional(readOnly = true)
    public long count(SessionFilter filter) {
        return queries.countSessions(filter, DelibChecks.town(currentUser.scope(), filter.townId()));
    }

    @Transactional(readOnly = true)
    public SessionRow session(long id) {
        load(id);
        return queries.session(id);
    }

    public long record(SessionForm form) {
        SessionForm valid = validate(form);
        Platform platform = platforms.load(valid.platformId());
        if (!platform.isActive()) {
            throw RuleViolationException.atField("platformId", "delib.error.platform.retired", platform.getName());
        }
        return sessions.save(new DeliberationSession(platform, valid)).requireId();
    }

    public void update(long id, long seenVersion, SessionForm form) {
        DeliberationSession session = load(id);
        StaleEditException.check(seenVersion, session.getVersion());
        SessionForm valid = validate(form);
        session.describe(platforms.load(valid.platformId()), valid);
        sessions.flush();
    }

    /** Deletes a session entered by mistake, with its topics and photos; refused once a topic went to the board or a consultation. */
    public void delete(long id, long seenVersion) {
        DeliberationSession session = load(id);
        StaleEditException.check(seenVersion, session.getVersion());
        if (queries.linkedTopics(id) > 0) {
            throw new RuleViolationException("delib.error.session.linked");
        }
        queries.topicsOf(id).forEach(t -> topics.deleteById(t.id()));
        queries.photoIds(id).forEach(photos::deleteById);
        topics.flush();
        photos.flush();
        sessions.delete(session);
        sessions.flush();
    }

    DeliberationSession load(long id) {
        DeliberationSession session = sessions.findById(id).orElseThrow(DelibChecks::notFound);
        currentUser.scope().requireTown(session.getTownId());
        return session;
    }

    private SessionForm validate(SessionForm form) {
        Long platformId = FieldChecks.required("platformId", form.platformId());
        LocalDate heldOn = DelibChecks.happened("heldOn", form.heldOn(), LocalDate.now(clock));
        String host = FieldChecks.text("host", form.host(), 32);
        int residents = FieldChecks.integer("residents", form.residents(), 0, MAX_ATTENDANCE);
        int members = FieldChecks.integer("partyMembers", form.partyMembers(), 0, MAX_ATTENDANCE);
        int committee = FieldChecks.integer("ownersCommittee", form.ownersCommittee(), 0, MAX_ATTENDANCE);
        int property = FieldChecks.integer("propertyCompany", form.propertyCompany(), 0, MAX_ATTENDANCE);
        int institutions = FieldChecks.integer("institutions", form.institutions(), 0, MAX_ATTENDANCE);
        if (residents + members + committee + property + institutions == 0) {
            throw RuleViolationException.atField("residents", "delib.error.session.nobody");
        }
        String minutes = FieldChecks.text("minutes", form.minutes(), 4000);
        return new SessionForm(platformId, heldOn, host, residents, members, committee, property, institutions, minutes);
    }

    /** Writes exactly the filtered sessions to Excel, streamed in keyset pages. */
    @Transactional(readOnly = true)
    public int export(SessionFilter filter, OutputStream out, Locale locale) {
        try (ExcelWriter excel = new ExcelWriter(locale)) {
            ExcelWriter.SheetWriter sheet = excel.sheetOfKeys("delib.sessions.sheet", "delib.session.heldOn",
                    "delib.platform", "delib.platform.kind", "delib.town", "delib.community", "delib.compound",
                    "delib.session.host", "delib.session.residents", "delib.session.partyMembers",
                    "delib.session.ownersCommittee", "delib.session.propertyCompany", "delib.session.institutions",
                    "delib.session.topics", "delib.session.minutes");
            LocalDate heldOn = null;
            long id = 0;
            while (true) {
                List<SessionRow> page = listBefore(filter, heldOn, id, EXPORT_PAGE);
                for (SessionRow s : page) {
                    sheet.row(s.heldOn(), s.platformName(), excel.t(s.kind().messageKey()), s.townName(), s.communityName(),
                            s.compoundName(), s.host(), s.residents(), s.partyMembers(), s.ownersCommittee(),
                            s.propertyCompany(), s.institutions(), s.topics(), s.minutes());
                }
                if (page.size() < EXPORT_PAGE) {
                    break;
                }
                heldOn = page.getLast().heldOn();
                id = page.getLast().id();
            }
            excel.write(out);
            return sheet.rows();
        }
    }

    // ---- photos and sign-in sheets -------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<PhotoRow> photos(long sessionId) {
        load(sessionId);
        return queries.photos(sessionId);
    }

    public long addPhoto(long sessionId, @Nullable String fileName, @Nullable String contentType, byte @Nullable [] content) {
        load(sessionId);
        Attachments.Checked file = Attachments.check("file", fileName, contentType, content);
        return photos.save(new SessionPhoto(sessionId, file.fileName(), file.contentType(), file.content(), clock.instant(),
                currentUser.require().getUsername())).requireId();
    }

    @Transactional(readOnly = true)
    public PhotoContent photo(long photoId) {
        SessionPhoto photo = photos.findById(photoId).orElseThrow(DelibChecks::notFound);
        load(photo.getSessionId());
        return new PhotoContent(photo.getFileName(), photo.getContentType(), photo.getContent());
    }

    public void deletePhoto(long photoId) {
        SessionPhoto photo = photos.findById(photoId).orElseThrow(DelibChecks::notFound);
        load(photo.getSessionId());
        photos.delete(photo);
        photos.flush();
    }
}
