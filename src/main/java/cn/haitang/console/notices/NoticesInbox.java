package cn.haitang.console.notices;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.inbox.InboxContribution;
import cn.haitang.console.base.inbox.InboxItem;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Notices in the inbox. A recipient (coordinator or reviewer the notice is addressed to): each unread notice
 * until they open it — as a reminder once its read-by date is {@value #REMIND_DAYS} days away or past — and
 * each notice that asks for a reply their town (a reviewer: they) has not given yet. The city admin: the notices
 * with a read-by date (not more than {@value #ADMIN_DAYS_AFTER} days past) that some recipient has not read.
 */
@Component
class NoticesInbox implements InboxContribution {

    static final int ADMIN_DAYS_AFTER = 30;
    static final int REMIND_DAYS = 2;

    private record Row(long id, String title, @Nullable LocalDate due) {
    }

    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    NoticesInbox(CurrentUser currentUser, JdbcClient jdbc) {
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    @Override
    public List<InboxItem> items(LocalDate today) {
        Scope scope = currentUser.scope();
        return switch (scope.role()) {
            case STREET_COORDINATOR, REVIEWER -> recipientItems(scope, today);
            case CITY_ADMIN -> adminItems(today);
        };
    }

    /**
     * The admin's: notices with a read-by date that some recipient has not read, and notices with a reply-by date
     * (not more than {@value #ADMIN_DAYS_AFTER} days past) from whose addressed towns some coordinator's town
     * has not replied, each due on its date.
     */
    private List<InboxItem> adminItems(LocalDate today) {
        List<InboxItem> items = new ArrayList<>(jdbc.sql("""
                            SELECT n.id, n.title, n.read_by AS due FROM notice n
                            WHERE n.read_by >= ? AND EXISTS (SELECT 1 FROM user_account u WHERE %s
                              AND NOT EXISTS (SELECT 1 FROM notice_receipt r WHERE r.notice_id = n.id AND r.user_id = u.id))
                            ORDER BY n.read_by, n.id LIMIT ?""".formatted(NoticeQueries.RECIPIENT))
                    .params(today.minusDays(ADMIN_DAYS_AFTER), LIMIT).query(Row.class).list().stream()
                    .map(r -> new InboxItem("inbox.notice.unreadTowns", r.title(), null, r.due(), "notices/" + r.id()))
                    .toList());
        jdbc.sql("""
                        SELECT n.id, n.title, n.reply_by AS due FROM notice n
                        WHERE n.reply_by >= ? AND n.to_coordinators AND EXISTS (SELECT 1 FROM user_account u WHERE %s
                          AND u.role = 'STREET_COORDINATOR'
                          AND NOT EXISTS (SELECT 1 FROM notice_reply p WHERE p.notice_id = n.id AND p.town_id = u.town_id))
                        ORDER BY n.reply_by, n.id LIMIT ?""".formatted(NoticeQueries.RECIPIENT))
                .params(today.minusDays(ADMIN_DAYS_AFTER), LIMIT).query(Row.class).list()
                .forEach(r -> items.add(new InboxItem("inbox.notice.repliesMissing", r.title(), null, r.due(),
                        "notices/" + r.id())));
        return items.size() > LIMIT ? items.subList(0, LIMIT) : items;
    }

    private List<InboxItem> recipientItems(Scope scope, LocalDate today) {
        String addressed = "EXISTS (SELECT 1 FROM user_account u WHERE u.id = ? AND " + NoticeQueries.RECIPIENT + ")";
        List<InboxItem> items = new ArrayList<>();
        jdbc.sql("SELECT n.id, n.title, n.read_by AS due FROM notice n WHERE " + addressed + """
                         AND NOT EXISTS (SELECT 1 FROM notice_receipt r WHERE r.notice_id = n.id AND r.user_id = ?)
                        ORDER BY n.read_by IS NULL, n.read_by, n.published_at DESC LIMIT ?""")
                .params(scope.userId(), scope.userId(), LIMIT).query(Row.class).list()
                .forEach(r -> items.add(new InboxItem(r.due() != null && !r.due().isAfter(today.plusDays(REMIND_DAYS))
                        ? "inbox.notice.readByNear" : "inbox.notice.unread", r.title(), null, r.due(), "notices/" + r.id())));
        // a coordinator's town replies once for all its coordinators; a reviewer replies for themself
        String replied = scope.townId() != null && scope.role() == Role.STREET_COORDINATOR
                ? "p.town_id = ?" : "p.user_id = ?";
        long whose = replied.startsWith("p.town") ? scope.townId() : scope.userId();
        jdbc.sql("SELECT n.id, n.title, n.reply_by AS due FROM notice n WHERE n.reply_by IS NOT NULL AND " + addressed
                        + " AND NOT EXISTS (SELECT 1 FROM notice_reply p WHERE p.notice_id = n.id AND " + replied + ")"
                        + " ORDER BY n.reply_by, n.id LIMIT ?")
                .params(scope.userId(), whose, LIMIT).query(Row.class).list()
                .forEach(r -> items.add(new InboxItem("inbox.notice.replyDue", r.title(), null, r.due(), "notices/" + r.id())));
        return items.size() > LIMIT ? items.subList(0, LIMIT) : items;
    }
}
