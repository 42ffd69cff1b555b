package cn.haitang.console.circle;

import cn.haitang.console.base.db.Sql;
import cn.haitang.console.base.db.Window;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of positions, scenes and sessions, in SQL with rows mapped by column name. Callers (the
 * services) have checked the scope and pass the town to filter by (empty: the whole city).
 */
@Component
class CircleQueries {

    private static final String POSITION_SELECT = """
            SELECT p.id, p.version, p.name, p.kind, p.town_id, t.name AS town_name, p.community_id,
                   c.name AS community_name, p.address, p.floor_area, p.owner, p.institution_id,
                   i.name AS institution_name, p.contact_person, p.contact_phone,
                   EXISTS (SELECT 1 FROM position_hours h WHERE h.position_id = p.id AND h.slot = 'LATE') AS late,
                   EXISTS (SELECT 1 FROM position_hours h WHERE h.position_id = p.id AND h.slot = 'OFF_PEAK') AS off_peak,
                   (SELECT COUNT(*) FROM scene s WHERE s.position_id = p.id AND s.state <> 'CLOSED') AS scenes
            FROM service_position p JOIN town t ON t.id = p.town_id JOIN community c ON c.id = p.community_id
            LEFT JOIN institution i ON i.id = p.institution_id""";
    private static final Map<String, String> POSITION_SORT = Map.of("name", "p.name", "kind", "p.kind",
            "communityName", "c.name", "floorArea", "p.floor_area", "scenes", "scenes");

    private static final String SCENE_SELECT = """
            SELECT s.id, s.version, s.name, s.type_id, ty.name AS type_name, s.town_id, t.name AS town_name,
                   s.community_id, c.name AS community_name, s.position_id, p.name AS position_name,
                   s.for_elderly, s.for_children, s.for_special, s.for_all, s.organiser_kind, s.organiser_name,
                   s.schedule, s.capacity, s.state, s.state_reason, s.state_since,
                   COALESCE((SELECT SUM(m.sessions) FROM scene_month_tally m WHERE m.scene_id = s.id), 0) AS sessions,
                   COALESCE((SELECT SUM(m.person_times) FROM scene_month_tally m WHERE m.scene_id = s.id), 0) AS person_times
            FROM scene s JOIN scene_type ty ON ty.id = s.type_id JOIN town t ON t.id = s.town_id
            JOIN community c ON c.id = s.community_id JOIN service_position p ON p.id = s.position_id""";
    private static final Map<String, String> SCENE_SORT = Map.of("name", "s.name", "typeName", "ty.sort_order",
            "communityName", "c.name", "state", "s.state", "capacity", "s.capacity", "personTimes", "person_times",
            "sessions", "sessions");

    private static final String RECORD_SELECT = """
            SELECT r.id, r.version, r.scene_id, s.name AS scene_name, ty.name AS type_name, t.name AS town_name,
                   c.name AS community_name, r.held_on, r.starts_at, r.ends_at, r.participants, r.servers,
                   ROUND(r.servers * TIMESTAMPDIFF(MINUTE, r.starts_at, r.ends_at) / 60, 1) AS volunteer_hours,
                   r.over_capacity, r.note
            FROM service_record r JOIN scene s ON s.id = r.scene_id JOIN scene_type ty ON ty.id = s.type_id
            JOIN town t ON t.id = r.town_id JOIN community c ON c.id = s.community_id""";

    private final JdbcClient jdbc;

    CircleQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- positions -----------------------------------------------------------------------------------

    List<PositionRow> positions(PositionFilter filter, Optional<Long> town, Pageable pageable) {
        Sql sql = positionWhere(filter, town);
        return jdbc.sql(POSITION_SELECT + sql.where() + Sql.orderBy(pageable.getSort(), POSITION_SORT,
                        "t.sort_order, c.name, p.name, p.id") + " LIMIT ? OFFSET ?")
                .params(sql.args(pageable.getPageSize(), pageable.getOffset())).query(PositionRow.class).list();
    }

    long countPositions(PositionFilter filter, Optional<Long> town) {
        Sql sql = positionWhere(filter, town);
        return jdbc.sql("SELECT COUNT(*) FROM service_position p" + sql.where()).params(sql.args()).query(Long.class).single();
    }

    private static Sql positionWhere(PositionFilter filter, Optional<Long> town) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("p.town_id = ?", t));
        sql.andIf(filter.communityId() != null, "p.community_id = ?", filter.communityId());
        sql.andIf(filter.kind() != null, "p.kind = ?", filter.kind() == null ? "" : filter.kind().name());
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.and("(p.name LIKE ? OR p.address LIKE ?)", Sql.contains(filter.text()), Sql.contains(filter.text()));
        }
        sql.andIf(filter.lateOnly(), "EXISTS (SELECT 1 FROM position_hours h WHERE h.position_id = p.id AND h.slot = 'LATE')");
        return sql;
    }

    PositionRow position(long id) {
        return jdbc.sql(POSITION_SELECT + " WHERE p.id = ?").param(id).query(PositionRow.class).single();
    }

    List<HoursForm> hours(long positionId) {
        return jdbc.sql("SELECT weekday, opens, closes, slot FROM position_hours WHERE position_id = ? ORDER BY weekday, opens")
                .param(positionId).query((rs, n) -> new HoursForm(java.time.DayOfWeek.of(rs.getInt(1)),
                        rs.getTime(2).toLocalTime(), rs.getTime(3).toLocalTime(), Slot.valueOf(rs.getString(4)))).list();
    }

    List<Named> positionOptions(Optional<Long> town, @org.jspecify.annotations.Nullable Long communityId) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("p.town_id = ?", t));
        sql.andIf(communityId != null, "p.community_id = ?", communityId);
        return jdbc.sql("SELECT p.id, CONCAT(c.name, ' · ', p.name) AS name FROM service_position p "
                        + "JOIN community c ON c.id = p.community_id" + sql.where() + " ORDER BY c.name, p.name")
                .params(sql.args()).query(Named.class).list();
    }

    // ---- scenes --------------------------------------------------------------------------------------

    /**
     * A page of scenes. Unless it is sorted by a sum of the sessions, the page's ids are found first from
     * the scene rows alone (a deferred join), so the sums are computed for those 50 rows, not for all.
     */
    List<SceneRow> scenes(SceneFilter filter, Optional<Long> town, Pageable pageable) {
        Sql sql = sceneWhere(filter, town);
        String order = Sql.orderBy(pageable.getSort(), SCENE_SORT, "s.town_id, s.community_id, s.id");
        boolean bySums = pageable.getSort().stream()
                .anyMatch(o -> o.getProperty().equals("personTimes") || o.getProperty().equals("sessions"));
        if (bySums) {
            return jdbc.sql(SCENE_SELECT + sql.where() + order + " LIMIT ? OFFSET ?")
                    .params(sql.args(pageable.getPageSize(), pageable.getOffset())).query(SceneRow.class).list();
        }
        // Join the type and community only when the order needs them: the default order then reads ix_scene_order.
        String ids = "SELECT s.id FROM scene s"
                + (order.matches("(?s).*\\bty\\..*") ? " JOIN scene_type ty ON ty.id = s.type_id" : "")
                + (order.matches("(?s).*\\bc\\..*") ? " JOIN community c ON c.id = s.community_id" : "")
                + sql.where() + order + " LIMIT ? OFFSET ?";
        return jdbc.sql(SCENE_SELECT.replace("FROM scene s JOIN", "FROM (" + ids + ") page JOIN scene s ON s.id = page.id JOIN")
                        + order)
                .params(sql.args(pageable.getPageSize(), pageable.getOffset())).query(SceneRow.class).list();
    }

    long countScenes(SceneFilter filter, Optional<Long> town) {
        Sql sql = sceneWhere(filter, town);
        return jdbc.sql("SELECT COUNT(*) FROM scene s" + sql.where()).params(sql.args()).query(Long.class).single();
    }

    private static Sql sceneWhere(SceneFilter filter, Optional<Long> town) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("s.town_id = ?", t));
        sql.andIf(filter.communityId() != null, "s.community_id = ?", filter.communityId());
        sql.andIf(filter.positionId() != null, "s.position_id = ?", filter.positionId());
        sql.andIf(filter.typeId() != null, "s.type_id = ?", filter.typeId());
        sql.andIf(filter.state() != null, "s.state = ?", filter.state() == null ? "" : filter.state().name());
        if (filter.group() != null) {
            sql.and(switch (filter.group()) {
                case ELDERLY -> "s.for_elderly";
                case CHILDREN -> "s.for_children";
                case SPECIAL -> "s.for_special";
                case ALL -> "s.for_all";
            });
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.and("(s.name LIKE ? OR s.organiser_name LIKE ?)", Sql.contains(filter.text()), Sql.contains(filter.text()));
        }
        return sql;
    }

    SceneRow scene(long id) {
        return jdbc.sql(SCENE_SELECT + " WHERE s.id = ?").param(id).query(SceneRow.class).single();
    }

    @org.jspecify.annotations.Nullable Long sceneInstitution(long id) {
        return jdbc.sql("SELECT institution_id FROM scene WHERE id = ?").param(id).query(Long.class).optional().orElse(null);
    }

    List<StateChangeRow> history(long sceneId) {
        return jdbc.sql("""
                SELECT from_state, to_state, reason, changed_on, changed_by FROM scene_state_change
                WHERE scene_id = ? ORDER BY id""").param(sceneId).query(StateChangeRow.class).list();
    }

    List<Named> sceneOptions(Optional<Long> town, @org.jspecify.annotations.Nullable Long communityId) {
        return sceneOptions(town, communityId, "", 0, Integer.MAX_VALUE);
    }

    /**
     * A page of running scenes of an area for a picker, by community and name, those whose name or community
     * holds the text when there is one.
     */
    List<Named> sceneOptions(Optional<Long> town, @org.jspecify.annotations.Nullable Long communityId, String text,
                             long offset, int limit) {
        Sql sql = new Sql().and("s.state = 'RUNNING'");
        town.ifPresent(t -> sql.and("s.town_id = ?", t));
        sql.andIf(communityId != null, "s.community_id = ?", communityId);
        if (!text.isBlank()) {
            sql.and("(s.name LIKE ? OR c.name LIKE ?)", Sql.contains(text.trim()), Sql.contains(text.trim()));
        }
        return jdbc.sql("SELECT s.id, CONCAT(c.name, ' · ', s.name) AS name FROM scene s "
                        + "JOIN community c ON c.id = s.community_id" + sql.where() + " ORDER BY c.name, s.name, s.id"
                        + " LIMIT ? OFFSET ?")
                .params(sql.args(limit, offset)).query(Named.class).list();
    }

    /** Scenes that are not closed (a fund's grant may go to a planned, running or paused one). */
    List<Named> openSceneOptions(Optional<Long> town, @org.jspecify.annotations.Nullable Long communityId) {
        Sql sql = new Sql().and("s.state <> 'CLOSED'");
        town.ifPresent(t -> sql.and("s.town_id = ?", t));
        sql.andIf(communityId != null, "s.community_id = ?", communityId);
        return jdbc.sql("SELECT s.id, CONCAT(c.name, ' · ', s.name) AS name FROM scene s "
                        + "JOIN community c ON c.id = s.community_id" + sql.where() + " ORDER BY c.name, s.name")
                .params(sql.args()).query(Named.class).list();
    }

    List<SceneTypeRow> types() {
        return jdbc.sql("SELECT id, version, name FROM scene_type ORDER BY sort_order, id").query(SceneTypeRow.class).list();
    }

    int nextTypeOrder() {
        return jdbc.sql("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM scene_type").query(Integer.class).single();
    }

    // ---- sessions ------------------------------------------------------------------------------------

    /**
     * Sessions newest first. The page's ids come from an index first (a deferred join); a page past the
     * middle is read from the other end (oldest first, a small offset) and turned round, so a page near
     * the end costs what the first page costs. {@code total} is the filter's count.
     */
    List<RecordRow> records(RecordFilter filter, Optional<Long> town, long offset, int limit, long total) {
        Sql sql = recordWhere(filter, town);
        Window window = Window.of(offset, limit).sized(total);
        Object[] limitOffset = window.limitOffset();
        if ((int) limitOffset[0] == 0) {
            return List.of();
        }
        // the city's newest (or oldest) sessions: straight from the date index, never a sort of them all
        boolean cityWide = town.isEmpty() && filter.sceneId() == null && filter.communityId() == null;
        String ids = "SELECT r.id FROM service_record r" + (cityWide ? " FORCE INDEX (ix_service_record_date)" : "")
                + (filter.communityId() != null ? " JOIN scene s ON s.id = r.scene_id" : "")
                + sql.where() + " ORDER BY " + window.order("r.held_on DESC, r.id DESC") + " LIMIT ? OFFSET ?";
        // STRAIGHT_JOIN keeps the page first: left to itself MariaDB started from the communities and joined every
        // session to the page (a page in the middle of 364,000 at 10x: 620 ms; page first: 45 ms)
        return jdbc.sql(RECORD_SELECT.replaceFirst("SELECT ", "SELECT STRAIGHT_JOIN ").replace("FROM service_record r JOIN",
                                "FROM (" + ids + ") page JOIN service_record r ON r.id = page.id JOIN")
                        + " ORDER BY r.held_on DESC, r.id DESC")
                .params(sql.args(limitOffset)).query(RecordRow.class).list();
    }

    /** The count from the per-scene monthly tally (a few rows per scene) rather than every session. */
    long countRecords(RecordFilter filter, Optional<Long> town) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("m.town_id = ?", t));
        sql.andIf(filter.sceneId() != null, "m.scene_id = ?", filter.sceneId());
        if (filter.month() != null) {
            sql.and("m.month = ?", filter.month().atDay(1));
        }
        String from = "FROM scene_month_tally m";
        if (filter.communityId() != null) {
            from += " JOIN scene s ON s.id = m.scene_id";
            sql.and("s.community_id = ?", filter.communityId());
        }
        return jdbc.sql("SELECT COALESCE(SUM(m.sessions), 0) " + from + sql.where()).params(sql.args())
                .query(Long.class).single();
    }

    private static Sql recordWhere(RecordFilter filter, Optional<Long> town) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("r.town_id = ?", t));
        sql.andIf(filter.sceneId() != null, "r.scene_id = ?", filter.sceneId());
        sql.andIf(filter.communityId() != null, "s.community_id = ?", filter.communityId());
        if (filter.month() != null) {
            sql.and("r.held_on BETWEEN ? AND ?", filter.month().atDay(1), filter.month().atEndOfMonth());
        }
        return sql;
    }

    RecordRow record(long id) {
        return jdbc.sql(RECORD_SELECT + " WHERE r.id = ?").param(id).query(RecordRow.class).single();
    }

    List<Long> serversOf(long recordId) {
        return jdbc.sql("SELECT report_id FROM service_record_person WHERE record_id = ? ORDER BY id").param(recordId)
                .query(Long.class).list();
    }

    /** Volunteers and in-service members actively reported to the community's micro-grids. */
    List<ServerOption> serverOptions(long communityId) {
        return jdbc.sql("""
                SELECT r.id AS report_id, r.name, r.kind = 'MEMBER' AS member, cp.name AS compound_name
                FROM grid_report r JOIN compound cp ON cp.id = r.compound_id
                WHERE r.community_id = ? AND r.status = 'ACTIVE' ORDER BY r.name, r.id""").param(communityId)
                .query(ServerOption.class).list();
    }

    /** Of these report ids, those actively reported to the community (the others may not be named). */
    List<Long> reportedTo(long communityId, Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id FROM grid_report WHERE community_id = :c AND status = 'ACTIVE' AND id IN (:ids)")
                .param("c", communityId).param("ids", reportIds).query(Long.class).list();
    }

    // ---- photos --------------------------------------------------------------------------------------

    List<PhotoRow> photos(long sceneId, @org.jspecify.annotations.Nullable Long recordId) {
        return jdbc.sql("SELECT id, file_name, size_bytes, uploaded_at, uploaded_by FROM circle_photo WHERE scene_id = ? AND "
                        + (recordId == null ? "record_id IS NULL" : "record_id = ?") + " ORDER BY id")
                .params(recordId == null ? List.of(sceneId) : List.of(sceneId, recordId)).query(PhotoRow.class).list();
    }

}
