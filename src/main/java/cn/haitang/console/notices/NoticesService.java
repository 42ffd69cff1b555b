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
 * Notices from the city admin to the towns/streets: publishing (admin only; title, body, audience by town and
 * by role, optional read-by and reply-by dates; attachments checked by {@link Attachments}), reading (a
 * coordinator or reviewer reads only what is addressed to their role and town, and opening it records the
 * receipt), replies with files when a reply is asked, and the receipts (admin only). Exports are in
 * {@link NoticeExports}.
 */
@Service
@Transactional
public class NoticesService {

    static final int TITLE_MAX = 100;
    static final int BODY_MAX = 4000;
    static final int READ_BY_DAYS_AHEAD = 366;
    static final int REPLY_MAX = 2000;

    private final NoticeRepository notices;
    private final NoticeAttachmentRepository attachments;
    private final NoticeReplyRepository replies;
    private final NoticeReplyAttachmentRepository replyFiles;
    private final NoticeQueries queries;
    private final CurrentUser currentUser;
    private final TownDirectory towns;
    private final Clock clock;

    NoticesService(NoticeRepository notices, NoticeAttachmentRepository attachments, NoticeReplyRepository replies,
                   NoticeReplyAttachmentRepository replyFiles, NoticeQueries queries, CurrentUser currentUser,
                   TownDirectory towns, Clock clock) {
        this.notices = notices;
        this.attachments = attachments;
        this.replies = replies;
        this.replyFiles = replyFiles;
        this.queries = queries;
        this.currentUser = currentUser;
        this.towns = towns;
        this.clock = clock;
    }

    /** Publishes a notice to all towns or the chosen ones, to coordinators, reviewers or both; returns its id. */
    public long publish(NoticeForm form) {
        AppUser caller = currentUser.require();
        caller.scope().requireAdmin();
        String title = FieldChecks.text("title", form.title(), TITLE_MAX);
        String body = FieldChecks.text("body", form.body(), BODY_MAX);
        LocalDate today = LocalDate.now(clock);
        LocalDate readBy = FieldChecks.optionalDate("readBy", form.readBy(), today, today.plusDays(READ_BY_DAYS_AHEAD));
        LocalDate replyBy = FieldChecks.optionalDate("replyBy", form.replyBy(), today, today.plusDays(READ_BY_DAYS_AHEAD));
        if (!form.toCoordinators() && !form.toReviewers()) {
            throw RuleViolationException.atField("roles", "notices.error.noRole");
        }
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
        long id = notices.saveAndFlush(new Notice(title, body, form.allTowns(), form.toCoordinators(),
                form.toReviewers(), readBy, replyBy, caller.getUsername(),
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

    /** The notices the caller may read: all for the admin, those addressed to their role and town for others. */
    @Transactional(readOnly = true)
    public List<NoticeRow> list(NoticeFilter filter, Pageable page) {
        Scope scope = readerScope();
        return scope.isAdmin() ? queries.adminList(filter, page) : queries.recipientList(filter, scope.userId(), page);
    }

    @Transactional(readOnly = true)
    public long count(NoticeFilter filter) {
        Scope scope = readerScope();
        return queries.count(filter, scope.isAdmin() ? null : scope.userId());
    }

    /** Opens a notice; a recipient's first opening is their read receipt. */
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

    /** Who of the recipients has read the notice ({@code read} null: everybody). Admin only. */
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

    /**
     * A recipient's reply to a notice that asks for one (a reply-by date); a late reply is still taken. Returns
     * its id, to which {@link #attachToReply} adds files.
     */
    public long reply(long noticeId, @Nullable String text) {
        Scope scope = readerScope();
        Notice notice = notices.findById(noticeId).orElseThrow(() -> new RuleViolationException("error.notFound"));
        if (scope.isAdmin()) {
            scope.requireRole(Role.STREET_COORDINATOR, Role.REVIEWER);
        }
        requireAddressed(noticeId, notice, scope);
        if (notice.getReplyBy() == null) {
            throw RuleViolationException.atField("reply", "notices.error.noReplyAsked");
        }
        String body = FieldChecks.text("reply", text, REPLY_MAX);
        queries.recordReceipt(noticeId, scope.userId(), Instant.now(clock));
        return replies.saveAndFlush(new NoticeReply(noticeId, scope.userId(), scope.townId(), body, Instant.now(clock)))
                .requireId();
    }

    /** Adds a checked file to the caller's own reply. */
    public long attachToReply(long replyId, String fileName, String contentType, byte[] content) {
        Scope scope = readerScope();
        NoticeReply reply = replies.findById(replyId).orElseThrow(() -> new RuleViolationException("error.notFound"));
        if (reply.getUserId() != scope.userId()) {
            if (reply.getTownId() != null) {
                scope.requireTown(reply.getTownId()); // another town's reply: the town refusal
            }
            throw new RuleViolationException("notices.error.notYourReply");
        }
        Attachments.Checked file = Attachments.check("file", Attachments.Kind.WITH_OFFICE, fileName, contentType, content);
        return replyFiles.saveAndFlush(new NoticeReplyAttachment(replyId, file.fileName(), file.contentType(),
                file.content(), scope.username(), Instant.now(clock))).requireId();
    }

    /**
     * One page of the replies the caller may see, newest first: all for the admin, their town's for a coordinator,
     * their own for a reviewer.
     */
    @Transactional(readOnly = true)
    public List<ReplyRow> replies(long noticeId, Pageable page) {
        ReplyScope whose = replyScope(noticeId);
        return queries.replies(noticeId, whose.townId(), whose.userId(), page);
    }

    /** How many replies {@link #replies(long, Pageable)} pages through. */
    @Transactional(readOnly = true)
    public long countReplies(long noticeId) {
        ReplyScope whose = replyScope(noticeId);
        return queries.countReplies(noticeId, whose.townId(), whose.userId());
    }

    private record ReplyScope(@Nullable Long townId, @Nullable Long userId) {
    }

    private ReplyScope replyScope(long noticeId) {
        Scope scope = readerScope();
        Notice notice = notices.findById(noticeId).orElseThrow(() -> new RuleViolationException("error.notFound"));
        if (scope.isAdmin()) {
            return new ReplyScope(null, null);
        }
        requireAddressed(noticeId, notice, scope);
        return scope.role() == Role.STREET_COORDINATOR ? new ReplyScope(scope.townId(), null)
                : new ReplyScope(null, scope.userId());
    }

    /** A reply's file, for whom its reply is visible. */
    @Transactional(readOnly = true)
    public Attachments.Checked replyAttachment(long attachmentId) {
        Scope scope = readerScope();
        NoticeReplyAttachment file = replyFiles.findById(attachmentId)
                .orElseThrow(() -> new RuleViolationException("error.notFound"));
        NoticeReply reply = replies.findById(file.getReplyId()).orElseThrow(() -> new RuleViolationException("error.notFound"));
        if (!scope.isAdmin() && reply.getUserId() != scope.userId()) {
            if (scope.role() == Role.STREET_COORDINATOR && reply.getTownId() != null) {
                scope.requireTown(reply.getTownId()); // a coordinator sees their town's replies
            } else {
                scope.requireRole(Role.CITY_ADMIN);
            }
        }
        return new Attachments.Checked(file.getFileName(), file.getContentType(), file.getContent());
    }

    private NoticeDetail detail(long id) {
        Notice notice = notices.findById(id).orElseThrow(() -> new RuleViolationException("error.notFound"));
        return queries.detail(id, notice.isAllTowns() ? List.of() : queries.townNames(id), queries.attachments(id));
    }

    private Scope readerScope() {
        return currentUser.scope();
    }

    /**
     * Refuses, as any out-of-area read is refused, a notice not addressed to the caller: another town's with the
     * town refusal, one for another role (or for towns, to a reviewer of none) with the role refusal.
     */
    private void requireAddressed(long id, Notice notice, Scope scope) {
        if (queries.addressedTo(id, scope.userId())) {
            return;
        }
        if (!notice.isAllTowns() && scope.townId() != null && !queries.towns(id).contains(scope.townId())) {
            scope.requireTown(queries.towns(id).getFirst());
        }
        scope.requireRole(Role.CITY_ADMIN);
    }
}
