package cn.haitang.console.accreditation;

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
 * Accreditation's part of the inbox, one query per role: a reviewer's applications to score (by their
 * deadline); the city admin's applications to decide, objections to resolve before the 公示 ends and
 * certificates expiring within {@value #EXPIRY_DAYS} days; a coordinator's applications sent back for
 * revision and their town's sites due for re-review.
 */
@Component
class AccreditationInbox implements InboxContribution {

    static final int EXPIRY_DAYS = 90;

    private record Row(String kind, String title, @Nullable String area, @Nullable LocalDate due, String route) {
        InboxItem item() {
            return new InboxItem(kind, title, area, due, route);
        }
    }

    private static final String REVIEWER = """
            SELECT 'inbox.accr.score' AS kind, CONCAT(c.name, ' · ', r.title) AS title, t.name AS area,
                   s.deadline AS due, CONCAT('accreditation/scoring/', s.id) AS route
            FROM accr_assignment s JOIN accr_application a ON a.id = s.application_id
            JOIN accr_round r ON r.id = a.round_id JOIN compound c ON c.id = a.compound_id JOIN town t ON t.id = a.town_id
            WHERE s.reviewer_id = ? AND s.state IN ('ASSIGNED', 'DRAFT')
            ORDER BY due, s.id LIMIT ?""";

    private static final String ADMIN = """
            SELECT * FROM (
              SELECT 'inbox.accr.decide' AS kind, CONCAT(c.name, ' · ', r.title) AS title, t.name AS area,
                     r.review_deadline AS due, CONCAT('accreditation/application/', a.id) AS route
              FROM accr_application a JOIN accr_round r ON r.id = a.round_id
              JOIN compound c ON c.id = a.compound_id JOIN town t ON t.id = a.town_id
              WHERE a.state = 'SCORED'
              UNION ALL
              SELECT 'inbox.accr.objection', CONCAT(c.name, ' · ', o.raised_by), t.name, a.notice_to,
                     CONCAT('accreditation/application/', a.id)
              FROM accr_objection o JOIN accr_application a ON a.id = o.application_id
              JOIN compound c ON c.id = a.compound_id JOIN town t ON t.id = a.town_id
              WHERE o.state = 'OPEN' AND a.state = 'IN_NOTICE'
              UNION ALL
              SELECT 'inbox.accr.expiring', CONCAT(c.name, ' · ', s.certificate_no), t.name, s.valid_to,
                     'accreditation/sites'
              FROM accr_site s JOIN compound c ON c.id = s.compound_id JOIN town t ON t.id = s.town_id
              WHERE s.state = 'CURRENT' AND s.valid_to <= ?
            ) x ORDER BY due, title LIMIT ?""";

    private static final String COORDINATOR = """
            SELECT * FROM (
              SELECT 'inbox.accr.sentBack' AS kind, CONCAT(c.name, ' · ', r.title) AS title, t.name AS area,
                     r.closes_on AS due, CONCAT('accreditation/application/', a.id) AS route
              FROM accr_application a JOIN accr_round r ON r.id = a.round_id
              JOIN compound c ON c.id = a.compound_id JOIN town t ON t.id = a.town_id
              WHERE a.town_id = ? AND a.state = 'SENT_BACK'
              UNION ALL
              SELECT 'inbox.accr.reReview', CONCAT(c.name, ' · ', s.certificate_no), t.name, s.valid_to,
                     'accreditation/reminders'
              FROM accr_site s JOIN compound c ON c.id = s.compound_id JOIN town t ON t.id = s.town_id
              WHERE s.town_id = ? AND s.state = 'CURRENT' AND s.valid_to <= ?
            ) x ORDER BY due, title LIMIT ?""";

    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    AccreditationInbox(CurrentUser currentUser, JdbcClient jdbc) {
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    @Override
    public List<InboxItem> items(LocalDate today) {
        Scope scope = currentUser.scope();
        LocalDate expiry = today.plusDays(EXPIRY_DAYS);
        JdbcClient.StatementSpec query = switch (scope.role()) {
            case REVIEWER -> jdbc.sql(REVIEWER).params(scope.userId(), LIMIT);
            case CITY_ADMIN -> jdbc.sql(ADMIN).params(expiry, LIMIT);
            case STREET_COORDINATOR -> jdbc.sql(COORDINATOR).params(scope.townId(), scope.townId(), expiry, LIMIT);
        };
        return query.query(Row.class).list().stream().map(Row::item).toList();
    }
}
