package cn.haitang.console.dashboard;

import cn.haitang.console.accreditation.AccreditationService;
import cn.haitang.console.accreditation.Level;
import cn.haitang.console.accreditation.SiteRow;
import cn.haitang.console.accreditation.WorkItem;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.figures.DashboardSection;
import cn.haitang.console.base.figures.SectionFigures;
import cn.haitang.console.governance.GovernanceService;
import cn.haitang.console.organization.CoverageFigures;
import cn.haitang.console.organization.CoverageReport;
import cn.haitang.console.organization.CoverageService;
import cn.haitang.console.pairing.CommunityPairingRow;
import cn.haitang.console.pairing.MattersService;
import cn.haitang.console.pairing.MonthStateCount;
import cn.haitang.console.pairing.PairingFigures;
import cn.haitang.console.pairing.PairingService;
import cn.haitang.console.pairing.ReportCount;
import cn.haitang.console.pairing.ReportLevel;
import cn.haitang.console.pairing.ReportingService;
import cn.haitang.console.pairing.TownPairingFigures;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import cn.haitang.console.security.TownRef;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the dashboard from the services that own the figures, after checking the caller's scope:
 * a city admin sees the city or drills down to any town/street; a street coordinator sees only their
 * own town/street, with the city's rates beside theirs; a reviewer gets their worklist instead.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    /** How many months the matters chart looks back. */
    public static final int MATTER_MONTHS = 12;

    private final CurrentUser currentUser;
    private final CoverageService coverage;
    private final PairingService pairing;
    private final ReportingService reporting;
    private final MattersService matters;
    private final AccreditationService accreditation;
    private final RegionService regions;
    private final List<DashboardSection> sections;

    DashboardService(CurrentUser currentUser, CoverageService coverage, PairingService pairing,
                     ReportingService reporting, MattersService matters, AccreditationService accreditation,
                     RegionService regions, List<DashboardSection> sections) {
        this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(DashboardSection::order)).toList();
        this.currentUser = currentUser;
        this.coverage = coverage;
        this.pairing = pairing;
        this.reporting = reporting;
        this.matters = matters;
        this.accreditation = accreditation;
        this.regions = regions;
    }

    /**
     * The whole dashboard: the city (townId null, admins) or one town/street (an admin's drill-down, or
     * a coordinator's own: null means their own, another one is refused); current figures (asOf null)
     * or the structure as of a past month's snapshot.
     */
    public Dashboard load(@Nullable YearMonth asOf, @Nullable Long townId) {
        Long town = scopedTown(townId);
        // one coverage report for both: its total is the cards' structure figures, its lines the breakdown's
        CoverageReport report = coverageReport(asOf, town);
        return new Dashboard(figures(asOf, town, report.total()), areas(asOf, town, report),
                matters.perMonth(town, MATTER_MONTHS));
    }

    /**
     * What the home view shows first, in one transaction: the towns/streets to drill down to (a city admin's; empty
     * for others), the months with a snapshot, and the dashboard of the caller's area now ({@link #load}).
     */
    public Opening opening() {
        List<TownRef> towns = currentUser.scope().isAdmin() ? towns() : List.of();
        return new Opening(towns, snapshotMonths(), load(null, null));
    }

    /** See {@link #opening()}. */
    public record Opening(List<TownRef> towns, List<YearMonth> snapshotMonths, Dashboard dashboard) {
    }

    /**
     * The figure cards only (see {@link #load}). As of a past month: the structure and the committee rate
     * from that month's snapshot; pairings, activities, service days, matters and sites as they stood at
     * the month's end (computed from their dates); members and volunteers as they are now.
     */
    public DashboardFigures figures(@Nullable YearMonth asOf, @Nullable Long townId) {
        Long town = scopedTown(townId);
        return figures(asOf, town, coverage.figures(asOf, town));
    }

    /** The figure cards of an area already checked against the scope, with its structure figures. */
    private DashboardFigures figures(@Nullable YearMonth asOf, @Nullable Long town, CoverageFigures structure) {
        LocalDate on = pastMonthEnd(asOf);
        Rate committee = committeeRate(structure);
        CityAverage city = null;
        if (town != null) {
            CoverageFigures whole = coverage.cityFigures(asOf);
            city = new CityAverage(new Rate(whole.entityBranches(), whole.compounds()),
                    new Rate(whole.functionalBranches(), whole.compounds()),
                    new Rate(whole.gridGroups(), whole.microGrids()),
                    committeeRate(whole));
        }
        PairingFigures pairingFigures = pairing.figures(town, asOf);
        Map<Level, Long> sites = on == null ? accreditation.currentSiteCounts(town) : accreditation.siteCountsOn(town, on);
        List<SiteRow> dueSites = on == null ? accreditation.sitesDueForReview(AccreditationService.REVIEW_REMINDER_DAYS)
                : accreditation.sitesDueForReviewOn(AccreditationService.REVIEW_REMINDER_DAYS, on);
        long due = dueSites.stream().filter(s -> town == null || s.townId() == town).count();
        return new DashboardFigures(town, town == null ? "" : townName(town), asOf, structure.compounds(),
                new Rate(structure.entityBranches(), structure.compounds()),
                new Rate(structure.functionalBranches(), structure.compounds()),
                new Rate(structure.gridGroups(), structure.microGrids()), structure.centralHouseholds(),
                structure.linkedHouseholds(), committee, city, pairingFigures, sites, due);
    }

    /** The breakdown: the towns/streets of the city (townId null), or the communities of one town/street. */
    public List<AreaLine> areas(@Nullable YearMonth asOf, @Nullable Long townId) {
        Long town = scopedTown(townId);
        return areas(asOf, town, coverageReport(asOf, town));
    }

    private List<AreaLine> areas(@Nullable YearMonth asOf, @Nullable Long town, CoverageReport report) {
        return town == null ? townLines(asOf, report) : communityLines(asOf, town, report);
    }

    /** The coverage of the city or a town now, or as of a month's snapshot (the same figures {@code coverage.figures} totals). */
    private CoverageReport coverageReport(@Nullable YearMonth asOf, @Nullable Long town) {
        return asOf == null ? coverage.current(town) : coverage.asOf(asOf, town);
    }

    /**
     * The features' own sections (service circle, funds, deliberation, …) for the same area and month,
     * each with its title; the town is checked against the caller's scope first.
     */
    public List<Section> sections(@Nullable YearMonth asOf, @Nullable Long townId, Locale locale) {
        Long town = scopedTown(townId);
        return sections.stream().map(s -> new Section(s.titleKey(), s.figures(asOf, town, locale))).toList();
    }

    /** A feature's section as the dashboard shows it. */
    public record Section(String titleKey, SectionFigures figures) {
    }

    /** The months that have a snapshot, newest first (for the "as of" choice). */
    public List<YearMonth> snapshotMonths() {
        scopedTown(null);
        return coverage.snapshotMonths();
    }

    /** The towns/streets the caller may drill down to. */
    public List<TownRef> towns() {
        scopedTown(null);
        return regions.townsInScope();
    }

    /** What a reviewer sees instead of figures: their open assignments, by deadline. */
    public List<WorkItem> worklist() {
        currentUser.scope().requireRole(Role.REVIEWER);
        return accreditation.openWorklist();
    }

    /**
     * The monthly report: the month's figures per town/street (a coordinator: per community of their
     * own) as a formatted workbook with a summary sheet and one sheet per area of work.
     */
    public void writeMonthlyReport(@Nullable YearMonth asOf, @Nullable Long townId, OutputStream out, Locale locale)
            throws IOException {
        Dashboard dashboard = load(asOf, townId);
        new MonthlyReport(dashboard, asOf == null ? YearMonth.from(accreditation.currentDate()) : asOf, locale)
                .write(out, sections, scopedTown(townId));
    }

    // ---- the breakdown -----------------------------------------------------------------------------

    private List<AreaLine> townLines(@Nullable YearMonth asOf, CoverageReport report) {
        LocalDate on = pastMonthEnd(asOf);
        Map<Long, TownPairingFigures> pairings = byId(pairing.pairingFiguresByTown(on), TownPairingFigures::townId);
        Map<Long, ReportCount> reports = byId(reporting.countsBy(ReportLevel.TOWN, null), ReportCount::id);
        Map<Long, Map<Level, Long>> sites = on == null ? accreditation.currentSiteCountsByTown()
                : accreditation.siteCountsByTownOn(on);
        return report.towns().stream().map(t -> {
            long id = t.townId() == null ? t.refId() : t.townId();
            TownPairingFigures p = pairings.get(id);
            ReportCount r = reports.get(id);
            Map<Level, Long> s = sites.getOrDefault(id, Map.of());
            return new AreaLine(id, t.name(), true, t.compounds(), new Rate(t.entityBranches(), t.compounds()),
                    new Rate(t.functionalBranches(), t.compounds()), new Rate(t.gridGroups(), t.microGrids()),
                    committeeRate(t),
                    p == null ? 0 : p.institutionsPaired(), p == null ? 0 : p.communities(),
                    p == null ? 0 : p.communitiesPaired(), r == null ? 0 : r.members(), r == null ? 0 : r.volunteers(),
                    s.getOrDefault(Level.PROVINCIAL, 0L), s.getOrDefault(Level.SUZHOU, 0L), s.getOrDefault(Level.CITY, 0L));
        }).toList();
    }

    private List<AreaLine> communityLines(@Nullable YearMonth asOf, long town, CoverageReport report) {
        Map<Long, CommunityPairingRow> pairings = byId(pairing.allCommunityPairings(town),
                CommunityPairingRow::communityId);
        Map<Long, ReportCount> reports = byId(reporting.countsBy(ReportLevel.COMMUNITY, town), ReportCount::id);
        // keyed by the community's id, never its name: names are only unique within a town
        Map<Long, Map<Level, Long>> sites = accreditation.siteCountsByCommunity(town, pastMonthEnd(asOf));
        return report.communities().stream().map(cm -> {
            CommunityPairingRow p = pairings.get(cm.refId());
            ReportCount r = reports.get(cm.refId());
            Map<Level, Long> s = sites.getOrDefault(cm.refId(), Map.of());
            long paired = p == null ? 0 : p.institutions();
            return new AreaLine(cm.refId(), cm.name(), false, cm.compounds(),
                    new Rate(cm.entityBranches(), cm.compounds()), new Rate(cm.functionalBranches(), cm.compounds()),
                    new Rate(cm.gridGroups(), cm.microGrids()), committeeRate(cm),
                    paired, 1, paired > 0 ? 1 : 0, r == null ? 0 : r.members(), r == null ? 0 : r.volunteers(),
                    s.getOrDefault(Level.PROVINCIAL, 0L), s.getOrDefault(Level.SUZHOU, 0L), s.getOrDefault(Level.CITY, 0L));
        }).toList();
    }

    // ---- scope ---------------------------------------------------------------------------------------

    /** Admin: the requested town or the city; coordinator: their own town (another is refused); reviewer: refused. */
    private @Nullable Long scopedTown(@Nullable Long requested) {
        Scope scope = currentUser.scope();
        Long own = scope.townFilter().orElse(null);
        if (requested != null) {
            scope.requireTown(requested);
            return requested;
        }
        return own;
    }

    /** The last day of a past month, or null for the current month and for "now". */
    private @Nullable LocalDate pastMonthEnd(@Nullable YearMonth asOf) {
        return asOf == null || !asOf.isBefore(YearMonth.from(accreditation.currentDate())) ? null : asOf.atEndOfMonth();
    }

    /**
     * The committee formation rate a coverage line carries: governance contributes it to the coverage
     * figures (and so to their monthly snapshots), one definition now and as of any month.
     */
    private static Rate committeeRate(CoverageFigures f) {
        return f.contributed().stream().filter(r -> r.key().equals(GovernanceService.COMMITTEE_RATE)).findFirst()
                .map(r -> new Rate(r.numerator(), r.denominator())).orElse(new Rate(0, 0));
    }

    private String townName(long town) {
        return regions.findTown(town).map(TownRef::name).orElse("");
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
