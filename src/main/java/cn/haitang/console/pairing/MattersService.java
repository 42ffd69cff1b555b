package cn.haitang.console.pairing;

import cn.haitang.console.base.db.Sql;

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
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key-small-matters board (海棠有约·共商共办). A matter's life cycle is the one state machine of
 * {@link MatterAction}: every step goes through {@link #transition}, which refuses illegal steps with a
 * message and records who took the step and when (the timeline). A coordinator works on matters of
 * their own town/street only, and claims only on behalf of institutions paired with it.
 */
@Service
@Transactional
public class MattersService {

    private final MatterRepository matters;
    private final MatterClaimRepository claims;
    private final MatterStepRepository steps;
    private final PairingService pairing;
    private final RegionService region;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MattersService(MatterRepository matters, MatterClaimRepository claims, MatterStepRepository steps,
                   PairingService pairing, RegionService region, CurrentUser currentUser, JdbcTemplate jdbc, Clock clock) {
        this.matters = matters;
        this.claims = claims;
        this.steps = steps;
        this.pairing = pairing;
        this.region = region;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PairingService.ZONE));
    }

    // ------------------------------------------------------------------ lists

    private static final String SELECT = """
            SELECT m.id, m.version, m.title, m.category, m.source, m.town_id, t.name AS town_name, c.name AS community_name,
                   cp.name AS compound_name, m.raised_on, m.state,
                   (SELECT GROUP_CONCAT(i.name ORDER BY mc.id SEPARATOR '、') FROM matter_claim mc
                     JOIN institution i ON i.id = mc.institution_id WHERE mc.matter_id = m.id) AS claimants,
                   m.published_on, m.closed_on, m.reopen_count
            FROM matter m JOIN town t ON t.id = m.town_id JOIN community c ON c.id = m.community_id
            LEFT JOIN compound cp ON cp.id = m.compound_id""";

    /** The board, newest first, filtered in SQL. */
    @Transactional(readOnly = true)
    public List<MatterRow> list(MatterFilter filter, long offset, int limit) {
        Sql sql = where(filter);
        return jdbc.query(page("SELECT m.id FROM matter m" + sql.where() + " ORDER BY m.id DESC LIMIT ? OFFSET ?"),
                (rs, n) -> row(rs), sql.args(limit, offset));
    }

    /** Keyset page: matters older than {@code beforeId} (0 = from the newest), for deep pages and exports. */
    @Transactional(readOnly = true)
    public List<MatterRow> listBefore(MatterFilter filter, long beforeId, int limit) {
        Sql sql = where(filter).andIf(beforeId > 0, "m.id < ?", beforeId);
        return jdbc.query(page("SELECT m.id FROM matter m" + sql.where() + " ORDER BY m.id DESC LIMIT ?"), (rs, n) -> row(rs),
                sql.args(limit));
    }

    /** A deferred join: the page's ids from the index first, then only those rows joined with their names. */
    private static String page(String idQuery) {
        return SELECT.replace("FROM matter m JOIN", "FROM (" + idQuery + ") page JOIN matter m ON m.id = page.id JOIN")
                + " ORDER BY m.id DESC";
    }

    @Transactional(readOnly = true)
    public long count(MatterFilter filter) {
        Sql sql = where(filter);
        return jdbc.queryForObject("SELECT COUNT(*) FROM matter m" + sql.where(), Long.class, sql.args());
    }

    private Sql where(MatterFilter filter) {
        Sql sql = new Sql();
        pairing.scopedTown(filter.townId()).ifPresent(t -> sql.and("m.town_id = ?", t));
        sql.andIf(filter.communityId() != null, "m.community_id = ?", filter.communityId());
        sql.andIf(filter.category() != null, "m.category = ?", filter.category() == null ? "" : filter.category().name());
        sql.andIf(filter.state() != null, "m.state = ?", filter.state() == null ? "" : filter.state().name());
        sql.andIf(filter.openToClaim(), "m.state IN ('PUBLISHED', 'CLAIMED')");
        sql.andIf(filter.claimedBy() != null,
                "EXISTS (SELECT 1 FROM matter_claim mc WHERE mc.matter_id = m.id AND mc.institution_id = ?)",
                filter.claimedBy());
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.and("m.title LIKE ?", Sql.contains(filter.text()));
        }
        return sql;
    }

    private static MatterRow row(ResultSet rs) throws SQLException {
        java.sql.Date published = rs.getDate("published_on");
        java.sql.Date closed = rs.getDate("closed_on");
        return new MatterRow(rs.getLong("id"), rs.getLong("version"), rs.getString("title"),
                MatterCategory.valueOf(rs.getString("category")), MatterSource.valueOf(rs.getString("source")),
                rs.getLong("town_id"), rs.getString("town_name"), rs.getString("community_name"),
                rs.getString("compound_name"), rs.getDate("raised_on").toLocalDate(), MatterState.valueOf(rs.getString("state")),
                rs.getString("claimants"), published == null ? null : published.toLocalDate(),
                closed == null ? null : closed.toLocalDate(), rs.getInt("reopen_count"));
    }

    /** A matter with its claimants, timeline and the steps open to it now. */
    @Transactional(readOnly = true)
    public MatterDetail detail(long id) {
        Matter matter = load(id);
        MatterRow row = jdbc.queryForObject(SELECT + " WHERE m.id = ?", (rs, n) -> row(rs), id);
        var text = jdbc.queryForMap("SELECT description, resolution, evidence FROM matter WHERE id = ?", id);
        List<Named> claimants = jdbc.query("""
                SELECT i.id, i.name FROM matter_claim mc JOIN institution i ON i.id = mc.institution_id
                WHERE mc.matter_id = ? ORDER BY mc.id""", (rs, n) -> new Named(rs.getLong(1), rs.getString(2)), id);
        List<MatterStepRow> timeline = jdbc.query("""
                SELECT from_state, to_state, actor, occurred_at, note FROM matter_step WHERE matter_id = ?
                ORDER BY occurred_at, id""", (rs, n) -> new MatterStepRow(
                rs.getString(1) == null ? null : MatterState.valueOf(rs.getString(1)), MatterState.valueOf(rs.getString(2)),
                rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5)), id);
        return new MatterDetail(row, (String) text.get("description"), (String) text.get("resolution"),
                (String) text.get("evidence"), claimants, timeline, MatterAction.availableFrom(matter.getState()));
    }

    /** The form values of a matter, for editing while it is not yet claimed. */
    @Transactional(readOnly = true)
    public MatterForm form(long id) {
        load(id);
        return jdbc.queryForObject("""
                SELECT title, description, category, source, community_id, compound_id, raised_on FROM matter WHERE id = ?""",
                (rs, n) -> new MatterForm(rs.getString(1), rs.getString(2), MatterCategory.valueOf(rs.getString(3)),
                        MatterSource.valueOf(rs.getString(4)), rs.getLong(5), rs.getObject(6) == null ? null : rs.getLong(6),
                        rs.getDate(7).toLocalDate()), id);
    }

    // ------------------------------------------------------------------ raising and editing

    /** Records a matter raised in a community of the caller's area; it starts in RAISED. */
    public long raise(MatterForm form) {
        long town = validate(form);
        Matter matter = matters.save(new Matter(town, form));
        steps.save(new MatterStep(matter.requireId(), null, MatterState.RAISED, actor(), clock.instant(), null));
        return matter.requireId();
    }

    /** Edits a matter while it is raised or published (before anyone claimed it). */
    public void update(long id, long seenVersion, MatterForm form) {
        Matter matter = load(id);
        StaleEditException.check(seenVersion, matter.getVersion());
        if (matter.getState() != MatterState.RAISED && matter.getState() != MatterState.PUBLISHED) {
            throw new RuleViolationException("pairing.error.matter.notEditable");
        }
        long town = validate(form);
        matter.describe(town, form);
        matters.flush();
    }

    private long validate(MatterForm form) {
        if (form.title() == null || form.title().isBlank()) {
            throw RuleViolationException.atField("title", "pairing.error.required");
        }
        if (form.title().strip().length() > 100) {
            throw RuleViolationException.atField("title", "pairing.error.tooLong", 100);
        }
        if (form.description() == null || form.description().isBlank()) {
            throw RuleViolationException.atField("description", "pairing.error.required");
        }
        if (form.description().strip().length() > 2000) {
            throw RuleViolationException.atField("description", "pairing.error.tooLong", 2000);
        }
        if (form.category() == null) {
            throw RuleViolationException.atField("category", "pairing.error.required");
        }
        if (form.source() == null) {
            throw RuleViolationException.atField("source", "pairing.error.required");
        }
        if (form.communityId() == null) {
            throw RuleViolationException.atField("communityId", "pairing.error.required");
        }
        CommunityRef community = region.community(form.communityId());
        if (form.compoundId() != null) {
            CompoundRef compound = region.compound(form.compoundId());
            if (compound.communityId() != community.id()) {
                throw RuleViolationException.atField("compoundId", "pairing.error.compoundOutsideCommunity", compound.name(),
                        community.name());
            }
        }
        if (form.raisedOn() == null) {
            throw RuleViolationException.atField("raisedOn", "pairing.error.required");
        }
        if (form.raisedOn().isAfter(today())) {
            throw RuleViolationException.atField("raisedOn", "pairing.error.dateInFuture");
        }
        return community.townId();
    }

    // ------------------------------------------------------------------ the life cycle

    public void publish(long id, long seenVersion) {
        transition(id, seenVersion, MatterAction.PUBLISH, null);
    }

    /**
     * 揭榜: one or several institutions claim the matter (joint claim); more may join while it is claimed.
     * A coordinator claims only for institutions actively paired with their own town/street.
     */
    public void claim(long id, long seenVersion, Set<Long> institutionIds) {
        Matter matter = load(id);
        StaleEditException.check(seenVersion, matter.getVersion());
        requireLegal(matter, MatterAction.CLAIM);
        if (institutionIds == null || institutionIds.isEmpty()) {
            throw RuleViolationException.atField("institutions", "pairing.error.matter.noClaimant");
        }
        Scope scope = currentUser.scope();
        LocalDate today = today();
        StringBuilder names = new StringBuilder();
        for (long institutionId : institutionIds) {
            InstitutionRow institution = pairing.institution(institutionId);
            if (!scope.isCityWide()) {
                Long town = pairing.activeTownOf(institutionId);
                if (town == null || town != matter.getTownId()) {
                    throw RuleViolationException.atField("institutions", "pairing.error.matter.claimOutsideArea",
                            institution.name());
                }
            }
            if (claims.existsByMatterIdAndInstitutionId(id, institutionId)) {
                throw RuleViolationException.atField("institutions", "pairing.error.matter.alreadyClaimed", institution.name());
            }
            claims.save(new MatterClaim(id, institutionId, today));
            names.append(names.isEmpty() ? "" : "、").append(institution.name());
        }
        step(matter, MatterAction.CLAIM, names.toString());
    }

    public void start(long id, long seenVersion) {
        transition(id, seenVersion, MatterAction.START, null);
    }

    /** Resolved: what was done is required, the evidence (where to find photos, receipts…) optional. */
    public void resolve(long id, long seenVersion, String whatWasDone, @Nullable String evidence) {
        if (whatWasDone == null || whatWasDone.isBlank()) {
            throw RuleViolationException.atField("resolution", "pairing.error.required");
        }
        if (whatWasDone.strip().length() > 2000) {
            throw RuleViolationException.atField("resolution", "pairing.error.tooLong", 2000);
        }
        if (evidence != null && evidence.strip().length() > 500) {
            throw RuleViolationException.atField("evidence", "pairing.error.tooLong", 500);
        }
        Matter matter = load(id);
        StaleEditException.check(seenVersion, matter.getVersion());
        requireLegal(matter, MatterAction.RESOLVE);
        matter.recordResolution(whatWasDone.strip(), evidence == null || evidence.isBlank() ? null : evidence.strip());
        step(matter, MatterAction.RESOLVE, whatWasDone.strip());
    }

    /** Accepted by the residents' representative (named in the note). */
    public void accept(long id, long seenVersion, @Nullable String representative) {
        transition(id, seenVersion, MatterAction.ACCEPT, representative);
    }

    /** Reopened with a reason: back to in progress. */
    public void reopen(long id, long seenVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolationException.atField("reason", "pairing.error.matter.reasonRequired");
        }
        transition(id, seenVersion, MatterAction.REOPEN, reason.strip());
    }

    public void close(long id, long seenVersion) {
        transition(id, seenVersion, MatterAction.CLOSE, null);
    }

    /** Any step but claim and resolve (which carry their own input); refuses illegal steps. */
    public void transition(long id, long seenVersion, MatterAction action, @Nullable String note) {
        if (action == MatterAction.CLAIM || action == MatterAction.RESOLVE) {
            throw new IllegalArgumentException("Use claim() or resolve() for " + action);
        }
        Matter matter = load(id);
        StaleEditException.check(seenVersion, matter.getVersion());
        requireLegal(matter, action);
        if (note != null && note.length() > 2000) {
            throw RuleViolationException.atField("reason", "pairing.error.tooLong", 2000);
        }
        step(matter, action, note == null || note.isBlank() ? null : note.strip());
    }

    private static void requireLegal(Matter matter, MatterAction action) {
        if (!action.allowedFrom(matter.getState())) {
            throw new RuleViolationException("pairing.error.matter.illegal." + action.name(),
                    matter.getState().name());
        }
    }

    private void step(Matter matter, MatterAction action, @Nullable String note) {
        MatterState from = matter.getState();
        matter.apply(action, today());
        matters.saveAndFlush(matter);
        steps.save(new MatterStep(matter.requireId(), from, matter.getState(), actor(), clock.instant(), note));
    }

    private Matter load(long id) {
        Matter matter = matters.findById(id).orElseThrow(PairingService::notFound);
        currentUser.scope().requireTown(matter.getTownId());
        return matter;
    }

    private String actor() {
        return currentUser.require().getUsername();
    }

    // ------------------------------------------------------------------ figures (SQL)

    /** Published, claimed, resolved (accepted or closed), reopened, open; medians of days to claim and to close. */
    @Transactional(readOnly = true)
    public BoardFigures figures(@Nullable Long townId) {
        Optional<Long> town = pairing.scopedTown(townId);
        String w = town.isPresent() ? " WHERE m.town_id = ?" : "";
        Object[] args = town.map(t -> new Object[] {t}).orElse(new Object[0]);
        return jdbc.queryForObject("""
                SELECT SUM(m.published_on IS NOT NULL), SUM(m.claimed_on IS NOT NULL),
                       SUM(m.state IN ('ACCEPTED', 'CLOSED')), SUM(m.reopen_count > 0),
                       SUM(m.state NOT IN ('ACCEPTED', 'CLOSED')),
                       (SELECT DISTINCT MEDIAN(DATEDIFF(x.claimed_on, x.published_on)) OVER () FROM matter x
                         WHERE x.claimed_on IS NOT NULL""" + (town.isPresent() ? " AND x.town_id = m.town_id" : "") + """
                       ),
                       (SELECT DISTINCT MEDIAN(DATEDIFF(x.closed_on, x.published_on)) OVER () FROM matter x
                         WHERE x.closed_on IS NOT NULL""" + (town.isPresent() ? " AND x.town_id = m.town_id" : "") + """
                       )
                FROM matter m""" + w, (rs, n) -> new BoardFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                rs.getLong(4), rs.getLong(5), nullableDouble(rs, 6), nullableDouble(rs, 7)), args);
    }

    /** Matters and medians by category (in the caller's area or one town/street). */
    @Transactional(readOnly = true)
    public List<MedianRow> mediansByCategory(@Nullable Long townId) {
        return medians("m.category", townId);
    }

    /** Matters and medians by town/street (a coordinator gets their own only). */
    @Transactional(readOnly = true)
    public List<MedianRow> mediansByTown() {
        return medians("t.name", null);
    }

    private List<MedianRow> medians(String key, @Nullable Long townId) {
        Sql sql = new Sql().and("m.published_on IS NOT NULL");
        pairing.scopedTown(townId).ifPresent(t -> sql.and("m.town_id = ?", t));
        return jdbc.query("SELECT DISTINCT " + key + ", COUNT(*) OVER (PARTITION BY " + key + "),"
                        + " MEDIAN(DATEDIFF(m.claimed_on, m.published_on)) OVER (PARTITION BY " + key + "),"
                        + " MEDIAN(DATEDIFF(m.closed_on, m.published_on)) OVER (PARTITION BY " + key + "), t.sort_order"
                        + " FROM matter m JOIN town t ON t.id = m.town_id" + sql.where() + " ORDER BY t.sort_order",
                (rs, n) -> new MedianRow(rs.getString(1), rs.getLong(2), nullableDouble(rs, 3), nullableDouble(rs, 4)),
                sql.args()).stream().distinct().toList();
    }

    /** Matters raised per month over the last {@code months} months, by the state they are in now. */
    @Transactional(readOnly = true)
    public List<MonthStateCount> perMonth(@Nullable Long townId, int months) {
        Sql sql = new Sql().and("m.raised_on >= ?", YearMonth.from(today()).minusMonths(months - 1L).atDay(1));
        pairing.scopedTown(townId).ifPresent(t -> sql.and("m.town_id = ?", t));
        // grouped by a number (202611), not a formatted string: half the time over ix_matter_raised
        return jdbc.query("SELECT EXTRACT(YEAR_MONTH FROM m.raised_on) AS ym, m.state, COUNT(*) FROM matter m" + sql.where()
                        + " GROUP BY ym, m.state ORDER BY ym, m.state",
                (rs, n) -> new MonthStateCount(YearMonth.of(rs.getInt(1) / 100, rs.getInt(1) % 100),
                        MatterState.valueOf(rs.getString(2)), rs.getLong(3)), sql.args());
    }

    private static @Nullable Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    /** Writes exactly the filtered matters to Excel, streamed in keyset pages. */
    @Transactional(readOnly = true)
    public int export(MatterFilter filter, OutputStream out, Locale locale) {
        try (Sheets sheet = new Sheets("pairing.matters.sheet", locale, "pairing.matter.title", "pairing.matter.category",
                "pairing.matter.source", "pairing.town", "pairing.community", "pairing.compound", "pairing.matter.raisedOn",
                "pairing.matter.state", "pairing.matter.claimants", "pairing.matter.publishedOn", "pairing.matter.closedOn",
                "pairing.matter.reopenCount")) {
            long before = 0;
            while (true) {
                List<MatterRow> page = listBefore(filter, before, 2000);
                for (MatterRow m : page) {
                    sheet.row(m.title(), sheet.t(m.category().messageKey()), sheet.t(m.source().messageKey()), m.townName(),
                            m.communityName(), m.compoundName(), m.raisedOn(), sheet.t(m.state().messageKey()),
                            m.claimants(), m.publishedOn(), m.closedOn(), m.reopenCount());
                }
                if (page.size() < 2000) {
                    break;
                }
                before = page.getLast().id();
            }
            sheet.writeTo(out);
            return sheet.rows();
        }
    }
}
