package cn.haitang.console.notices;

import cn.haitang.console.base.inbox.InboxContribution;
import cn.haitang.console.base.inbox.InboxItem;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Notices in the inbox: a coordinator's unread notices (until they open them), and for the city admin the
 * notices with a read-by date (not more than {@value #ADMIN_DAYS_AFTER} days past) that some addressed
 * coordinator has not read yet.
 */
@Component
class NoticesInbox implements InboxContribution {

    static final int ADMIN_DAYS_AFTER = 30;

    private record Row(long id, String title, @Nullable LocalDate readBy) {
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
            case STREET_COORDINATOR -> jdbc.sql("""
                            SELECT n.id, n.title, n.read_by FROM notice n
                            WHERE (n.all_towns OR EXISTS (SELECT 1 FROM notice_town nt WHERE nt.notice_id = n.id AND nt.town_id = ?))
                              AND NOT EXISTS (SELECT 1 FROM notice_receipt r WHERE r.notice_id = n.id AND r.user_id = ?)
                            ORDER BY n.read_by IS NULL, n.read_by, n.published_at DESC LIMIT ?""")
                    .params(scope.townId(), scope.userId(), LIMIT).query(Row.class).list().stream()
                    .map(r -> new InboxItem("inbox.notice.unread", r.title(), null, r.readBy(), "notices/" + r.id()))
                    .toList();
            case CITY_ADMIN -> jdbc.sql("""
                            SELECT n.id, n.title, n.read_by FROM notice n
                            WHERE n.read_by >= ? AND EXISTS (SELECT 1 FROM user_account u WHERE %s
                              AND NOT EXISTS (SELECT 1 FROM notice_receipt r WHERE r.notice_id = n.id AND r.user_id = u.id))
                            ORDER BY n.read_by, n.id LIMIT ?""".formatted(NoticeQueries.RECIPIENT))
                    .params(today.minusDays(ADMIN_DAYS_AFTER), LIMIT).query(Row.class).list().stream()
                    .map(r -> new InboxItem("inbox.notice.unreadTowns", r.title(), null, r.readBy(), "notices/" + r.id()))
                    .toList();
            case REVIEWER -> List.of();
        };
    }
}
