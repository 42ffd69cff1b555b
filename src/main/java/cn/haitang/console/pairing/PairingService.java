package cn.haitang.console.pairing;

import cn.haitang.console.base.db.Sql;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.region.CommunityRef;
import cn.haitang.console.region.CompoundRef;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Institutions, their pairings with towns/streets and communities, joint service activities with their
 * attachments, and the unified service day. Every method checks the caller's scope: city admins maintain
 * institutions, pairings and activity types; a coordinator sees and records activities of their own
 * town/street only.
 */
@Service
@Transactional
public class PairingService {

    /** Attachments: photos and scanned sign-in sheets only, at most 10 MB each. */
    /** Changshu's time zone: what "today" means for dates people enter. */
    public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");
    public static final long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;
    public static final Set<String> ATTACHMENT_TYPES = Set.of("image/jpeg", "image/png", "application/pdf");
    private static final Pattern UNSAFE_FILE_CHARS = Pattern.compile("[^\\p{L}\\p{N}._\\- ()（）]");

    private final InstitutionRepository institutions;
    private final PairingRepository pairings;
    private final PairingCommunityRepository pairingCommunities;
    private final ActivityTypeRepository types;
    private final ActivityRepository activities;
    private final ActivityAttachmentRepository attachments;
    private final RegionService region;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PairingService(InstitutionRepository institutions, PairingRepository pairings,
                   PairingCommunityRepository pairingCommunities, ActivityTypeRepository types,
                   ActivityRepository activities, ActivityAttachmentRepository attachments, RegionService region,
                   CurrentUser currentUser, JdbcTemplate jdbc, Clock clock) {
        this.institutions = institutions;
        this.pairings = pairings;
        this.pairingCommunities = pairingCommunities;
        this.types = types;
        this.activities = activities;
        this.attachments = attachments;
        this.region = region;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(PairingService.ZONE));
    }

    // ------------------------------------------------------------------ institutions

    private static final String INSTITUTION_SELECT = """
            SELECT i.id, i.version, i.name, i.kind, i.party_organisation, i.contact_person, i.contact_phone,
                   i.in_service_members, t.name AS town_name,
                   (SELECT COUNT(*) FROM pairing_community pc WHERE pc.pairing_id = p.id) AS communities,
                   (SELECT COUNT(*) FROM grid_report r WHERE r.institution_id = i.id AND r.status = 'ACTIVE'
                       AND r.kind = 'MEMBER') AS reported
            FROM institution i
            LEFT JOIN pairing p ON p.institution_id = i.id AND p.status = 'ACTIVE'
            LEFT JOIN town t ON t.id = p.town_id""";

    /** The registry: all institutions for a city admin, those paired with their town/street for a coordinator. */
    @Transactional(readOnly = true)
    public List<InstitutionRow> listInstitutions(InstitutionFilter filter, long offset, int limit) {
        Sql sql = institutionWhere(filter);
        return jdbc.query(INSTITUTION_SELECT + sql.where() + " ORDER BY i.name LIMIT ? OFFSET ?",
                (rs, n) -> institutionRow(rs), sql.args(limit, offset));
    }

    @Transactional(readOnly = true)
    public long countInstitutions(InstitutionFilter filter) {
        Sql sql = institutionWhere(filter);
        return jdbc.queryForObject("SELECT COUNT(*) FROM institution i LEFT JOIN pairing p ON p.institution_id = i.id"
                + " AND p.status = 'ACTIVE'" + sql.where(), Long.class, sql.args());
    }

    private Sql institutionWhere(InstitutionFilter filter) {
        Sql sql = new Sql();
        Optional<Long> town = scopedTown(filter.townId());
        town.ifPresent(t -> sql.and("p.town_id = ?", t));
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.and("(i.name LIKE ? OR i.contact_person LIKE ?)", Sql.contains(filter.text()), Sql.contains(filter.text()));
        }
        sql.andIf(filter.kind() != null, "i.kind = ?", filter.kind() == null ? "" : filter.kind().name());
        return sql;
    }

    @Transactional(readOnly = true)
    public InstitutionRow institution(long id) {
        List<InstitutionRow> rows = jdbc.query(INSTITUTION_SELECT + " WHERE i.id = ?", (rs, n) -> institutionRow(rs), id);
        if (rows.isEmpty()) {
            throw new RuleViolationException("error.notFound");
        }
        requireInstitutionInScope(id);
        return rows.getFirst();
    }

    /** Institutions to pick in forms: all for a city admin, those actively paired with their town for a coordinator. */
    @Transactional(readOnly = true)
    public List<Named> institutionOptions() {
        Optional<Long> town = currentUser.scope().townFilter();
        if (town.isEmpty()) {
            return jdbc.query("SELECT id, name FROM institution ORDER BY name", (rs, n) -> new Named(rs.getLong(1), rs.getString(2)));
        }
        return jdbc.query("""
                SELECT i.id, i.name FROM institution i JOIN pairing p ON p.institution_id = i.id AND p.status = 'ACTIVE'
                WHERE p.town_id = ? ORDER BY i.name""", (rs, n) -> new Named(rs.getLong(1), rs.getString(2)), town.get());
    }

    public long createInstitution(InstitutionForm form) {
        currentUser.scope().requireAdmin();
        validateInstitution(form, 0);
        return institutions.save(new Institution(form)).requireId();
    }

    public void updateInstitution(long id, long seenVersion, InstitutionForm form) {
        currentUser.scope().requireAdmin();
        Institution institution = institutions.findById(id).orElseThrow(PairingService::notFound);
        StaleEditException.check(seenVersion, institution.getVersion());
        validateInstitution(form, id);
        institution.describe(form);
        institutions.flush();
    }

    private void validateInstitution(InstitutionForm form, long id) {
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            throw RuleViolationException.atField("name", "pairing.error.required");
        }
        if (name.length() > 100) {
            throw RuleViolationException.atField("name", "pairing.error.tooLong", 100);
        }
        if (institutions.existsByNameAndIdNot(name, id)) {
            throw RuleViolationException.atField("name", "pairing.error.institution.duplicate", name);
        }
        if (form.kind() == null) {
            throw RuleViolationException.atField("kind", "pairing.error.required");
        }
        if (form.partyOrganisation() == null || form.partyOrganisation().isBlank()) {
            throw RuleViolationException.atField("partyOrganisation", "pairing.error.required");
        }
        if (form.contactPerson() == null || form.contactPerson().isBlank()) {
            throw RuleViolationException.atField("contactPerson", "pairing.error.required");
        }
        if (form.contactPhone() != null && !form.contactPhone().isBlank()
                && !form.contactPhone().strip().matches("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}")) {
            throw RuleViolationException.atField("contactPhone", "pairing.error.phone");
        }
        if (form.inServiceMembers() < 0 || form.inServiceMembers() > 100_000) {
            throw RuleViolationException.atField("inServiceMembers", "pairing.error.range", 0, 100_000);
        }
    }

    /** A coordinator reaches an institution only while it is actively paired with their town/street. */
    void requireInstitutionInScope(long institutionId) {
        Scope scope = currentUser.scope();
        if (scope.isCityWide()) {
            return;
        }
        Long town = activeTownOf(institutionId);
        scope.requireTown(town == null ? -1 : town);
    }

    @Nullable Long activeTownOf(long institutionId) {
        List<Long> towns = jdbc.queryForList("SELECT town_id FROM pairing WHERE institution_id = ? AND status = 'ACTIVE'",
                Long.class, institutionId);
        return towns.isEmpty() ? null : towns.getFirst();
    }

    private static InstitutionRow institutionRow(ResultSet rs) throws SQLException {
        return new InstitutionRow(rs.getLong("id"), rs.getLong("version"), rs.getString("name"),
                InstitutionKind.valueOf(rs.getString("kind")), rs.getString("party_organisation"),
                rs.getString("contact_person"), rs.getString("contact_phone"), rs.getInt("in_service_members"),
                rs.getString("town_name"), rs.getInt("communities"), rs.getLong("reported"));
    }

    // ------------------------------------------------------------------ pairings

    private static final String PAIRING_SELECT = """
            SELECT p.id, p.version, p.institution_id, i.name AS institution_name, p.town_id, t.name AS town_name,
                   (SELECT GROUP_CONCAT(c.name ORDER BY c.name SEPARATOR '、') FROM pairing_community pc
                     JOIN community c ON c.id = pc.community_id WHERE pc.pairing_id = p.id) AS community_names,
                   p.start_date, p.end_date, p.status, p.services, p.service_day
            FROM pairing p JOIN institution i ON i.id = p.institution_id JOIN town t ON t.id = p.town_id""";

    /** An institution's pairings, newest first (a coordinator sees those in their town/street only). */
    @Transactional(readOnly = true)
    public List<PairingRow> pairingsOfInstitution(long institutionId) {
        Scope scope = currentUser.scope();
        requireInstitutionInScope(institutionId);
        Sql sql = new Sql().and("p.institution_id = ?", institutionId);
        scope.townFilter().ifPresent(t -> sql.and("p.town_id = ?", t));
        return jdbc.query(PAIRING_SELECT + sql.where() + " ORDER BY p.start_date DESC, p.id DESC", (rs, n) -> pairingRow(rs),
                sql.args());
    }

    /** The institutions paired with a community (active and ended pairings). */
    @Transactional(readOnly = true)
    public List<PairingRow> pairingsOfCommunity(long communityId) {
        region.community(communityId);
        return jdbc.query(PAIRING_SELECT + " WHERE EXISTS (SELECT 1 FROM pairing_community pc WHERE pc.pairing_id = p.id"
                + " AND pc.community_id = ?) ORDER BY p.status, i.name", (rs, n) -> pairingRow(rs), communityId);
    }

    @Transactional(readOnly = true)
    public PairingRow pairing(long id) {
        List<PairingRow> rows = jdbc.query(PAIRING_SELECT + " WHERE p.id = ?", (rs, n) -> pairingRow(rs), id);
        if (rows.isEmpty()) {
            throw notFound();
        }
        currentUser.scope().requireTown(rows.getFirst().townId());
        return rows.getFirst();
    }

    /** The community ids a pairing covers. */
    @Transactional(readOnly = true)
    public Set<Long> communitiesOfPairing(long pairingId) {
        Pairing p = pairings.findById(pairingId).orElseThrow(PairingService::notFound);
        currentUser.scope().requireTown(p.getTownId());
        Set<Long> ids = new HashSet<>();
        pairingCommunities.findByPairingId(pairingId).forEach(pc -> ids.add(pc.getCommunityId()));
        return ids;
    }

    /** The communities an institution is actively paired with (for activity forms). */
    @Transactional(readOnly = true)
    public List<Named> pairedCommunities(long institutionId) {
        requireInstitutionInScope(institutionId);
        return jdbc.query("""
                SELECT c.id, c.name FROM pairing p JOIN pairing_community pc ON pc.pairing_id = p.id
                JOIN community c ON c.id = pc.community_id WHERE p.institution_id = ? AND p.status = 'ACTIVE' ORDER BY c.name""",
                (rs, n) -> new Named(rs.getLong(1), rs.getString(2)), institutionId);
    }

    /** Pairs an institution with a town/street and communities of it; at most one active pairing per institution. */
    public long createPairing(PairingForm form) {
        currentUser.scope().requireAdmin();
        institutions.findById(form.institutionId()).orElseThrow(PairingService::notFound);
        validatePairing(form);
        if (pairings.findByInstitutionIdAndStatus(form.institutionId(), PairingStatus.ACTIVE).isPresent()) {
            throw RuleViolationException.atField("townId", "pairing.error.pairing.alreadyActive");
        }
        Pairing pairing = pairings.save(new Pairing(form.institutionId(), form.townId(), form.startDate(),
                form.services().strip(), form.serviceDay()));
        pairings.flush();
        form.communityIds().forEach(c -> pairingCommunities.save(new PairingCommunity(pairing.requireId(), c)));
        return pairing.requireId();
    }

    /** Changes an active pairing's communities, start date, services or service day (the town stays). */
    public void updatePairing(long id, long seenVersion, PairingForm form) {
        currentUser.scope().requireAdmin();
        Pairing pairing = pairings.findById(id).orElseThrow(PairingService::notFound);
        StaleEditException.check(seenVersion, pairing.getVersion());
        if (pairing.getStatus() != PairingStatus.ACTIVE) {
            throw new RuleViolationException("pairing.error.pairing.ended");
        }
        if (form.townId() == null || form.townId() != pairing.getTownId()) {
            throw RuleViolationException.atField("townId", "pairing.error.pairing.townFixed");
        }
        validatePairing(form);
        pairing.describe(form.startDate(), form.services().strip(), form.serviceDay());
        List<PairingCommunity> current = pairingCommunities.findByPairingId(id);
        current.stream().filter(pc -> !form.communityIds().contains(pc.getCommunityId())).forEach(pairingCommunities::delete);
        Set<Long> kept = new HashSet<>();
        current.forEach(pc -> kept.add(pc.getCommunityId()));
        form.communityIds().stream().filter(c -> !kept.contains(c))
                .forEach(c -> pairingCommunities.save(new PairingCommunity(id, c)));
        pairings.saveAndFlush(pairing);
        pairingCommunities.flush();
    }

    /** Ends a pairing: it stays as history with its end date; the institution may then pair anew. */
    public void endPairing(long id, long seenVersion, @Nullable LocalDate endDate) {
        currentUser.scope().requireAdmin();
        Pairing pairing = pairings.findById(id).orElseThrow(PairingService::notFound);
        StaleEditException.check(seenVersion, pairing.getVersion());
        if (pairing.getStatus() != PairingStatus.ACTIVE) {
            throw new RuleViolationException("pairing.error.pairing.ended");
        }
        if (endDate == null) {
            throw RuleViolationException.atField("endDate", "pairing.error.required");
        }
        if (endDate.isBefore(pairing.getStartDate())) {
            throw RuleViolationException.atField("endDate", "pairing.error.pairing.endBeforeStart");
        }
        pairing.end(endDate);
        pairings.flush();
    }

    private void validatePairing(PairingForm form) {
        if (form.townId() == null) {
            throw RuleViolationException.atField("townId", "pairing.error.required");
        }
        region.findTown(form.townId()).orElseThrow(PairingService::notFound);
        if (form.communityIds() == null || form.communityIds().isEmpty()) {
            throw RuleViolationException.atField("communityIds", "pairing.error.pairing.noCommunity");
        }
        for (long communityId : form.communityIds()) {
            CommunityRef community = region.community(communityId);
            if (community.townId() != form.townId()) {
                throw RuleViolationException.atField("communityIds", "pairing.error.pairing.communityOutsideTown",
                        community.name());
            }
        }
        if (form.startDate() == null) {
            throw RuleViolationException.atField("startDate", "pairing.error.required");
        }
        if (form.startDate().isAfter(today().plusYears(1))) {
            throw RuleViolationException.atField("startDate", "pairing.error.dateTooFar");
        }
        if (form.services() == null || form.services().isBlank()) {
            throw RuleViolationException.atField("services", "pairing.error.required");
        }
        if (form.services().strip().length() > 500) {
            throw RuleViolationException.atField("services", "pairing.error.tooLong", 500);
        }
        if (form.serviceDay() < 1 || form.serviceDay() > 28) {
            throw RuleViolationException.atField("serviceDay", "pairing.error.range", 1, 28);
        }
    }

    private static PairingRow pairingRow(ResultSet rs) throws SQLException {
        java.sql.Date end = rs.getDate("end_date");
        String communities = rs.getString("community_names");
        return new PairingRow(rs.getLong("id"), rs.getLong("version"), rs.getLong("institution_id"),
                rs.getString("institution_name"), rs.getLong("town_id"), rs.getString("town_name"),
                communities == null ? "" : communities, rs.getDate("start_date").toLocalDate(),
                end == null ? null : end.toLocalDate(), PairingStatus.valueOf(rs.getString("status")),
                rs.getString("services"), rs.getInt("service_day"));
    }

    /** The community side: each community of the caller's area with the institutions actively paired with it. */
    @Transactional(readOnly = true)
    public List<CommunityPairingRow> communityPairings(@Nullable Long townId, long offset, int limit) {
        Sql sql = new Sql();
        scopedTown(townId).ifPresent(t -> sql.and("c.town_id = ?", t));
        return jdbc.query("""
                SELECT c.id, c.name, t.name AS town_name, COUNT(p.id) AS institutions,
                       GROUP_CONCAT(i.name ORDER BY i.name SEPARATOR '、') AS names
                FROM community c JOIN town t ON t.id = c.town_id
                LEFT JOIN pairing_community pc ON pc.community_id = c.id
                LEFT JOIN pairing p ON p.id = pc.pairing_id AND p.status = 'ACTIVE'
                LEFT JOIN institution i ON i.id = p.institution_id""" + sql.where()
                        + " GROUP BY c.id, c.name, t.name, t.sort_order ORDER BY t.sort_order, c.name LIMIT ? OFFSET ?",
                (rs, n) -> new CommunityPairingRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5) == null ? "" : rs.getString(5)), sql.args(limit, offset));
    }

    @Transactional(readOnly = true)
    public long countCommunityPairings(@Nullable Long townId) {
        Sql sql = new Sql();
        scopedTown(townId).ifPresent(t -> sql.and("c.town_id = ?", t));
        return jdbc.queryForObject("SELECT COUNT(*) FROM community c" + sql.where(), Long.class, sql.args());
    }

    /** Institutions paired, communities and communities with at least one active pairing, by town/street. */
    @Transactional(readOnly = true)
    public List<TownPairingFigures> pairingFiguresByTown() {
        return pairingFiguresByTown(null);
    }

    /**
     * The same as it stood at the end of a past day ({@code on}; null: now): pairings that had started
     * and not yet ended on that day. A pairing's communities are taken as they are now (they carry no dates).
     */
    @Transactional(readOnly = true)
    public List<TownPairingFigures> pairingFiguresByTown(@Nullable LocalDate on) {
        Sql sql = new Sql();
        currentUser.scope().townFilter().ifPresent(t -> sql.and("t.id = ?", t));
        String active = activeOn(on);
        Object[] args = concat(concat(activeArgs(on), activeArgs(on)), sql.args());
        return jdbc.query("""
                SELECT t.id, t.name,
                  (SELECT COUNT(DISTINCT p.institution_id) FROM pairing p WHERE p.town_id = t.id AND %1$s),
                  (SELECT COUNT(*) FROM community c WHERE c.town_id = t.id),
                  (SELECT COUNT(DISTINCT pc.community_id) FROM pairing p JOIN pairing_community pc ON pc.pairing_id = p.id
                    WHERE p.town_id = t.id AND %1$s)
                FROM town t""".formatted(active) + sql.where() + " ORDER BY t.sort_order",
                (rs, n) -> new TownPairingFigures(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)),
                args);
    }

    /** A pairing in force now (null) or at the end of a past day: started by then and not ended before it. */
    private static String activeOn(@Nullable LocalDate on) {
        return on == null ? "p.status = 'ACTIVE'" : "p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?)";
    }

    private static Object[] activeArgs(@Nullable LocalDate on) {
        return on == null ? new Object[0] : new Object[] {on, on};
    }

    // ------------------------------------------------------------------ activity types

    @Transactional(readOnly = true)
    public List<ActivityTypeRow> activityTypes() {
        currentUser.scope().townFilter();
        return jdbc.query("SELECT id, version, name, unified_day FROM activity_type ORDER BY sort_order, id",
                (rs, n) -> new ActivityTypeRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4)));
    }

    public long createActivityType(String name) {
        currentUser.scope().requireAdmin();
        String clean = validTypeName(name, 0);
        Integer max = jdbc.queryForObject("SELECT COALESCE(MAX(sort_order), 0) FROM activity_type", Integer.class);
        return types.save(new ActivityType(clean, max == null ? 1 : max + 1)).requireId();
    }

    public void renameActivityType(long id, long seenVersion, String name) {
        currentUser.scope().requireAdmin();
        ActivityType type = types.findById(id).orElseThrow(PairingService::notFound);
        StaleEditException.check(seenVersion, type.getVersion());
        type.rename(validTypeName(name, id));
        types.flush();
    }

    private String validTypeName(@Nullable String name, long id) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw RuleViolationException.atField("name", "pairing.error.required");
        }
        if (clean.length() > 32) {
            throw RuleViolationException.atField("name", "pairing.error.tooLong", 32);
        }
        if (types.existsByNameAndIdNot(clean, id)) {
            throw RuleViolationException.atField("name", "pairing.error.type.duplicate", clean);
        }
        return clean;
    }

    // ------------------------------------------------------------------ activities

    private static final String ACTIVITY_SELECT = """
            SELECT a.id, a.version, a.activity_date, a.institution_id, i.name AS institution_name, t.name AS town_name,
                   c.name AS community_name, cp.name AS compound_name, ty.name AS type_name, a.participants, a.hours,
                   a.description, (SELECT COUNT(*) FROM activity_attachment aa WHERE aa.activity_id = a.id) AS attachments
            FROM activity a JOIN institution i ON i.id = a.institution_id JOIN town t ON t.id = a.town_id
            JOIN community c ON c.id = a.community_id LEFT JOIN compound cp ON cp.id = a.compound_id
            JOIN activity_type ty ON ty.id = a.type_id""";

    /** Activities, newest first, filtered in SQL. */
    @Transactional(readOnly = true)
    public List<ActivityRow> listActivities(ActivityFilter filter, long offset, int limit) {
        Sql sql = activityWhere(filter);
        return jdbc.query(activityPage("SELECT a.id FROM activity a" + sql.where()
                + " ORDER BY a.activity_date DESC, a.id DESC LIMIT ? OFFSET ?"), (rs, n) -> activityRow(rs), sql.args(limit, offset));
    }

    /** Keyset page: the activities after (older than) the given one, for deep pages and exports. */
    @Transactional(readOnly = true)
    public List<ActivityRow> listActivitiesAfter(ActivityFilter filter, @Nullable LocalDate afterDate, long afterId, int limit) {
        Sql sql = activityWhere(filter);
        if (afterDate != null) {
            sql.and("(a.activity_date < ? OR (a.activity_date = ? AND a.id < ?))", afterDate, afterDate, afterId);
        }
        return jdbc.query(activityPage("SELECT a.id FROM activity a" + sql.where()
                + " ORDER BY a.activity_date DESC, a.id DESC LIMIT ?"), (rs, n) -> activityRow(rs), sql.args(limit));
    }

    /** A deferred join: the page's ids from the index first, then only those rows joined with their names. */
    private static String activityPage(String idQuery) {
        return ACTIVITY_SELECT.replace("FROM activity a JOIN", "FROM (" + idQuery + ") page JOIN activity a ON a.id = page.id JOIN")
                + " ORDER BY a.activity_date DESC, a.id DESC";
    }

    @Transactional(readOnly = true)
    public long countActivities(ActivityFilter filter) {
        Sql sql = activityWhere(filter);
        return jdbc.queryForObject("SELECT COUNT(*) FROM activity a" + sql.where(), Long.class, sql.args());
    }

    private Sql activityWhere(ActivityFilter filter) {
        Sql sql = new Sql();
        scopedTown(filter.townId()).ifPresent(t -> sql.and("a.town_id = ?", t));
        sql.andIf(filter.communityId() != null, "a.community_id = ?", filter.communityId());
        sql.andIf(filter.institutionId() != null, "a.institution_id = ?", filter.institutionId());
        sql.andIf(filter.typeId() != null, "a.type_id = ?", filter.typeId());
        if (filter.month() != null) {
            sql.and("a.activity_date BETWEEN ? AND ?", filter.month().atDay(1), filter.month().atEndOfMonth());
        }
        return sql;
    }

    @Transactional(readOnly = true)
    public ActivityRow activity(long id) {
        Activity activity = activities.findById(id).orElseThrow(PairingService::notFound);
        currentUser.scope().requireTown(activity.getTownId());
        return jdbc.queryForObject(ACTIVITY_SELECT + " WHERE a.id = ?", (rs, n) -> activityRow(rs), id);
    }

    /** The form values of a stored activity, for editing. */
    @Transactional(readOnly = true)
    public ActivityForm activityForm(long id) {
        Activity activity = activities.findById(id).orElseThrow(PairingService::notFound);
        currentUser.scope().requireTown(activity.getTownId());
        return jdbc.queryForObject("""
                SELECT institution_id, community_id, compound_id, type_id, activity_date, participants, hours, description
                FROM activity WHERE id = ?""", (rs, n) -> new ActivityForm(rs.getLong(1), rs.getLong(2),
                rs.getObject(3) == null ? null : rs.getLong(3), rs.getLong(4), rs.getDate(5).toLocalDate(), rs.getInt(6),
                rs.getBigDecimal(7), rs.getString(8)), id);
    }

    /** Records an activity of an institution in a community it is actively paired with. */
    public long recordActivity(ActivityForm form) {
        long town = validateActivity(form);
        return activities.save(new Activity(town, form)).requireId();
    }

    public void updateActivity(long id, long seenVersion, ActivityForm form) {
        Activity activity = activities.findById(id).orElseThrow(PairingService::notFound);
        currentUser.scope().requireTown(activity.getTownId());
        StaleEditException.check(seenVersion, activity.getVersion());
        long town = validateActivity(form);
        activity.describe(town, form);
        activities.flush();
    }

    public void deleteActivity(long id, long seenVersion) {
        Activity activity = activities.findById(id).orElseThrow(PairingService::notFound);
        currentUser.scope().requireTown(activity.getTownId());
        StaleEditException.check(seenVersion, activity.getVersion());
        jdbc.queryForList("SELECT id FROM activity_attachment WHERE activity_id = ?", Long.class, id)
                .forEach(attachments::deleteById);
        attachments.flush();
        activities.delete(activity);
        activities.flush();
    }

    private long validateActivity(ActivityForm form) {
        CommunityRef community = region.community(form.communityId());
        Long pairingId = jdbc.query("""
                SELECT p.id FROM pairing p JOIN pairing_community pc ON pc.pairing_id = p.id
                WHERE p.institution_id = ? AND p.status = 'ACTIVE' AND pc.community_id = ?""",
                rs -> rs.next() ? rs.getLong(1) : null, form.institutionId(), form.communityId());
        if (pairingId == null) {
            throw RuleViolationException.atField("institutionId", "pairing.error.activity.notPaired", community.name());
        }
        if (form.compoundId() != null) {
            CompoundRef compound = region.compound(form.compoundId());
            if (compound.communityId() != community.id()) {
                throw RuleViolationException.atField("compoundId", "pairing.error.compoundOutsideCommunity", compound.name(),
                        community.name());
            }
        }
        types.findById(form.typeId()).orElseThrow(() -> RuleViolationException.atField("typeId", "pairing.error.required"));
        if (form.date() == null) {
            throw RuleViolationException.atField("date", "pairing.error.required");
        }
        if (form.date().isAfter(today())) {
            throw RuleViolationException.atField("date", "pairing.error.dateInFuture");
        }
        if (form.participants() < 1 || form.participants() > 10_000) {
            throw RuleViolationException.atField("participants", "pairing.error.range", 1, 10_000);
        }
        if (form.hours() == null || form.hours().compareTo(BigDecimal.ZERO) <= 0 || form.hours().compareTo(BigDecimal.valueOf(24)) > 0) {
            throw RuleViolationException.atField("hours", "pairing.error.hours");
        }
        if (form.description() == null || form.description().isBlank()) {
            throw RuleViolationException.atField("description", "pairing.error.required");
        }
        if (form.description().strip().length() > 1000) {
            throw RuleViolationException.atField("description", "pairing.error.tooLong", 1000);
        }
        return community.townId();
    }

    private static ActivityRow activityRow(ResultSet rs) throws SQLException {
        return new ActivityRow(rs.getLong("id"), rs.getLong("version"), rs.getDate("activity_date").toLocalDate(),
                rs.getLong("institution_id"), rs.getString("institution_name"), rs.getString("town_name"),
                rs.getString("community_name"), rs.getString("compound_name"), rs.getString("type_name"),
                rs.getInt("participants"), rs.getBigDecimal("hours"), rs.getString("description"), rs.getInt("attachments"));
    }

    /** Writes exactly the filtered activities to an Excel workbook, streamed page by page (keyset). */
    @Transactional(readOnly = true)
    public int exportActivities(ActivityFilter filter, OutputStream out, Locale locale) {
        try (Sheets sheet = new Sheets("pairing.activities.sheet", locale, "pairing.activity.date", "pairing.institution",
                "pairing.town", "pairing.community", "pairing.compound", "pairing.activity.type",
                "pairing.activity.participants", "pairing.activity.hours", "pairing.activity.description",
                "pairing.activity.attachments")) {
            LocalDate afterDate = null;
            long afterId = 0;
            while (true) {
                List<ActivityRow> page = listActivitiesAfter(filter, afterDate, afterId, 2000);
                for (ActivityRow a : page) {
                    sheet.row(a.date(), a.institutionName(), a.townName(), a.communityName(), a.compoundName(), a.typeName(),
                            a.participants(), a.hours(), a.description(), a.attachments());
                }
                if (page.size() < 2000) {
                    break;
                }
                afterDate = page.getLast().date();
                afterId = page.getLast().id();
            }
            sheet.writeTo(out);
            return sheet.rows();
        }
    }

    // ------------------------------------------------------------------ attachments

    @Transactional(readOnly = true)
    public List<AttachmentRow> attachments(long activityId) {
        Activity activity = activities.findById(activityId).orElseThrow(PairingService::notFound);
        currentUser.scope().requireTown(activity.getTownId());
        return jdbc.query("""
                SELECT id, file_name, content_type, size_bytes, uploaded_at, uploaded_by FROM activity_attachment
                WHERE activity_id = ? ORDER BY id""", (rs, n) -> new AttachmentRow(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getLong(4), rs.getTimestamp(5).toInstant(), rs.getString(6)), activityId);
    }

    /**
     * Stores a photo or sign-in sheet: JPEG, PNG or PDF by extension, declared type AND content (magic
     * bytes), at most 10 MB; the file name is reduced to safe characters.
     */
    public long addAttachment(long activityId, String fileName, String contentType, byte[] content) {
        Activity activity = activities.findById(activityId).orElseThrow(PairingService::notFound);
        currentUser.scope().requireTown(activity.getTownId());
        if (content.length == 0) {
            throw RuleViolationException.atField("file", "pairing.error.attachment.empty");
        }
        if (content.length > MAX_ATTACHMENT_BYTES) {
            throw RuleViolationException.atField("file", "pairing.error.attachment.tooLarge", MAX_ATTACHMENT_BYTES / 1024 / 1024);
        }
        String safeName = safeFileName(fileName);
        String byExtension = typeByExtension(safeName);
        String byContent = typeByContent(content);
        if (byExtension == null || byContent == null || !byExtension.equals(byContent)
                || contentType != null && !contentType.isBlank() && !contentType.equalsIgnoreCase(byExtension)) {
            throw RuleViolationException.atField("file", "pairing.error.attachment.type");
        }
        return attachments.save(new ActivityAttachment(activityId, safeName, byContent, content, clock.instant(),
                currentUser.require().getUsername())).requireId();
    }

    /** An attachment's file name, type and content, for download. */
    @Transactional(readOnly = true)
    public AttachmentContent attachmentContent(long attachmentId) {
        ActivityAttachment attachment = attachments.findById(attachmentId).orElseThrow(PairingService::notFound);
        Activity activity = activities.findById(attachment.getActivityId()).orElseThrow(PairingService::notFound);
        currentUser.scope().requireTown(activity.getTownId());
        return new AttachmentContent(attachment.getFileName(), attachment.getContentType(), attachment.getContent());
    }

    public void deleteAttachment(long attachmentId) {
        ActivityAttachment attachment = attachments.findById(attachmentId).orElseThrow(PairingService::notFound);
        Activity activity = activities.findById(attachment.getActivityId()).orElseThrow(PairingService::notFound);
        currentUser.scope().requireTown(activity.getTownId());
        attachments.delete(attachment);
        attachments.flush();
    }

    /** An attachment to download. */
    public record AttachmentContent(String fileName, String contentType, byte[] content) {
    }

    static String safeFileName(@Nullable String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = UNSAFE_FILE_CHARS.matcher(base).replaceAll("_").replaceAll("^[.\\s]+", "");
        if (base.isBlank()) {
            base = "file";
        }
        return base.length() > 120 ? base.substring(base.length() - 120) : base;
    }

    private static @Nullable String typeByExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        }
        return null;
    }

    private static @Nullable String typeByContent(byte[] c) {
        if (c.length >= 3 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xD8 && (c[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (c.length >= 8 && (c[0] & 0xFF) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G') {
            return "image/png";
        }
        if (c.length >= 5 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F' && c[4] == '-') {
            return "application/pdf";
        }
        return null;
    }

    // ------------------------------------------------------------------ unified service day

    /** For a month: every pairing active in it, its planned service day, and whether it held the unified service day. */
    @Transactional(readOnly = true)
    public List<ServiceDayRow> serviceDays(YearMonth month, @Nullable Long townId) {
        // the month's unified-day activities are counted once per institution and town over the covering
        // index ix_activity_unified_day (type first: the few unified-day types, then the month's dates),
        // then joined to the pairings; STRAIGHT_JOIN keeps MariaDB from starting at the date index instead
        Sql sql = new Sql().and("p.start_date <= ?", month.atEndOfMonth())
                .and("(p.end_date IS NULL OR p.end_date >= ?)", month.atDay(1));
        scopedTown(townId).ifPresent(t -> sql.and("p.town_id = ?", t));
        return jdbc.query("""
                SELECT p.id, i.name, t.name, p.service_day, COALESCE(a.held, 0), a.first_held
                FROM pairing p JOIN institution i ON i.id = p.institution_id JOIN town t ON t.id = p.town_id
                LEFT JOIN (SELECT a.institution_id, a.town_id, COUNT(*) AS held, MIN(a.activity_date) AS first_held
                           FROM activity_type y STRAIGHT_JOIN activity a ON a.type_id = y.id
                           WHERE y.unified_day AND a.activity_date BETWEEN ? AND ?
                           GROUP BY a.institution_id, a.town_id) a
                       ON a.institution_id = p.institution_id AND a.town_id = p.town_id""" + sql.where()
                        + " ORDER BY COALESCE(a.held, 0) > 0, t.sort_order, i.name",
                (rs, n) -> new ServiceDayRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        month.atDay(rs.getInt(4)), rs.getInt(5),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate()),
                concat(month.atDay(1), month.atEndOfMonth(), sql.args()));
    }

    private static Object[] concat(Object a, Object b, Object[] rest) {
        return concat(new Object[] {a, b}, rest);
    }

    // ------------------------------------------------------------------ geography pickers

    /** Every community the caller may work in, by town/street and name. */
    @Transactional(readOnly = true)
    public List<CommunityRef> communitiesInScope() {
        return region.townsInScope().stream().flatMap(t -> region.communitiesOf(t.id()).stream()).toList();
    }

    /** Compounds of a community (scoped), for activity and matter forms. */
    @Transactional(readOnly = true)
    public List<Named> compoundsOf(long communityId) {
        region.community(communityId);
        return jdbc.query("SELECT id, name FROM compound WHERE community_id = ? ORDER BY name",
                (rs, n) -> new Named(rs.getLong(1), rs.getString(2)), communityId);
    }

    /** Micro-grids of a compound (scoped), for reporting forms. */
    @Transactional(readOnly = true)
    public List<Named> gridsOf(long compoundId) {
        region.compound(compoundId);
        return jdbc.query("SELECT id, name FROM micro_grid WHERE compound_id = ? ORDER BY id",
                (rs, n) -> new Named(rs.getLong(1), rs.getString(2)), compoundId);
    }

    // ------------------------------------------------------------------ dashboard

    /** The 共驻共建 figures of the city (townId null) or one town/street, for the dashboard. All in SQL. */
    @Transactional(readOnly = true)
    public PairingFigures figures(@Nullable Long townId) {
        return figures(townId, null);
    }

    /**
     * The same for a month ({@code asOf}; null: now). For a past month: activities and unified service
     * days of that month; pairings in force, matters published, resolved and still open at its last
     * day (each matter's state then read from its steps). Members and volunteers are always the current
     * count: a report keeps no date of its withdrawal.
     */
    @Transactional(readOnly = true)
    public PairingFigures figures(@Nullable Long townId, @Nullable YearMonth asOf) {
        Optional<Long> town = scopedTown(townId);
        YearMonth thisMonth = YearMonth.from(today());
        YearMonth month = asOf == null || asOf.isAfter(thisMonth) ? thisMonth : asOf;
        LocalDate on = month.isBefore(thisMonth) ? month.atEndOfMonth() : null;
        Object[] t = town.map(id -> new Object[] {id}).orElse(new Object[0]);
        String pTown = town.isPresent() ? " AND p.town_id = ?" : "";
        long all = town.isPresent()
                ? jdbc.queryForObject("SELECT COUNT(DISTINCT institution_id) FROM pairing p WHERE 1 = 1" + pTown, Long.class, t)
                : jdbc.queryForObject("SELECT COUNT(*) FROM institution", Long.class);
        long paired = jdbc.queryForObject("SELECT COUNT(DISTINCT institution_id) FROM pairing p WHERE " + activeOn(on)
                + pTown, Long.class, concat(activeArgs(on), t));
        long communities = jdbc.queryForObject("SELECT COUNT(*) FROM community c WHERE 1 = 1"
                + (town.isPresent() ? " AND c.town_id = ?" : ""), Long.class, t);
        long communitiesPaired = jdbc.queryForObject("SELECT COUNT(DISTINCT pc.community_id) FROM pairing p"
                + " JOIN pairing_community pc ON pc.pairing_id = p.id WHERE " + activeOn(on) + pTown, Long.class,
                concat(activeArgs(on), t));
        String aTown = town.isPresent() ? " AND a.town_id = ?" : "";
        long activitiesThisMonth = jdbc.queryForObject("SELECT COUNT(*) FROM activity a WHERE a.activity_date BETWEEN ? AND ?"
                + aTown, Long.class, concat(month.atDay(1), month.atEndOfMonth(), t));
        List<ServiceDayRow> days = serviceDays(month, townId);
        long held = days.stream().filter(ServiceDayRow::wasHeld).count();
        String rTown = town.isPresent() ? " AND r.town_id = ?" : "";
        long[] reports = jdbc.queryForObject("SELECT SUM(r.members), SUM(r.volunteers) FROM report_tally r WHERE 1 = 1"
                + rTown, (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, t);
        String mTown = town.isPresent() ? " AND m.town_id = ?" : "";
        long[] matters = on == null ? jdbc.queryForObject("""
                SELECT SUM(m.published_on IS NOT NULL), SUM(m.state IN ('ACCEPTED', 'CLOSED')),
                       SUM(m.state NOT IN ('ACCEPTED', 'CLOSED')) FROM matter m WHERE 1 = 1""" + mTown,
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, t)
                : jdbc.queryForObject("""
                SELECT SUM(m.published_on <= ?), SUM(s.to_state IN ('ACCEPTED', 'CLOSED')),
                       SUM(s.to_state NOT IN ('ACCEPTED', 'CLOSED'))
                FROM matter m JOIN matter_step s ON s.id = (
                    SELECT x.id FROM matter_step x WHERE x.matter_id = m.id AND x.occurred_at < ?
                    ORDER BY x.occurred_at DESC, x.id DESC LIMIT 1)
                WHERE m.raised_on <= ?""" + mTown,
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                concat(new Object[] {on, on.plusDays(1).atStartOfDay(), on}, t));
        String closedBy = on == null ? "" : " AND m.closed_on <= ?";
        Double median = jdbc.query("""
                SELECT DISTINCT MEDIAN(DATEDIFF(m.closed_on, m.published_on)) OVER () FROM matter m
                WHERE m.closed_on IS NOT NULL AND m.published_on IS NOT NULL""" + closedBy + mTown,
                rs -> rs.next() ? rs.getDouble(1) : null, on == null ? t : concat(new Object[] {on}, t));
        return new PairingFigures(all, paired, communities, communitiesPaired, activitiesThisMonth, days.size(), held,
                reports[0], reports[1], matters[0], matters[1], matters[2], median);
    }

    private static Object[] concat(Object[] first, Object[] rest) {
        Object[] all = new Object[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }

    // ------------------------------------------------------------------ helpers

    /** The town to filter by: a coordinator's own (refusing another one), or the admin's choice (null = city). */
    Optional<Long> scopedTown(@Nullable Long requested) {
        Scope scope = currentUser.scope();
        Optional<Long> own = scope.townFilter();
        if (requested != null) {
            scope.requireTown(requested);
            return Optional.of(requested);
        }
        return own;
    }

    static RuleViolationException notFound() {
        return new RuleViolationException("error.notFound");
    }
}
