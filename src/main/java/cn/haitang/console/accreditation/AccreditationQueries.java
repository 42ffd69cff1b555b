package cn.haitang.console.accreditation;

import cn.haitang.console.base.db.Rows;
import cn.haitang.console.base.db.Sql;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every read of accreditation in SQL: lists page, sort and filter in the database, rows are mapped by
 * column name onto the records. No scope here: the services check the caller and pass the town a
 * coordinator is limited to ({@code scopeTown}, null for the whole city).
 */
@Component
class AccreditationQueries {

    private final JdbcClient jdbc;
    private final EntityManager entityManager;

    AccreditationQueries(JdbcClient jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** A statement that sees what this transaction wrote through JPA: pending changes are flushed first. */
    private JdbcClient.StatementSpec sql(String sql, Object... args) {
        if (entityManager.isJoinedToTransaction()) {
            entityManager.flush();
        }
        return jdbc.sql(sql).params(args);
    }

    // ---------------------------------------------------------------- rubrics and rounds

    List<RubricRow> rubrics() {
        return sql("""
                SELECT r.id, r.version, r.name, COUNT(c.id) AS criteria, COALESCE(SUM(c.max_score), 0) AS total,
                       EXISTS (SELECT 1 FROM accr_round x WHERE x.rubric_id = r.id) AS used
                FROM accr_rubric r LEFT JOIN accr_criterion c ON c.rubric_id = r.id
                GROUP BY r.id, r.version, r.name ORDER BY r.name""").query(rows(RubricRow.class)).list();
    }

    private static final String ROUNDS = """
            SELECT r.id, r.version, r.level, r.year, r.title, r.opens_on, r.closes_on, r.review_deadline, r.quota,
                   r.rubric_id, b.name AS rubric_name, r.min_satisfaction, r.min_fee_collection, r.spread_threshold,
                   (SELECT COUNT(*) FROM accr_application a WHERE a.round_id = r.id) AS applications
            FROM accr_round r JOIN accr_rubric b ON b.id = r.rubric_id""";

    /** All rounds, or those open on {@code openOn}; newest first. */
    List<RoundRow> rounds(@Nullable LocalDate openOn) {
        Sql where = new Sql().andIf(openOn != null, "r.opens_on <= ? AND r.closes_on >= ?", openOn, openOn);
        return sql(ROUNDS + where.where() + " ORDER BY r.year DESC, r.id DESC", where.args())
                .query(rows(RoundRow.class)).list();
    }

    // ---------------------------------------------------------------- applications

    private static final String APPLICATIONS = """
            SELECT a.id, a.version, a.round_id, r.title AS round_title, r.level, r.year, a.compound_id,
                   c.name AS compound_name, cm.name AS community_name, a.town_id, t.name AS town_name, a.state,
                   a.eligible, a.override_reason IS NOT NULL AS overridden, a.result, a.flagged, a.submitted_at,
                   a.notice_to
            FROM accr_application a JOIN accr_round r ON r.id = a.round_id JOIN compound c ON c.id = a.compound_id
            JOIN community cm ON cm.id = a.community_id JOIN town t ON t.id = a.town_id""";
    private static final Map<String, String> APPLICATION_SORT = Map.of("compoundName", "c.name",
            "townName", "t.sort_order", "state", "a.state", "result", "a.result", "submittedAt", "a.submitted_at",
            "year", "r.year", "roundTitle", "r.title", "level", "r.level");

    List<ApplicationRow> applications(ApplicationFilter filter, @Nullable Long scopeTown, Pageable page) {
        Sql where = applicationsWhere(filter, scopeTown);
        return sql(APPLICATIONS + where.where() + Sql.orderBy(page.getSort(), APPLICATION_SORT, "a.id DESC")
                + " LIMIT ? OFFSET ?", where.args(page.getPageSize(), page.getOffset()))
                .query(rows(ApplicationRow.class)).list();
    }

    long countApplications(ApplicationFilter filter, @Nullable Long scopeTown) {
        Sql where = applicationsWhere(filter, scopeTown);
        return count("""
                SELECT COUNT(*) FROM accr_application a JOIN accr_round r ON r.id = a.round_id""" + where.where(),
                where.args());
    }

    private static Sql applicationsWhere(ApplicationFilter f, @Nullable Long scopeTown) {
        return new Sql().andIf(scopeTown != null, "a.town_id = ?", scopeTown)
                .andIf(f.townId() != null, "a.town_id = ?", f.townId())
                .andIf(f.level() != null, "r.level = ?", f.level() == null ? "" : f.level().name())
                .andIf(f.year() != null, "r.year = ?", f.year())
                .andIf(f.state() != null, "a.state = ?", f.state() == null ? "" : f.state().name())
                .andIf(f.roundId() != null, "a.round_id = ?", f.roundId());
    }

    ApplicationRow application(long id) {
        return sql(APPLICATIONS + " WHERE a.id = ?", id).query(rows(ApplicationRow.class)).single();
    }

    /** A town's compounds as a nomination offers them: "name (community)". */
    List<Map.Entry<Long, String>> compoundsOf(long townId) {
        return sql("""
                SELECT c.id, CONCAT(c.name, '（', cm.name, '）') AS label FROM compound c
                JOIN community cm ON cm.id = c.community_id WHERE c.town_id = ? ORDER BY cm.name, c.name""", townId)
                .query((rs, i) -> Map.entry(rs.getLong("id"), rs.getString("label"))).list();
    }

    /** The compound's and its town's names, for the scoring form. */
    String[] compoundAndTown(long compoundId) {
        return sql("SELECT c.name AS compound, t.name AS town FROM compound c JOIN town t ON t.id = c.town_id"
                + " WHERE c.id = ?", compoundId)
                .query((rs, i) -> new String[] {rs.getString("compound"), rs.getString("town")}).single();
    }

    String townName(long townId) {
        return sql("SELECT name FROM town WHERE id = ?", townId).query(String.class).single();
    }

    List<TimelineEntry> timeline(long applicationId) {
        return sql("""
                SELECT occurred_at, username, step, from_state, to_state, note FROM accr_event
                WHERE application_id = ? ORDER BY occurred_at, id""", applicationId)
                .query(rows(TimelineEntry.class)).list();
    }

    byte @Nullable [] attachmentContent(long attachmentId) {
        return sql("SELECT content FROM accr_attachment WHERE id = ?", attachmentId).query(byte[].class).optional()
                .orElse(null);
    }

    // ---------------------------------------------------------------- reviewers, reviews and scoring

    /** A reviewer as the conflict rule sees them now: their town/street as recorded today. */
    record Reviewer(long id, String username, String displayName, @Nullable Long townId) {
    }

    /** The enabled reviewers (one when {@code id} is given), by username, with their current town. */
    List<Reviewer> reviewers(@Nullable Long id) {
        Sql where = new Sql().and("role = 'REVIEWER'").and("enabled").andIf(id != null, "id = ?", id);
        return sql("SELECT id, username, display_name, town_id FROM user_account" + where.where() + " ORDER BY username",
                where.args()).query(rows(Reviewer.class)).list();
    }

    String reviewerName(long userId) {
        return sql("SELECT display_name FROM user_account WHERE id = ?", userId).query(String.class).single();
    }

    /** An assignment as the application page lists it, with the reviewer's current town. */
    record Review(long assignmentId, long version, long reviewerId, String reviewerName, @Nullable Long reviewerTownId,
                  String state, LocalDate deadline, @Nullable BigDecimal total, @Nullable String comment,
                  @Nullable String recusalReason, @Nullable Instant submittedAt) {
    }

    List<Review> reviews(long applicationId) {
        return sql("""
                SELECT s.id AS assignment_id, s.version, s.reviewer_id, u.display_name AS reviewer_name,
                       u.town_id AS reviewer_town_id, s.state, s.deadline, s.total, s.comment, s.recusal_reason,
                       s.submitted_at
                FROM accr_assignment s JOIN user_account u ON u.id = s.reviewer_id
                WHERE s.application_id = ? ORDER BY s.id""", applicationId).query(rows(Review.class)).list();
    }

    /** A line of a reviewer's worklist, with what the conflict rule needs about its application. */
    record Work(long assignmentId, long applicationId, String roundTitle, Level level, String compoundName,
                String townName, LocalDate deadline, String state, boolean overdue, long appTownId, long communityId) {

        WorkItem item(@Nullable Suspension suspension) {
            return new WorkItem(assignmentId, applicationId, roundTitle, level, compoundName, townName, deadline,
                    suspension == null ? state : Suspension.STATE, overdue && suspension == null);
        }
    }

    private static final String WORK = """
            SELECT s.id AS assignment_id, a.id AS application_id, r.title AS round_title, r.level,
                   c.name AS compound_name, t.name AS town_name, s.deadline, s.state,
                   s.state IN ('ASSIGNED', 'DRAFT') AND s.deadline < ? AS overdue, a.town_id AS app_town_id,
                   a.community_id
            FROM accr_assignment s JOIN accr_application a ON a.id = s.application_id
            JOIN accr_round r ON r.id = a.round_id JOIN compound c ON c.id = a.compound_id JOIN town t ON t.id = a.town_id
            WHERE s.reviewer_id = ?""";

    /** A reviewer's assignments, open ones first by deadline. */
    List<Work> worklist(long reviewerId, LocalDate today, Pageable page) {
        return sql(WORK + " ORDER BY s.state IN ('SUBMITTED', 'RECUSED'), s.deadline, s.id LIMIT ? OFFSET ?", today,
                reviewerId, page.getPageSize(), page.getOffset()).query(rows(Work.class)).list();
    }

    /** A reviewer's assignments not yet submitted or recused, by deadline. */
    List<Work> openWork(long reviewerId, LocalDate today) {
        return sql(WORK + " AND s.state IN ('ASSIGNED', 'DRAFT') ORDER BY s.deadline, s.id", today, reviewerId)
                .query(rows(Work.class)).list();
    }

    long countWork(long reviewerId) {
        return count("SELECT COUNT(*) FROM accr_assignment WHERE reviewer_id = ?", reviewerId);
    }

    // ---------------------------------------------------------------- decision

    List<RankRow> ranking(long roundId, int quota) {
        return sql("""
                SELECT x.*, x.`rank` <= ? AS within_quota FROM (
                  SELECT a.id AS application_id, a.version,
                         ROW_NUMBER() OVER (ORDER BY a.result DESC, a.submitted_at, a.id) AS `rank`,
                         c.name AS compound_name, t.name AS town_name, a.state, a.result, a.spread, a.flagged
                  FROM accr_application a JOIN compound c ON c.id = a.compound_id JOIN town t ON t.id = a.town_id
                  WHERE a.round_id = ? AND a.result IS NOT NULL) x
                ORDER BY x.`rank`""", quota, roundId).query(rows(RankRow.class)).list();
    }

    /** Applications of a round approved or beyond: what counts against its quota. */
    long approvedIn(long roundId) {
        return count("""
                SELECT COUNT(*) FROM accr_application WHERE round_id = ?
                AND state IN ('APPROVED', 'IN_NOTICE', 'ACCREDITED')""", roundId);
    }

    // ---------------------------------------------------------------- the registry

    private static final String SITES = """
            SELECT s.id, s.version, s.application_id, s.compound_id, c.name AS compound_name,
                   cm.name AS community_name, s.town_id, t.name AS town_name, s.level, s.certificate_no, s.valid_from,
                   s.valid_to, s.state, s.revoke_reason
            FROM accr_site s JOIN compound c ON c.id = s.compound_id JOIN community cm ON cm.id = c.community_id
            JOIN town t ON t.id = s.town_id""";
    /** Provincial first, then Suzhou, then city. */
    private static final String LEVEL_ORDER = "FIELD(s.level, 'PROVINCIAL', 'SUZHOU', 'CITY')";
    private static final Map<String, String> SITE_SORT = Map.of("compoundName", "c.name", "townName", "t.sort_order",
            "level", LEVEL_ORDER, "certificateNo", "s.certificate_no", "validFrom", "s.valid_from",
            "validTo", "s.valid_to", "state", "s.state");

    List<SiteRow> sites(SiteFilter filter, @Nullable Long scopeTown, Pageable page) {
        Sql where = sitesWhere(filter, scopeTown);
        return sql(SITES + where.where() + Sql.orderBy(page.getSort(), SITE_SORT, LEVEL_ORDER + ", t.sort_order, c.name, s.id")
                + " LIMIT ? OFFSET ?", where.args(page.getPageSize(), page.getOffset()))
                .query(rows(SiteRow.class)).list();
    }

    long countSites(SiteFilter filter, @Nullable Long scopeTown) {
        Sql where = sitesWhere(filter, scopeTown);
        return count("SELECT COUNT(*) FROM accr_site s" + where.where(), where.args());
    }

    /** Every site of the filter, in the registry's order (provincial first), or by town when {@code byTown}. */
    List<SiteRow> allSites(SiteFilter filter, @Nullable Long scopeTown, boolean byTown) {
        Sql where = sitesWhere(filter, scopeTown);
        return sql(SITES + where.where() + " ORDER BY " + (byTown ? "" : LEVEL_ORDER + ", ") + "t.sort_order, c.name",
                where.args()).query(rows(SiteRow.class)).list();
    }

    /** Sites due for re-review: valid until {@code until} at the latest, current now or at the end of {@code on}. */
    List<SiteRow> sitesDue(LocalDate until, @Nullable LocalDate on, @Nullable Long scopeTown) {
        Sql where = sitesAt(on, scopeTown, null).and("s.valid_to <= ?", until);
        return sql(SITES + where.where() + " ORDER BY s.valid_to, c.name", where.args()).query(rows(SiteRow.class)).list();
    }

    /** Sites per level, current now ({@code on} null) or at the end of a past day. */
    Map<Level, Long> siteCounts(@Nullable LocalDate on, @Nullable Long scopeTown, @Nullable Long townId) {
        Sql where = sitesAt(on, scopeTown, townId);
        Map<Level, Long> counts = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            counts.put(level, 0L);
        }
        sql("SELECT s.level, COUNT(*) AS n FROM accr_site s" + where.where() + " GROUP BY s.level", where.args())
                .query((ResultSet rs) -> {
                    counts.put(Level.valueOf(rs.getString("level")), rs.getLong("n"));
                });
        return counts;
    }

    /** Sites per town/street and level, current now or at the end of a past day (one GROUP BY). */
    Map<Long, Map<Level, Long>> siteCountsByTown(@Nullable LocalDate on, @Nullable Long scopeTown) {
        Sql where = sitesAt(on, scopeTown, null);
        Map<Long, Map<Level, Long>> counts = new LinkedHashMap<>();
        sql("SELECT s.town_id, s.level, COUNT(*) AS n FROM accr_site s" + where.where() + " GROUP BY s.town_id, s.level",
                where.args()).query((ResultSet rs) -> {
                    counts.computeIfAbsent(rs.getLong("town_id"), k -> new EnumMap<>(Level.class))
                            .put(Level.valueOf(rs.getString("level")), rs.getLong("n"));
                });
        return counts;
    }

    /** Sites of one town/street per community and level, current now or at the end of a past day (one GROUP BY). */
    Map<Long, Map<Level, Long>> siteCountsByCommunity(@Nullable LocalDate on, @Nullable Long scopeTown, long townId) {
        Sql where = sitesAt(on, scopeTown, townId);
        Map<Long, Map<Level, Long>> counts = new LinkedHashMap<>();
        sql("SELECT c.community_id, s.level, COUNT(*) AS n FROM accr_site s JOIN compound c ON c.id = s.compound_id"
                + where.where() + " GROUP BY c.community_id, s.level", where.args()).query((ResultSet rs) -> {
                    counts.computeIfAbsent(rs.getLong("community_id"), k -> new EnumMap<>(Level.class))
                            .put(Level.valueOf(rs.getString("level")), rs.getLong("n"));
                });
        return counts;
    }

    private static Sql sitesWhere(SiteFilter f, @Nullable Long scopeTown) {
        return new Sql().andIf(scopeTown != null, "s.town_id = ?", scopeTown)
                .andIf(f.townId() != null, "s.town_id = ?", f.townId())
                .andIf(f.level() != null, "s.level = ?", f.level() == null ? "" : f.level().name())
                .andIf(f.currentOnly(), "s.state = 'CURRENT'");
    }

    /** Current now (by state), or as the site stood at the end of {@code on}: certified, valid and not yet ended. */
    private static Sql sitesAt(@Nullable LocalDate on, @Nullable Long scopeTown, @Nullable Long townId) {
        Sql where = sitesWhere(new SiteFilter(null, townId, on == null), scopeTown);
        return on == null ? where : where.and("s.valid_from <= ? AND s.valid_to >= ? AND (s.ended_at IS NULL OR s.ended_at >= ?)",
                on, on, on.plusDays(1).atStartOfDay());
    }

    // ---------------------------------------------------------------- helpers

    private long count(String sql, Object... args) {
        return Optional.ofNullable(sql(sql, args).query(Long.class).single()).orElse(0L);
    }

    /**
     * Rows mapped onto a record by column name ({@code town_name} → {@code townName}). Instants are stored
     * as UTC date-times (as Hibernate writes them), whatever the connection's time zone.
     */
    static <T> RowMapper<T> rows(Class<T> type) {
        return Rows.of(type);
    }
}
