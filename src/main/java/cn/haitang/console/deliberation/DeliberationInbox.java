package cn.haitang.console.deliberation;

import cn.haitang.console.base.Role;
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
 * Deliberation's part of a coordinator's inbox: topics handed to the community whose due date has passed
 * without a result (the same rule as the 逾期议题 list), in their town, most overdue first; each opens
 * that list.
 */
@Component
class DeliberationInbox implements InboxContribution {

    private record Row(String kind, String title, @Nullable String area, @Nullable LocalDate due, String route) {
        InboxItem item() {
            return new InboxItem(kind, title, area, due, route);
        }
    }

    private static final String OVERDUE = """
            SELECT 'inbox.delib.overdue' AS kind, CONCAT(tp.title, ' · ', COALESCE(cp.name, c.name)) AS title,
                   c.name AS area, tp.due_on AS due, 'deliberation/overdue' AS route
            FROM delib_topic tp JOIN delib_session s ON s.id = tp.session_id
            JOIN community c ON c.id = s.community_id LEFT JOIN compound cp ON cp.id = s.compound_id
            WHERE tp.town_id = ? AND tp.outcome = 'COMMUNITY' AND tp.resolved_on IS NULL AND tp.due_on < ?
            ORDER BY tp.due_on, tp.id LIMIT ?""";

    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    DeliberationInbox(CurrentUser currentUser, JdbcClient jdbc) {
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    @Override
    public List<InboxItem> items(LocalDate today) {
        Scope scope = currentUser.scope();
        if (scope.role() != Role.STREET_COORDINATOR || scope.townId() == null) {
            return List.of();
        }
        return jdbc.sql(OVERDUE).params(scope.townId(), today, LIMIT).query(Row.class).list().stream().map(Row::item)
                .toList();
    }
}
