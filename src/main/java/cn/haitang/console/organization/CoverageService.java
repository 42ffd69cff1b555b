package cn.haitang.console.organization;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coverage figures, computed in SQL for the city, each town/street and each community, their
 * gap lists, and their monthly snapshots. The figures a future dashboard needs come from
 * {@link #figures(YearMonth, Long)}: current or as of a month, for the city or one town/street.
 */
@Service
@Transactional(readOnly = true)
public class CoverageService {

    static final String SNAPSHOT_JOB = "coverage-snapshot";
    private static final Logger log = LoggerFactory.getLogger(CoverageService.class);

    /**
     * Per community (with ROLLUP lines per town and for the whole), from the per-compound tally the
     * database keeps current (changeset 007): one row per compound instead of every branch, grid, group
     * and household. %1$s is the town filter.
     */
    private static final String REPORT = """
            SELECT town_id, community_id, COUNT(*), SUM(entity_branches), SUM(functional_branches), SUM(micro_grids),
                   SUM(grid_groups), SUM(central_households), SUM(linked_households)
            FROM coverage_tally WHERE %1$s
            GROUP BY town_id, community_id WITH ROLLUP""";

    /**
     * One line for the city or a town, from the same tally. A compound has at most one branch of each
     * type and a micro-grid at most one grid group, so counting rows counts compounds with a branch and
     * micro-grids with a group.
     */
    private static final String TOTAL = """
            SELECT COUNT(*), SUM(entity_branches), SUM(functional_branches), SUM(micro_grids), SUM(grid_groups),
                   SUM(central_households), SUM(linked_households)
            FROM coverage_tally WHERE %1$s""";

    private static String townCondition(@Nullable Long town) {
        return town == null ? "1 = 1" : "town_id = " + town.longValue();
    }

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final List<CoverageRateSource> sources;
    private final Clock clock;

    CoverageService(JdbcTemplate jdbc, CurrentUser currentUser, List<CoverageRateSource> sources, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.sources = sources.stream().sorted(Comparator.comparingInt(CoverageRateSource::order)).toList();
        this.clock = clock;
    }

    /** The current figures of the caller's area (townId null) or of one town/street in it. */
    public CoverageReport current(@Nullable Long townId) {
        Long town = scopedTown(townId);
        return compute(town);
    }

    /** The figures as the snapshot of a month recorded them; refused when that month has none. */
    public CoverageReport asOf(YearMonth month, @Nullable Long townId) {
        Long town = scopedTown(townId);
        return snapshot(month, town).orElseThrow(() -> new RuleViolationException("coverage.error.noSnapshot", month));
    }

    /**
     * For the dashboard: one line of figures, current (asOf null) or as of a month's snapshot, for the
     * whole city (townId null; city admins) or one town/street.
     */
    public CoverageFigures figures(@Nullable YearMonth asOf, @Nullable Long townId) {
        Scope scope = currentUser.scope();
        if (townId == null) {
            scope.requireAdmin();
        } else {
            scope.requireTown(townId);
        }
        if (asOf != null) {
            return asOf(asOf, townId).total();
        }
        return live(townId);
    }

    /**
     * The whole city's figures for comparison: the city average a coordinator sees beside their own
     * rates. Any caller with an area may read them (they are totals, naming no other town); reviewers
     * are refused. Current (asOf null) or as of a month's snapshot.
     */
    public CoverageFigures cityFigures(@Nullable YearMonth asOf) {
        currentUser.scope().townFilter();
        if (asOf != null) {
            return snapshot(asOf, null).orElseThrow(() -> new RuleViolationException("coverage.error.noSnapshot", asOf))
                    .total();
        }
        return live(null);
    }

    private CoverageFigures live(@Nullable Long townId) {
        CoverageFigures total = jdbc.queryForObject(TOTAL.formatted(townCondition(townId)), (rs, i) -> new CoverageFigures(
                townId == null ? CoverageLevel.CITY : CoverageLevel.TOWN, townId == null ? 0 : townId, townId, name(townId),
                rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getLong(7),
                List.of()));
        List<ContributedRate> rates = new ArrayList<>();
        for (CoverageRateSource source : sources) {
            int num = 0;
            int den = 0;
            for (CoverageRateSource.Counts c : source.countsPerCommunity(townId).values()) {
                num += c.numerator();
                den += c.denominator();
            }
            rates.add(new ContributedRate(source.key(), source.titleKey(), num, den));
        }
        return total.withContributed(rates);
    }

    /** The months that have a snapshot, newest first. */
    public List<YearMonth> snapshotMonths() {
        currentUser.scope().townFilter();
        return jdbc.queryForList("SELECT DISTINCT snapshot_month FROM coverage_snapshot ORDER BY snapshot_month DESC",
                String.class).stream().map(YearMonth::parse).toList();
    }

    /** The rate sources other features contributed (for the view's extra columns). */
    public List<String> contributedTitleKeys() {
        return sources.stream().map(CoverageRateSource::titleKey).toList();
    }

    // ---- gap lists -----------------------------------------------------------------------------------

    /** The compounds missing what the rate counts, in the caller's area, optionally one town or community. */
    public List<GapRow> gaps(GapKind kind, @Nullable Long townId, @Nullable Long communityId, Pageable pageable) {
        List<Object> args = new ArrayList<>();
        String where = gapWhere(kind, scopedTown(townId), communityId, args);
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        return jdbc.query("""
                SELECT cp.id, cp.name, t.name, cm.name, cp.households,
                       (SELECT COUNT(*) FROM micro_grid m WHERE m.compound_id = cp.id),
                       (SELECT COUNT(*) FROM grid_group g WHERE g.compound_id = cp.id)
                FROM compound cp JOIN town t ON t.id = cp.town_id JOIN community cm ON cm.id = cp.community_id"""
                + where + " ORDER BY t.sort_order, cm.name, cp.name, cp.id LIMIT ? OFFSET ?",
                (rs, i) -> new GapRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7)), args.toArray());
    }

    public int countGaps(GapKind kind, @Nullable Long townId, @Nullable Long communityId) {
        List<Object> args = new ArrayList<>();
        String where = gapWhere(kind, scopedTown(townId), communityId, args);
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM compound cp" + where, Integer.class, args.toArray());
        return n == null ? 0 : n;
    }

    private String gapWhere(GapKind kind, @Nullable Long town, @Nullable Long communityId, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE ");
        where.append(switch (kind) {
            case ENTITY_BRANCH -> "NOT EXISTS (SELECT 1 FROM party_branch b WHERE b.compound_id = cp.id AND b.branch_type = 'ENTITY')";
            case FUNCTIONAL_BRANCH -> "NOT EXISTS (SELECT 1 FROM party_branch b WHERE b.compound_id = cp.id AND b.branch_type = 'FUNCTIONAL')";
            case GRID_COVERAGE -> "EXISTS (SELECT 1 FROM micro_grid m WHERE m.compound_id = cp.id"
                    + " AND NOT EXISTS (SELECT 1 FROM grid_group g WHERE g.micro_grid_id = m.id))";
        });
        if (town != null) {
            where.append(" AND cp.town_id = ?");
            args.add(town);
        }
        if (communityId != null) {
            Long communityTown = jdbc.query("SELECT town_id FROM community WHERE id = ?", (rs, i) -> rs.getLong(1),
                    communityId).stream().findFirst().orElseThrow(() -> new RuleViolationException("error.notFound"));
            currentUser.scope().requireTown(communityTown);
            where.append(" AND cp.community_id = ?");
            args.add(communityId);
        }
        return where.toString();
    }

    // ---- snapshots ----------------------------------------------------------------------------------

    /**
     * Takes the month's snapshot unless some node already did: the job_lock row (inserted with
     * INSERT IGNORE in this transaction) is the database lock, so several nodes can run the job at the
     * same moment and exactly one writes. Runs as the system (no caller scope): the whole city.
     */
    @Transactional
    public boolean snapshotIfDue(YearMonth month, String node) {
        int taken = jdbc.update("INSERT IGNORE INTO job_lock (job_name, period, node, taken_at) VALUES (?, ?, ?, ?)",
                SNAPSHOT_JOB, month.toString(), node, Timestamp.from(clock.instant()));
        if (taken == 0) {
            return false;
        }
        CoverageReport report = compute(null);
        Timestamp now = Timestamp.from(clock.instant());
        List<CoverageFigures> lines = new ArrayList<>();
        lines.add(report.total());
        lines.addAll(report.towns());
        lines.addAll(report.communities());
        for (CoverageFigures f : lines) {
            jdbc.update("""
                    INSERT INTO coverage_snapshot (snapshot_month, scope_level, ref_id, town_id, name, compounds,
                        entity_branches, functional_branches, micro_grids, grid_groups, central_households,
                        linked_households, taken_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    month.toString(), f.level().name(), f.refId(), f.townId(), f.name(), f.compounds(), f.entityBranches(),
                    f.functionalBranches(), f.microGrids(), f.gridGroups(), f.centralHouseholds(), f.linkedHouseholds(), now);
            if (!f.contributed().isEmpty()) {
                Long id = jdbc.queryForObject("SELECT id FROM coverage_snapshot WHERE snapshot_month = ? AND scope_level = ?"
                        + " AND ref_id = ?", Long.class, month.toString(), f.level().name(), f.refId());
                jdbc.batchUpdate("INSERT INTO coverage_snapshot_rate (snapshot_id, rate_key, numerator, denominator)"
                        + " VALUES (?, ?, ?, ?)", f.contributed().stream()
                        .map(r -> new Object[] {id, r.key(), r.numerator(), r.denominator()}).toList());
            }
        }
        log.info("Coverage snapshot {} taken by {}: {} lines", month, node, lines.size());
        return true;
    }

    private Optional<CoverageReport> snapshot(YearMonth month, @Nullable Long town) {
        Map<Long, List<ContributedRate>> rates = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        sources.forEach(s -> titles.put(s.key(), s.titleKey()));
        jdbc.query("""
                SELECT r.snapshot_id, r.rate_key, r.numerator, r.denominator FROM coverage_snapshot_rate r
                JOIN coverage_snapshot s ON s.id = r.snapshot_id WHERE s.snapshot_month = ? ORDER BY r.rate_key""", rs -> {
            rates.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ContributedRate(rs.getString(2),
                    titles.getOrDefault(rs.getString(2), "coverage.rate." + rs.getString(2)), rs.getInt(3), rs.getInt(4)));
        }, month.toString());
        List<CoverageFigures> lines = new ArrayList<>();
        Instant[] takenAt = new Instant[1];
        jdbc.query("""
                SELECT s.id, s.scope_level, s.ref_id, s.town_id, s.name, s.compounds, s.entity_branches, s.functional_branches,
                       s.micro_grids, s.grid_groups, s.central_households, s.linked_households, s.taken_at
                FROM coverage_snapshot s LEFT JOIN town t ON t.id = s.town_id
                WHERE s.snapshot_month = ? AND (? IS NULL OR s.town_id = ?)
                ORDER BY FIELD(s.scope_level, 'CITY', 'TOWN', 'COMMUNITY'), t.sort_order, s.name""", rs -> {
            takenAt[0] = rs.getTimestamp(13).toInstant();
            lines.add(new CoverageFigures(CoverageLevel.valueOf(rs.getString(2)), rs.getLong(3),
                    (Long) rs.getObject(4, Long.class), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
                    rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getLong(12), rates.getOrDefault(rs.getLong(1), List.of())));
        }, month.toString(), town, town);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        List<CoverageFigures> towns = lines.stream().filter(l -> l.level() == CoverageLevel.TOWN).toList();
        CoverageFigures total = town == null
                ? lines.stream().filter(l -> l.level() == CoverageLevel.CITY).findFirst().orElseThrow()
                : towns.getFirst();
        return Optional.of(new CoverageReport(month, takenAt[0], total, towns,
                lines.stream().filter(l -> l.level() == CoverageLevel.COMMUNITY).toList()));
    }

    // ---- computing -----------------------------------------------------------------------------------

    /** One query: per community, with ROLLUP lines per town and for the whole (city or town). */
    private CoverageReport compute(@Nullable Long town) {
        Map<Long, String> townNames = new LinkedHashMap<>();
        jdbc.query("SELECT id, name FROM town ORDER BY sort_order", rs -> {
            townNames.put(rs.getLong(1), rs.getString(2));
        });
        Map<Long, String> communityNames = new HashMap<>();
        jdbc.query("SELECT id, name FROM community WHERE " + townCondition(town), rs -> {
            communityNames.put(rs.getLong(1), rs.getString(2));
        });
        Map<Long, Map<String, CoverageRateSource.Counts>> contributed = new HashMap<>();
        for (CoverageRateSource source : sources) {
            source.countsPerCommunity(town).forEach((community, counts) ->
                    contributed.computeIfAbsent(community, k -> new HashMap<>()).put(source.key(), counts));
        }
        Map<Long, Long> communityTown = new HashMap<>();
        List<CoverageFigures> communities = new ArrayList<>();
        Map<Long, CoverageFigures> towns = new LinkedHashMap<>();
        CoverageFigures[] whole = new CoverageFigures[1];
        jdbc.query(REPORT.formatted(townCondition(town)), rs -> {
                    Long townId = (Long) rs.getObject(1, Long.class);
                    Long communityId = (Long) rs.getObject(2, Long.class);
                    CoverageLevel level = townId == null ? CoverageLevel.CITY
                            : communityId == null ? CoverageLevel.TOWN : CoverageLevel.COMMUNITY;
                    long ref = level == CoverageLevel.CITY ? 0 : level == CoverageLevel.TOWN ? townId : communityId;
                    String name = switch (level) {
                        case CITY -> "";
                        case TOWN -> townNames.get(townId);
                        case COMMUNITY -> communityNames.get(communityId);
                    };
                    CoverageFigures f = new CoverageFigures(level, ref, townId, name, rs.getInt(3), rs.getInt(4),
                            rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getLong(9), List.of());
                    switch (level) {
                        case CITY -> whole[0] = f;
                        case TOWN -> towns.put(townId, f);
                        case COMMUNITY -> {
                            communities.add(f);
                            communityTown.put(communityId, townId);
                        }
                    }
                });
        List<CoverageFigures> communityLines = communities.stream()
                .map(c -> c.withContributed(rates(List.of(c.refId()), contributed)))
                .sorted(Comparator.comparing((CoverageFigures c) -> List.copyOf(townNames.keySet()).indexOf(c.townId()))
                        .thenComparing(CoverageFigures::name))
                .toList();
        List<CoverageFigures> townLines = townNames.keySet().stream().filter(towns::containsKey)
                .map(t -> towns.get(t).withContributed(rates(communityTown.entrySet().stream()
                        .filter(e -> e.getValue().equals(t)).map(Map.Entry::getKey).toList(), contributed)))
                .toList();
        CoverageFigures total;
        if (whole[0] == null) {
            total = new CoverageFigures(CoverageLevel.CITY, 0, null, "", 0, 0, 0, 0, 0, 0, 0, List.of());
        } else {
            total = whole[0].withContributed(rates(List.copyOf(communityTown.keySet()), contributed));
        }
        if (town != null) {
            total = townLines.isEmpty() ? new CoverageFigures(CoverageLevel.TOWN, town, town, townNames.get(town), 0, 0, 0, 0,
                    0, 0, 0, List.of()) : townLines.getFirst();
        } else {
            total = new CoverageFigures(CoverageLevel.CITY, 0, null, "", total.compounds(), total.entityBranches(),
                    total.functionalBranches(), total.microGrids(), total.gridGroups(), total.centralHouseholds(),
                    total.linkedHouseholds(), total.contributed());
        }
        return new CoverageReport(null, null, total, townLines, communityLines);
    }

    private List<ContributedRate> rates(List<Long> communityIds, Map<Long, Map<String, CoverageRateSource.Counts>> counts) {
        List<ContributedRate> rates = new ArrayList<>();
        for (CoverageRateSource source : sources) {
            int num = 0;
            int den = 0;
            for (Long id : communityIds) {
                CoverageRateSource.Counts c = counts.getOrDefault(id, Map.of()).get(source.key());
                if (c != null) {
                    num += c.numerator();
                    den += c.denominator();
                }
            }
            rates.add(new ContributedRate(source.key(), source.titleKey(), num, den));
        }
        return rates;
    }

    private @Nullable Long scopedTown(@Nullable Long townId) {
        Scope scope = currentUser.scope();
        if (townId != null) {
            scope.requireTown(townId);
            return townId;
        }
        return scope.townFilter().orElse(null);
    }

    private String name(@Nullable Long townId) {
        if (townId == null) {
            return "";
        }
        return jdbc.query("SELECT name FROM town WHERE id = ?", (rs, i) -> rs.getString(1), townId).stream().findFirst()
                .orElseThrow(() -> new RuleViolationException("error.notFound"));
    }
}
