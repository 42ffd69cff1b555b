package cn.haitang.console.pairing;

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
 * Pairing's part of a coordinator's inbox: key small matters of their town that an institution has
 * resolved and that wait for the community's acceptance (due {@value #ACCEPT_DAYS} days after the
 * resolution); each opens the matter on the board.
 */
@Component
class PairingInbox implements InboxContribution {

    static final int ACCEPT_DAYS = 7;

    private record Row(String title, @Nullable String area, @Nullable LocalDate due, long id) {
        InboxItem item() {
            return new InboxItem("inbox.pairing.accept", title, area, due, "pairing/matters?matter=" + id);
        }
    }

    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    PairingInbox(CurrentUser currentUser, JdbcClient jdbc) {
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    @Override
    public List<InboxItem> items(LocalDate today) {
        Scope scope = currentUser.scope();
        if (scope.role() != Role.STREET_COORDINATOR || scope.townId() == null) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT m.id, m.title, c.name AS area, DATE_ADD(m.resolved_on, INTERVAL ? DAY) AS due
                        FROM matter m JOIN community c ON c.id = m.community_id
                        WHERE m.town_id = ? AND m.state = 'RESOLVED'
                        ORDER BY due, m.id LIMIT ?""")
                .params(ACCEPT_DAYS, scope.townId(), LIMIT)
                .query(Row.class).list().stream().map(Row::item).toList();
    }
}
