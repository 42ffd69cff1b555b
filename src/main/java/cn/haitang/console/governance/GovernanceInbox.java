package cn.haitang.console.governance;

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
 * Governance's part of a coordinator's inbox, in one query over their town: committee candidates waiting
 * for the party's vetting (due {@value #VETTING_DAYS} days after they were proposed), and open property
 * disputes past the fast-track's time (速裁快审: {@value #FAST_TRACK_DAYS} days from filing, other
 * disputes {@value #DISPUTE_DAYS}). Each opens the compound page at the tab where it is handled.
 */
@Component
class GovernanceInbox implements InboxContribution {

    static final int VETTING_DAYS = 14;
    static final int FAST_TRACK_DAYS = 15;
    static final int DISPUTE_DAYS = 30;

    private record Row(String kind, String title, @Nullable String area, @Nullable LocalDate due, String route) {
        InboxItem item() {
            return new InboxItem(kind, title, area, due, route);
        }
    }

    private static final String COORDINATOR = """
            SELECT * FROM (
              SELECT 'inbox.gov.vet' AS kind, CONCAT(k.name, ' · ', c.name) AS title, m.name AS area,
                     DATE_ADD(k.proposed_on, INTERVAL ? DAY) AS due,
                     CONCAT('compound/', c.id, '?tab=gov.tab.committee') AS route
              FROM committee_candidate k JOIN compound_committee cc ON cc.id = k.committee_id
              JOIN compound c ON c.id = cc.compound_id JOIN community m ON m.id = c.community_id
              WHERE k.town_id = ? AND k.status = 'PROPOSED'
              UNION ALL
              SELECT 'inbox.gov.dispute', CONCAT(d.title, ' · ', c.name), m.name,
                     DATE_ADD(d.filed_on, INTERVAL IF(d.fast_track, ?, ?) DAY),
                     CONCAT('compound/', c.id, '?tab=gov.tab.property')
              FROM property_dispute d JOIN compound c ON c.id = d.compound_id JOIN community m ON m.id = c.community_id
              WHERE d.town_id = ? AND d.state <> 'CLOSED'
                AND DATE_ADD(d.filed_on, INTERVAL IF(d.fast_track, ?, ?) DAY) < ?
            ) x ORDER BY due, title LIMIT ?""";

    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    GovernanceInbox(CurrentUser currentUser, JdbcClient jdbc) {
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    @Override
    public List<InboxItem> items(LocalDate today) {
        Scope scope = currentUser.scope();
        if (scope.role() != Role.STREET_COORDINATOR || scope.townId() == null) {
            return List.of();
        }
        return jdbc.sql(COORDINATOR)
                .params(VETTING_DAYS, scope.townId(), FAST_TRACK_DAYS, DISPUTE_DAYS, scope.townId(), FAST_TRACK_DAYS,
                        DISPUTE_DAYS, today, LIMIT)
                .query(Row.class).list().stream().map(Row::item).toList();
    }
}
