package cn.haitang.console.deliberation;

import cn.haitang.console.base.db.Sql;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of deliberation, in SQL with rows mapped by column name. Callers (the services) have checked
 * the scope and pass the town. Sessions page by a deferred join (ids from the index first, then only that
 * page's rows joined with their names) and offer a keyset page for deep pages and exports.
 */
@Component
class DeliberationQueries {

    private static final String PLATFORM_SELECT = """
            SELECT p.id, p.version, p.name, p.kind, p.town_id, t.name AS town_name, p.community_id,
                   c.name AS community_name, p.compound_id, cp.name AS compound_name, p.position_id,
                   COALESCE(sp.name, p.venue) AS venue, p.host, p.rhythm, p.active,
                   (SELECT COUNT(*) FROM delib_session s WHERE s.platform_id = p.id) AS sessions,
                   (SELECT MAX(s.held_on) FROM delib_session s WHERE s.platform_id = p.id) AS last_held_on
            FROM delib_platform p JOIN town t ON t.id = p.town_id JOIN community c ON c.id = p.community_id
            LEFT JOIN compound cp ON cp.id = p.compound_id
            LEFT JOIN service_position sp ON sp.id = p.position_id""";
    private static final Map<String, String> PLATFORM_SORT = Map.of("name", "p.name", "kind", "p.kind",
            "communityName", "c.name", "townName", "t.sort_order");

    private static final String SESSION_SELECT = """
            SELECT s.id, s.version, s.platform_id, p.name AS platform_name, p.kind, t.name AS town_name,
                   s.community_id, c.name AS community_name, s.compound_id, cp.name AS compound_name, s.held_on, s.host, s.residents, s.party_members,
                   s.owners_committee, s.property_company, s.institutions, s.minutes,
                   (SELECT COUNT(*) FROM delib_topic tp WHERE tp.session_id = s.id) AS topics
            FROM delib_session s JOIN delib_platform p ON p.id = s.platform_id JOIN town t ON t.id = s.town_id
            JOIN community c ON c.id = s.community_id LEFT JOIN compound cp ON cp.id = s.compound_id""";

    private static final String TOPIC_SELECT = """
            SELECT tp.id, tp.version, tp.session_id, s.held_on, p.name AS platform_name, c.name AS community_name,
                   cp.name AS compound_name, tp.title, tp.description, tp.outcome, tp.due_on, tp.result, tp.resolved_on,
                   tp.reason, tp.matter_id, m.state AS matter_state, tp.consultation_id, k.title AS consultation_title
            FROM delib_topic tp JOIN delib_session s ON s.id = tp.session_id JOIN delib_platform p ON p.id = s.platform_id
            JOIN community c ON c.id = s.community_id LEFT JOIN compound cp ON cp.id = s.compound_id
            LEFT JOIN matter m ON m.id = tp.matter_id LEFT JOIN delib_consultation k ON k.id = tp.consultation_id""";

    private static final String CONSULTATION_SELECT = """
            SELECT k.id, k.version, k.title, k.question, k.town_id, t.name AS town_name, c.name AS community_name,
                   k.compound_id, cp.name AS compound_name, k.opened_on, k.state, k.plan, k.duties, k.closed_on,
                   (SELECT COUNT(*) FROM delib_round r WHERE r.consultation_id = k.id) AS rounds,
                   v.id AS vote_id, v.state AS vote_state, v.passed AS vote_passed
            FROM delib_consultation k JOIN town t ON t.id = k.town_id JOIN community c ON c.id = k.community_id
            JOIN compound cp ON cp.id = k.compound_id LEFT JOIN delib_vote v ON v.consultation_id = k.id""";
    private static final Map<String, String> CONSULTATION_SORT = Map.of("openedOn", "k.opened_on", "title", "k.title",
            "compoundName", "cp.name", "state", "k.state");

    private final JdbcClient jdbc;

    DeliberationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String limit(Pageable page) {
        return page.isPaged() ? " LIMIT " + page.getPageSize() + " OFFSET " + page.getOffset() : "";
    }

    // ---- platforms -----------------------------------------------------------------------------------

    List<PlatformRow> platforms(PlatformFilter filter, Optional<Long> town, Pageable page) {
        Sql sql = platformWhere(filter, town);
        return jdbc.sql(PLATFORM_SELECT + sql.where() + Sql.orderBy(page.getSort(), PLATFORM_SORT, "t.sort_order, c.name, p.name, p.id")
                + limit(page)).params(sql.args()).query(PlatformRow.class).list();
    }

    long countPlatforms(PlatformFilter filter, Optional<Long> town) {
        Sql sql = platformWhere(filter, town);
        return jdbc.sql("SELECT COUNT(*) FROM delib_platform p" + sql.where()).params(sql.args()).query(Long.class).single();
    }

    private static Sql platformWhere(PlatformFilter filter, Optional<Long> town) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("p.town_id = ?", t));
        sql.andIf(filter.communityId() != null, "p.community_id = ?", filter.communityId());
        sql.andIf(filter.compoundId() != null, "p.compound_id = ?", filter.compoundId());
        sql.andIf(filter.kind() != null, "p.kind = ?", filter.kind() == null ? null : filter.kind().name());
        String text = filter.text();
        sql.andIf(text != null && !text.isBlank(), "(p.name LIKE ? OR p.venue LIKE ? OR p.host LIKE ?)",
                text == null ? null : Sql.contains(text), text == null ? null : Sql.contains(text),
                text == null ? null : Sql.contains(text));
        return sql;
    }

    PlatformRow platform(long id) {
        return jdbc.sql(PLATFORM_SELECT + " WHERE p.id = ?").param(id).query(PlatformRow.class).single();
    }

    List<Option> platformOptions(Optional<Long> town) {
        Sql sql = new Sql().and("p.active");
        town.ifPresent(t -> sql.and("p.town_id = ?", t));
        return jdbc.sql("SELECT p.id, CONCAT(p.name, '（', COALESCE(cp.name, c.name), '）') AS name FROM delib_platform p "
                + "JOIN community c ON c.id = p.community_id LEFT JOIN compound cp ON cp.id = p.compound_id" + sql.where()
                + " ORDER BY c.name, p.name").params(sql.args()).query(Option.class).list();
    }

    // ---- sessions ------------------------------------------------------------------------------------

    List<SessionRow> sessions(SessionFilter filter, Optional<Long> town, Pageable page) {
        Sql sql = sessionWhere(filter, town);
        boolean ascending = page.getSort().getOrderFor("heldOn") != null
                && page.getSort().getOrderFor("heldOn").isAscending();
        String order = ascending ? " ORDER BY s.held_on ASC, s.id ASC" : " ORDER BY s.held_on DESC, s.id DESC";
        return jdbc.sql(deferred("SELECT s.id FROM delib_session s" + sql.where() + order + limit(page), order))
                .params(sql.args()).query(SessionRow.class).list();
    }

    /** Keyset page: sessions older than the given one (newest first), for deep pages and exports. */
    List<SessionRow> sessionsBefore(SessionFilter filter, Optional<Long> town, @Nullable LocalDate heldOn, long id, int limit) {
        Sql sql = sessionWhere(filter, town);
        if (heldOn != null) {
            sql.and("(s.held_on < ? OR (s.held_on = ? AND s.id < ?))", heldOn, heldOn, id);
        }
        String order = " ORDER BY s.held_on DESC, s.id DESC";
        return jdbc.sql(deferred("SELECT s.id FROM delib_session s" + sql.where() + order + " LIMIT ?", order))
                .params(sql.args(limit)).query(SessionRow.class).list();
    }

    private static String deferred(String idQuery, String order) {
        return SESSION_SELECT.replace("FROM delib_session s JOIN", "FROM (" + idQuery + ") page JOIN delib_session s ON s.id = page.id JOIN")
                + order;
    }

    long countSessions(SessionFilter filter, Optional<Long> town) {
        Sql sql = sessionWhere(filter, town);
        return jdbc.sql("SELECT COUNT(*) FROM delib_session s" + sql.where()).params(sql.args()).query(Long.class).single();
    }

    private static Sql sessionWhere(SessionFilter filter, Optional<Long> town) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("s.town_id = ?", t));
        sql.andIf(filter.communityId() != null, "s.community_id = ?", filter.communityId());
        sql.andIf(filter.compoundId() != null, "s.compound_id = ?", filter.compoundId());
        if (filter.kind() != null) {
            sql.and("s.platform_id IN (SELECT id FROM delib_platform WHERE kind = ?)", filter.kind().name());
        }
        if (filter.month() != null) {
            sql.and("s.held_on BETWEEN ? AND ?", filter.month().atDay(1), filter.month().atEndOfMonth());
        }
        return sql;
    }

    SessionRow session(long id) {
        return jdbc.sql(SESSION_SELECT + " WHERE s.id = ?").param(id).query(SessionRow.class).single();
    }

    List<PhotoRow> photos(long sessionId) {
        return jdbc.sql("""
                SELECT id, file_name, content_type, size_bytes, uploaded_at, uploaded_by FROM delib_session_photo
                WHERE session_id = ? ORDER BY id""").param(sessionId).query(PhotoRow.class).list();
    }

    List<Long> photoIds(long sessionId) {
        return jdbc.sql("SELECT id FROM delib_session_photo WHERE session_id = ?").param(sessionId).query(Long.class).list();
    }

    // ---- topics --------------------------------------------------------------------------------------

    List<TopicRow> topicsOf(long sessionId) {
        return jdbc.sql(TOPIC_SELECT + " WHERE tp.session_id = ? ORDER BY tp.id").param(sessionId).query(TopicRow.class).list();
    }

    TopicRow topic(long id) {
        return jdbc.sql(TOPIC_SELECT + " WHERE tp.id = ?").param(id).query(TopicRow.class).single();
    }

    long linkedTopics(long sessionId) {
        return jdbc.sql("SELECT COUNT(*) FROM delib_topic WHERE session_id = ? AND (matter_id IS NOT NULL OR consultation_id IS NOT NULL)")
                .param(sessionId).query(Long.class).single();
    }

    /** Topics handed to the community whose due date has passed without a result, most overdue first. */
    List<TopicRow> overdue(TopicFilter filter, Optional<Long> town, LocalDate today, Pageable page) {
        Sql sql = overdueWhere(filter, town, today);
        return jdbc.sql(TOPIC_SELECT + sql.where() + " ORDER BY tp.due_on, tp.id" + limit(page)).params(sql.args())
                .query(TopicRow.class).list();
    }

    long countOverdue(TopicFilter filter, Optional<Long> town, LocalDate today) {
        Sql sql = overdueWhere(filter, town, today);
        return jdbc.sql("SELECT COUNT(*) FROM delib_topic tp JOIN delib_session s ON s.id = tp.session_id" + sql.where())
                .params(sql.args()).query(Long.class).single();
    }

    private static Sql overdueWhere(TopicFilter filter, Optional<Long> town, LocalDate today) {
        Sql sql = new Sql().and("tp.outcome = 'COMMUNITY'").and("tp.resolved_on IS NULL").and("tp.due_on < ?", today);
        town.ifPresent(t -> sql.and("tp.town_id = ?", t));
        sql.andIf(filter.communityId() != null, "s.community_id = ?", filter.communityId());
        sql.andIf(filter.compoundId() != null, "s.compound_id = ?", filter.compoundId());
        return sql;
    }

    // ---- consultations -------------------------------------------------------------------------------

    List<ConsultationRow> consultations(ConsultationFilter filter, Optional<Long> town, Pageable page) {
        Sql sql = consultationWhere(filter, town);
        return jdbc.sql(CONSULTATION_SELECT + sql.where()
                + Sql.orderBy(page.getSort(), CONSULTATION_SORT, "k.opened_on DESC, k.id DESC") + limit(page))
                .params(sql.args()).query(ConsultationRow.class).list();
    }

    long countConsultations(ConsultationFilter filter, Optional<Long> town) {
        Sql sql = consultationWhere(filter, town);
        return jdbc.sql("SELECT COUNT(*) FROM delib_consultation k" + sql.where()).params(sql.args()).query(Long.class).single();
    }

    private static Sql consultationWhere(ConsultationFilter filter, Optional<Long> town) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("k.town_id = ?", t));
        sql.andIf(filter.communityId() != null, "k.community_id = ?", filter.communityId());
        sql.andIf(filter.compoundId() != null, "k.compound_id = ?", filter.compoundId());
        sql.andIf(filter.state() != null, "k.state = ?", filter.state() == null ? null : filter.state().name());
        String text = filter.text();
        sql.andIf(text != null && !text.isBlank(), "k.title LIKE ?", text == null ? null : Sql.contains(text));
        return sql;
    }

    ConsultationRow consultation(long id) {
        return jdbc.sql(CONSULTATION_SELECT + " WHERE k.id = ?").param(id).query(ConsultationRow.class).single();
    }

    List<PartyRow> parties(long consultationId) {
        return jdbc.sql("SELECT id, version, role, name FROM delib_party WHERE consultation_id = ? ORDER BY FIELD(role, "
                + "'LEAD', 'DEPARTMENT', 'OWNERS_COMMITTEE', 'PROPERTY_COMMITTEE', 'PROPERTY_COMPANY', 'INSTITUTION', "
                + "'RESIDENTS'), id").param(consultationId).query(PartyRow.class).list();
    }

    List<RoundRow> rounds(long consultationId) {
        return jdbc.sql("SELECT id, version, number, held_on, minutes, options, positions FROM delib_round "
                + "WHERE consultation_id = ? ORDER BY number").param(consultationId).query(RoundRow.class).list();
    }

    List<PositionRow> positions(long consultationId) {
        return jdbc.sql("""
                SELECT po.id, po.version, po.round_id, r.number AS round_number, po.party_id, pa.name AS party_name, po.stance,
                       po.statement
                FROM delib_position po
                JOIN delib_round r ON r.id = po.round_id
                JOIN delib_party pa ON pa.id = po.party_id
                WHERE po.consultation_id = ?
                ORDER BY r.number, FIELD(pa.role, 'LEAD', 'DEPARTMENT', 'OWNERS_COMMITTEE', 'PROPERTY_COMMITTEE',
                         'PROPERTY_COMPANY', 'INSTITUTION', 'RESIDENTS'), pa.id""")
                .param(consultationId).query(PositionRow.class).list();
    }

    List<TaskRow> tasks(long consultationId) {
        return jdbc.sql("""
                SELECT t.id, t.version, t.party_id, pa.name AS party_name, pa.role, t.task, t.due_on
                FROM delib_task t JOIN delib_party pa ON pa.id = t.party_id
                WHERE t.consultation_id = ?
                ORDER BY t.due_on, t.id""").param(consultationId).query(TaskRow.class).list();
    }

    int nextRound(long consultationId) {
        return jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM delib_round WHERE consultation_id = ?")
                .param(consultationId).query(Integer.class).single();
    }

    // ---- votes ---------------------------------------------------------------------------------------


    VoteRow vote(long id) {
        return jdbc.sql("""
                SELECT v.id, v.version, v.consultation_id, v.compound_id, v.item, v.question, v.total_area, v.total_owners,
                       v.state, v.participating_area, v.participating_owners, v.agree_area, v.agree_owners, v.passed,
                       v.counted_on, (SELECT COUNT(*) FROM delib_ballot b WHERE b.vote_id = v.id) AS ballots
                FROM delib_vote v WHERE v.id = ?""").param(id).query(VoteRow.class).single();
    }

    List<BallotRow> ballots(long voteId, Pageable page) {
        return jdbc.sql("SELECT id, version, household, owner_name, area, choice FROM delib_ballot WHERE vote_id = ? "
                + "ORDER BY household, id" + limit(page)).param(voteId).query(BallotRow.class).list();
    }

    long countBallots(long voteId) {
        return jdbc.sql("SELECT COUNT(*) FROM delib_ballot WHERE vote_id = ?").param(voteId).query(Long.class).single();
    }

    List<String> households(long voteId) {
        return jdbc.sql("SELECT household FROM delib_ballot WHERE vote_id = ?").param(voteId).query(String.class).list();
    }

    /** Who took part (every ballot, abstentions included) and who agreed, summed in the database. */
    Tallied tally(long voteId) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(area), 0) AS participating_area, COUNT(*) AS participating_owners,
                       COALESCE(SUM(CASE WHEN choice = 'AGREE' THEN area END), 0) AS agree_area,
                       COALESCE(SUM(choice = 'AGREE'), 0) AS agree_owners
                FROM delib_ballot WHERE vote_id = ?""").param(voteId).query(Tallied.class).single();
    }

    record Tallied(BigDecimal participatingArea, long participatingOwners, BigDecimal agreeArea, long agreeOwners) {
    }
}
