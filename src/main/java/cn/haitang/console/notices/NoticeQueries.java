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

    /** The coordinators a notice reaches: enabled, of a town it is addressed to. */
    static final String RECIPIENT = """
            u.role = 'STREET_COORDINATOR' AND u.enabled
            AND (n.all_towns OR EXISTS (SELECT 1 FROM notice_town nt WHERE nt.notice_id = n.id AND nt.town_id = u.town_id))""";

    private static final Map<String, String> SORT = Map.of("title", "n.title", "publishedAt", "n.published_at",
            "readBy", "n.read_by");

    private final JdbcClient jdbc;

    NoticeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Sql conditions(NoticeFilter filter, @Nullable Long userId, @Nullable Long townId) {
        Sql sql = new Sql();
        if (filter.search() != null && !filter.search().isBlank()) {
            sql.and("n.title LIKE ?", Sql.contains(filter.search()));
        }
        if (townId != null) {
            sql.and("(n.all_towns OR EXISTS (SELECT 1 FROM notice_town nt WHERE nt.notice_id = n.id AND nt.town_id = ?))",
                    townId);
            if (filter.unreadOnly()) {
                sql.and("NOT EXISTS (SELECT 1 FROM notice_receipt r WHERE r.notice_id = n.id AND r.user_id = ?)", userId);
            }
        }
        return sql;
    }

    /** All notices, with their recipients and readers counted in the database. */
    List<NoticeRow> adminList(NoticeFilter filter, Pageable page) {
        Sql sql = conditions(filter, null, null);
        return jdbc.sql("SELECT n.id, n.title, n.published_at, n.read_by, n.all_towns,"
                        + " (SELECT COUNT(*) FROM user_account u WHERE " + RECIPIENT + ") AS recipients,"
                        + " (SELECT COUNT(*) FROM notice_receipt r JOIN user_account u ON u.id = r.user_id"
                        + "   WHERE r.notice_id = n.id AND " + RECIPIENT + ") AS readers,"
                        + " NULL AS read_at FROM notice n" + sql.where()
                        + Sql.orderBy(page.getSort(), SORT, "n.published_at DESC, n.id DESC") + " LIMIT ? OFFSET ?")
                .params(sql.args(page.getPageSize(), page.getOffset())).query(NoticeRow.class).list();
    }

    /** The notices addressed to a coordinator's town, with when they read each. */
    List<NoticeRow> townList(NoticeFilter filter, long userId, long townId, Pageable page) {
        Sql sql = conditions(filter, userId, townId);
        return jdbc.sql("SELECT n.id, n.title, n.published_at, n.read_by, n.all_towns, 0 AS recipients, 0 AS readers,"
                        + " r.read_at FROM notice n LEFT JOIN notice_receipt r ON r.notice_id = n.id AND r.user_id = ?"
                        + sql.where()
                        + Sql.orderBy(page.getSort(), SORT, "n.published_at DESC, n.id DESC") + " LIMIT ? OFFSET ?")
                .params(concat(userId, sql.args(page.getPageSize(), page.getOffset())))
                .query(NoticeRow.class).list();
    }

    long count(NoticeFilter filter, @Nullable Long userId, @Nullable Long townId) {
        Sql sql = conditions(filter, userId, townId);
        return jdbc.sql("SELECT COUNT(*) FROM notice n" + sql.where()).params(sql.args()).query(Long.class).single();
    }

    boolean addressedTo(long noticeId, long townId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM notice n WHERE n.id = ? AND (n.all_towns
                  OR EXISTS (SELECT 1 FROM notice_town nt WHERE nt.notice_id = n.id AND nt.town_id = ?))""")
                .params(noticeId, townId).query(Long.class).single() > 0;
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
            FROM notice n JOIN user_account u ON %s JOIN town t ON t.id = u.town_id
            LEFT JOIN notice_receipt r ON r.notice_id = n.id AND r.user_id = u.id
            WHERE n.id = ?""".formatted(RECIPIENT);

    /** Every recipient of a notice, unread first, then by town. */
    List<ReceiptRow> receipts(long noticeId, @Nullable Boolean read, Pageable page) {
        String readCondition = read == null ? "" : read ? " AND r.read_at IS NOT NULL" : " AND r.read_at IS NULL";
        return jdbc.sql("SELECT u.id AS user_id, t.name AS town_name, u.display_name, r.read_at " + RECEIPTS
                        + readCondition + " ORDER BY r.read_at IS NOT NULL, t.sort_order, t.id, u.id LIMIT ? OFFSET ?")
                .params(noticeId, page.getPageSize(), page.getOffset()).query(ReceiptRow.class).list();
    }

    long countReceipts(long noticeId, @Nullable Boolean read) {
        String readCondition = read == null ? "" : read ? " AND r.read_at IS NOT NULL" : " AND r.read_at IS NULL";
        return jdbc.sql("SELECT COUNT(*) " + RECEIPTS + readCondition).param(noticeId).query(Long.class).single();
    }

    /** Per addressed town: coordinators and readers. */
    List<TownReadCount> byTown(long noticeId) {
        return jdbc.sql("SELECT t.id AS town_id, t.name AS town_name, COUNT(*) AS recipients,"
                        + " COUNT(r.read_at) AS readers " + RECEIPTS
                        + " GROUP BY t.id, t.name, t.sort_order ORDER BY COUNT(r.read_at) = COUNT(*), t.sort_order, t.id")
                .param(noticeId).query(TownReadCount.class).list();
    }

    NoticeDetail detail(long id, List<String> townNames, List<NoticeDetail.AttachmentRow> files) {
        return jdbc.sql("SELECT id, title, body, all_towns, read_by, published_by, published_at FROM notice WHERE id = ?")
                .param(id)
                .query((rs, n) -> new NoticeDetail(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
                        rs.getBoolean("all_towns"), townNames, rs.getObject("read_by", java.time.LocalDate.class),
                        rs.getString("published_by"), rs.getTimestamp("published_at").toInstant(), files))
                .single();
    }

    private static Object[] concat(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
