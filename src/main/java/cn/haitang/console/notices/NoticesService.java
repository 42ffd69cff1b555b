package cn.haitang.console.notices;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.files.Attachments;
import cn.haitang.console.security.AppUser;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import cn.haitang.console.security.TownDirectory;
import cn.haitang.console.security.TownRef;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices from the city admin to the towns/streets: publishing (admin only; title, body, audience, an
 * optional read-by date; attachments checked by {@link Attachments}), reading (a coordinator reads only
 * what is addressed to their town, and opening it records the receipt) and the receipts (admin only).
 */
@Service
@Transactional
public class NoticesService {

    static final int TITLE_MAX = 100;
    static final int BODY_MAX = 4000;
    static final int READ_BY_DAYS_AHEAD = 366;

    private final NoticeRepository notices;
    private final NoticeAttachmentRepository attachments;
    private final NoticeQueries queries;
    private final CurrentUser currentUser;
    private final TownDirectory towns;
    private final Clock clock;

    NoticesService(NoticeRepository notices, NoticeAttachmentRepository attachments, NoticeQueries queries,
                   CurrentUser currentUser, TownDirectory towns, Clock clock) {
        this.notices = notices;
        this.attachments = attachments;
        this.queries = queries;
        this.currentUser = currentUser;
        this.towns = towns;
        this.clock = clock;
    }

    /** Publishes a notice to all towns or the chosen ones; returns its id. */
    public long publish(NoticeForm form) {
        AppUser caller = currentUser.require();
        caller.scope().requireAdmin();
        String title = FieldChecks.text("title", form.title(), TITLE_MAX);
        String body = FieldChecks.text("body", form.body(), BODY_MAX);
        LocalDate today = LocalDate.now(clock);
        LocalDate readBy = FieldChecks.optionalDate("readBy", form.readBy(), today, today.plusDays(READ_BY_DAYS_AHEAD));
        Set<Long> chosen = new TreeSet<>(form.townIds() == null ? Set.of() : form.townIds());
        if (!form.allTowns()) {
            if (chosen.isEmpty()) {
                throw RuleViolationException.atField("towns", "notices.error.noAudience");
            }
            for (Long town : chosen) {
                if (towns.findTown(town).isEmpty()) {
                    throw RuleViolationException.atField("towns", "error.notFound");
                }
            }
        }
        long id = notices.saveAndFlush(new Notice(title, body, form.allTowns(), readBy, caller.getUsername(),
                Instant.now(clock))).requireId();
        if (!form.allTowns()) {
            queries.addTowns(id, chosen);
        }
        return id;
    }

    /** Attaches a checked file (PDF, image or office document) to a notice. Admin only. */
    public long attach(long noticeId, String fileName, String contentType, byte[] content) {
        AppUser caller = currentUser.require();
        caller.scope().requireAdmin();
        notices.findById(noticeId).orElseThrow(() -> new RuleViolationException("error.notFound"));
        Attachments.Checked file = Attachments.check("file", Attachments.Kind.WITH_OFFICE, fileName, contentType, content);
        return attachments.saveAndFlush(new NoticeAttachment(noticeId, file.fileName(), file.contentType(),
                file.content(), caller.getUsername(), Instant.now(clock))).requireId();
    }

    /** The notices the caller may read: all for the admin, their town's for a coordinator. */
    @Transactional(readOnly = true)
    public List<NoticeRow> list(NoticeFilter filter, Pageable page) {
        Scope scope = readerScope();
        return scope.isAdmin() ? queries.adminList(filter, page)
                : queries.townList(filter, scope.userId(), townOf(scope), page);
    }

    @Transactional(readOnly = true)
    public long count(NoticeFilter filter) {
        Scope scope = readerScope();
        return scope.isAdmin() ? queries.count(filter, null, null) : queries.count(filter, scope.userId(), townOf(scope));
    }

    /** Opens a notice; a coordinator's first opening is their read receipt. */
    public NoticeDetail open(long id) {
        Scope scope = readerScope();
        Notice notice = notices.findById(id).orElseThrow(() -> new RuleViolationException("error.notFound"));
        if (!scope.isAdmin()) {
            requireAddressed(id, notice, scope);
            queries.recordReceipt(id, scope.userId(), Instant.now(clock));
        }
        return detail(id);
    }

    /** The notice's file, for a reader it is addressed to. */
    @Transactional(readOnly = true)
    public Attachments.Checked attachment(long attachmentId) {
        Scope scope = readerScope();
        NoticeAttachment file = attachments.findById(attachmentId)
                .orElseThrow(() -> new RuleViolationException("error.notFound"));
        if (!scope.isAdmin()) {
            Notice notice = notices.findById(file.getNoticeId()).orElseThrow(() -> new RuleViolationException("error.notFound"));
            requireAddressed(file.getNoticeId(), notice, scope);
        }
        return new Attachments.Checked(file.getFileName(), file.getContentType(), file.getContent());
    }

    /** Who of the addressed coordinators has read the notice ({@code read} null: everybody). Admin only. */
    @Transactional(readOnly = true)
    public List<ReceiptRow> receipts(long noticeId, @Nullable Boolean read, Pageable page) {
        currentUser.scope().requireAdmin();
        return queries.receipts(noticeId, read, page);
    }

    @Transactional(readOnly = true)
    public long countReceipts(long noticeId, @Nullable Boolean read) {
        currentUser.scope().requireAdmin();
        return queries.countReceipts(noticeId, read);
    }

    /** Per addressed town, its coordinators and readers; towns with unread ones first. Admin only. */
    @Transactional(readOnly = true)
    public List<TownReadCount> readByTown(long noticeId) {
        currentUser.scope().requireAdmin();
        return queries.byTown(noticeId);
    }

    /** The towns/streets an admin may address, in their usual order. */
    @Transactional(readOnly = true)
    public List<TownRef> townOptions() {
        currentUser.scope().requireAdmin();
        return towns.allTowns();
    }

    private NoticeDetail detail(long id) {
        Notice notice = notices.findById(id).orElseThrow(() -> new RuleViolationException("error.notFound"));
        return queries.detail(id, notice.isAllTowns() ? List.of() : queries.townNames(id), queries.attachments(id));
    }

    private Scope readerScope() {
        Scope scope = currentUser.scope();
        scope.requireRole(Role.CITY_ADMIN, Role.STREET_COORDINATOR);
        return scope;
    }

    private static long townOf(Scope scope) {
        return scope.townFilter().orElseThrow();
    }

    /** Refuses, as any out-of-area read is refused, a notice not addressed to the coordinator's town. */
    private void requireAddressed(long id, Notice notice, Scope scope) {
        if (notice.isAllTowns() || queries.addressedTo(id, townOf(scope))) {
            return;
        }
        scope.requireTown(queries.towns(id).getFirst());
    }
}
