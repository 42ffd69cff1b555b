package cn.haitang.console.notices;

import cn.haitang.console.base.db.Sql;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The notices' reads: lists paged and counted in SQL, receipts and their counts aggregated in the database. */
@Component
class NoticeQueries {

    /**
     * The users a notice reaches: enabled, of a role it is addressed to, and of a town it is addressed to (a
     * reviewer who belongs to no town is reached only by a notice to all towns).
     */
    static final String RECIPIENT = """
            u.enabled AND ((u.role = 'STREET_COORDINATOR' AND n.to_coordinators) OR (u.role = 'REVIEWER' AND n.to_reviewers))
            AND (n.all_towns OR EXISTS (SELECT 1 FROM notice_town nt WHERE nt.notice_id = n.id AND nt.town_id = u.town_id))""";

    private static final Map<String, String> SORT = Map.of("title", "n.title", "publishedAt", "n.published_at",
            "readBy", "n.read_by");

    private final JdbcClient jdbc;

    NoticeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Sql conditions(NoticeFilter filter, @Nullable Long userId) {
        Sql sql = new Sql();
        if (filter.search() != null && !filter.search().isBlank()) {
            sql.and("n.title LIKE ?", Sql.contains(filter.search()));
        }
        if (userId != null) {
            sql.and("EXISTS (SELECT 1 FROM user_account u WHERE u.id = ? AND " + RECIPIENT + ")", userId);
            if (filter.unreadOnly()) {
                sql.and("NOT EXISTS (SELECT 1 FROM notice_receipt r WHERE r.notice_id = n.id AND r.user_id = ?)", userId);
            }
        }
        return sql;
    }

    /** All notices, with their recipients and readers counted in the database. */
    List<NoticeRow> adminList(NoticeFilter filter, Pageable page) {
        Sql sql = conditions(filter, null);
        return jdbc.sql("SELECT n.id, n.title, n.published_at, n.read_by, n.all_towns,"
                        + " (SELECT COUNT(*) FROM user_account u WHERE " + RECIPIENT + ") AS recipients,"
                        + " (SELECT COUNT(*) FROM notice_receipt r JOIN user_account u ON u.id = r.user_id"
                        + "   WHERE r.notice_id = n.id AND " + RECIPIENT + ") AS readers,"
                        + " NULL AS read_at FROM notice n" + sql.where()
                        + Sql.orderBy(page.getSort(), SORT, "n.published_at DESC, n.id DESC") + " LIMIT ? OFFSET ?")
                .params(sql.args(page.getPageSize(), page.getOffset())).query(NoticeRow.class).list();
    }

    /** The notices addressed to a recipient (their role and town), with when they read each. */
    List<NoticeRow> recipientList(NoticeFilter filter, long userId, Pageable page) {
        Sql sql = conditions(filter, userId);
        return jdbc.sql("SELECT n.id, n.title, n.published_at, n.read_by, n.all_towns, 0 AS recipients, 0 AS readers,"
                        + " r.read_at FROM notice n LEFT JOIN notice_receipt r ON r.notice_id = n.id AND r.user_id = ?"
                        + sql.where()
                        + Sql.orderBy(page.getSort(), SORT, "n.published_at DESC, n.id DESC") + " LIMIT ? OFFSET ?")
                .params(concat(userId, sql.args(page.getPageSize(), page.getOffset())))
                .query(NoticeRow.class).list();
    }

    long count(NoticeFilter filter, @Nullable Long userId) {
        Sql sql = conditions(filter, userId);
        return jdbc.sql("SELECT COUNT(*) FROM notice n" + sql.where()).params(sql.args()).query(Long.class).single();
    }

    /** Whether the notice reaches the user (role, town, enabled). */
    boolean addressedTo(long noticeId, long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM notice n JOIN user_account u ON u.id = ? AND " + RECIPIENT
                        + " WHERE n.id = ?")
                .params(userId, noticeId).query(Long.class).single() > 0;
    }

    List<Long> towns(long noticeId) {
        return jdbc.sql("SELECT town_id FROM notice_town WHERE notice_id = ? ORDER BY town_id").param(noticeId)
                .query(Long.class).list();
    }

    List<String> townNames(long noticeId) {
        return jdbc.sql("""
                SELECT t.name FROM notice_town nt JOIN town t ON t.id = nt.town_id
                WHERE nt.notice_id = ? ORDER BY t.sort_order, t.id""").param(noticeId).query(String.class).list();
    }

    void addTowns(long noticeId, Iterable<Long> townIds) {
        for (Long town : townIds) {
            jdbc.sql("INSERT INTO notice_town (notice_id, town_id) VALUES (?, ?)").params(noticeId, town).update();
        }
    }

    /** Records that the user read the notice; the first reading counts, later ones change nothing. */
    void recordReceipt(long noticeId, long userId, java.time.Instant at) {
        jdbc.sql("INSERT IGNORE INTO notice_receipt (notice_id, user_id, read_at) VALUES (?, ?, ?)")
                .params(noticeId, userId, java.sql.Timestamp.from(at)).update();
    }

    List<NoticeDetail.AttachmentRow> attachments(long noticeId) {
        return jdbc.sql("SELECT id, file_name, size_bytes FROM notice_attachment WHERE notice_id = ? ORDER BY id")
                .param(noticeId).query(NoticeDetail.AttachmentRow.class).list();
    }

    private static final String RECEIPTS = """
            FROM notice n JOIN user_account u ON %s LEFT JOIN town t ON t.id = u.town_id
            LEFT JOIN notice_receipt r ON r.notice_id = n.id AND r.user_id = u.id
            WHERE n.id = ?""".formatted(RECIPIENT);

    /** Every recipient of a notice, unread first, then by town. */
    List<ReceiptRow> receipts(long noticeId, @Nullable Boolean read, Pageable page) {
        String readCondition = read == null ? "" : read ? " AND r.read_at IS NOT NULL" : " AND r.read_at IS NULL";
        return jdbc.sql("SELECT u.id AS user_id, t.name AS town_name, u.display_name, u.role, r.read_at " + RECEIPTS
                        + readCondition + " ORDER BY r.read_at IS NOT NULL, t.id IS NULL, t.sort_order, t.id, u.role, u.id LIMIT ? OFFSET ?")
                .params(noticeId, page.getPageSize(), page.getOffset()).query(ReceiptRow.class).list();
    }

    long countReceipts(long noticeId, @Nullable Boolean read) {
        String readCondition = read == null ? "" : read ? " AND r.read_at IS NOT NULL" : " AND r.read_at IS NULL";
        return jdbc.sql("SELECT COUNT(*) " + RECEIPTS + readCondition).param(noticeId).query(Long.class).single();
    }

    /**
     * Per addressed town: recipients, readers, and the town's replies (count, last) from the reply index
     * (notice, town); towns with unread recipients first.
     */
    List<TownReadCount> byTown(long noticeId) {
        return jdbc.sql("SELECT t.id AS town_id, t.name AS town_name, COUNT(*) AS recipients,"
                        + " COUNT(r.read_at) AS readers,"
                        + " (SELECT COUNT(*) FROM notice_reply p WHERE p.notice_id = ? AND p.town_id <=> t.id) AS replies,"
                        + " (SELECT MAX(p.replied_at) FROM notice_reply p WHERE p.notice_id = ? AND p.town_id <=> t.id)"
                        + " AS last_reply_at " + RECEIPTS
                        + " GROUP BY t.id, t.name, t.sort_order ORDER BY COUNT(r.read_at) = COUNT(*), t.id IS NULL, t.sort_order, t.id")
                .params(noticeId, noticeId, noticeId)
                .query((rs, n) -> new TownReadCount(rs.getObject("town_id", Long.class), rs.getString("town_name"),
                        rs.getLong("recipients"), rs.getLong("readers"), rs.getLong("replies"),
                        rs.getTimestamp("last_reply_at") == null ? null : rs.getTimestamp("last_reply_at").toInstant()))
                .list();
    }

    NoticeDetail detail(long id, List<String> townNames, List<NoticeDetail.AttachmentRow> files) {
        return jdbc.sql("""
                        SELECT id, title, body, all_towns, to_coordinators, to_reviewers, read_by, reply_by, published_by,
                               published_at FROM notice WHERE id = ?""")
                .param(id)
                .query((rs, n) -> new NoticeDetail(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
                        rs.getBoolean("all_towns"), townNames, rs.getBoolean("to_coordinators"),
                        rs.getBoolean("to_reviewers"), rs.getObject("read_by", java.time.LocalDate.class),
                        rs.getObject("reply_by", java.time.LocalDate.class),
                        rs.getString("published_by"), rs.getTimestamp("published_at").toInstant(), files))
                .single();
    }

    private static Sql replyConditions(long noticeId, @Nullable Long townId, @Nullable Long userId) {
        Sql sql = new Sql();
        sql.and("p.notice_id = ?", noticeId);
        if (townId != null) {
            sql.and("p.town_id = ?", townId);
        }
        if (userId != null) {
            sql.and("p.user_id = ?", userId);
        }
        return sql;
    }

    /**
     * One page of a notice's replies, newest first, with their files (two queries: the page, then the files of
     * the page's replies): all of them, or those of one town ({@code townId}), or one user's ({@code userId}).
     */
    List<ReplyRow> replies(long noticeId, @Nullable Long townId, @Nullable Long userId, Pageable page) {
        Sql sql = replyConditions(noticeId, townId, userId);
        record Head(long id, @Nullable String townName, String displayName, String body, java.sql.Timestamp repliedAt) {
        }
        List<Head> heads = jdbc.sql("SELECT p.id, t.name AS town_name, u.display_name, p.body, p.replied_at FROM notice_reply p"
                        + " JOIN user_account u ON u.id = p.user_id LEFT JOIN town t ON t.id = p.town_id" + sql.where()
                        + " ORDER BY p.replied_at DESC, p.id DESC LIMIT ? OFFSET ?")
                .params(sql.args(page.getPageSize(), page.getOffset())).query(Head.class).list();
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, List<NoticeDetail.AttachmentRow>> files = new java.util.HashMap<>();
        jdbc.sql("SELECT reply_id, id, file_name, size_bytes FROM notice_reply_attachment WHERE reply_id IN (:ids) ORDER BY id")
                .param("ids", heads.stream().map(Head::id).toList())
                .query((rs, n) -> files.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(new NoticeDetail.AttachmentRow(rs.getLong(2), rs.getString(3), rs.getLong(4))))
                .list();
        return heads.stream().map(h -> new ReplyRow(h.id(), h.townName(), h.displayName(), h.body(),
                h.repliedAt().toInstant(), files.getOrDefault(h.id(), List.of()))).toList();
    }

    long countReplies(long noticeId, @Nullable Long townId, @Nullable Long userId) {
        Sql sql = replyConditions(noticeId, townId, userId);
        return jdbc.sql("SELECT COUNT(*) FROM notice_reply p" + sql.where()).params(sql.args()).query(Long.class).single();
    }

    private static Object[] concat(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
