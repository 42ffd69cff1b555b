package cn.haitang.console.accreditation;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of accredited sites (示范点名录) in the caller's area, with its reminders: sites due for
 * re-review within {@value #REVIEW_REMINDER_DAYS} days, and sites whose live figures fell below the
 * thresholds of their level's latest round. Certificates end when their validity runs out (the daily job)
 * or when the admin revokes them with a reason. Counts as of today or of the end of a past day feed the
 * dashboard.
 */
@Service
@Transactional
public class SiteRegistryService {

    public static final int REVIEW_REMINDER_DAYS = 90;

    private final SiteRepository sites;
    private final RoundRepository rounds;
    private final ApplicationRepository applications;
    private final Timeline timeline;
    private final AccreditationQueries queries;
    private final CompoundFacts facts;
    private final CurrentUser currentUser;
    private final Clock clock;

    SiteRegistryService(SiteRepository sites, RoundRepository rounds, ApplicationRepository applications,
                        Timeline timeline, AccreditationQueries queries, CompoundFacts facts, CurrentUser currentUser,
                        Clock clock) {
        this.sites = sites;
        this.rounds = rounds;
        this.applications = applications;
        this.timeline = timeline;
        this.queries = queries;
        this.facts = facts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The caller's town when they are limited to one, null for the whole city; reviewers are refused. */
    private @Nullable Long scopeTown() {
        return currentUser.scope().townFilter().orElse(null);
    }

    @Transactional(readOnly = true)
    public List<SiteRow> sites(SiteFilter filter, Pageable pageable) {
        return queries.sites(filter, scopeTown(), pageable);
    }

    @Transactional(readOnly = true)
    public long countSites(SiteFilter filter) {
        return queries.countSites(filter, scopeTown());
    }

    /** Current sites of a level, in the whole city or one town (within the caller's area), by town. */
    @Transactional(readOnly = true)
    public List<SiteRow> currentSites(Level level, @Nullable Long townId) {
        return queries.allSites(new SiteFilter(level, townId, true), scopeTown(), true);
    }

    /** The number of current sites per level, in the whole city or one town. */
    @Transactional(readOnly = true)
    public Map<Level, Long> currentSiteCounts(@Nullable Long townId) {
        return queries.siteCounts(null, scopeTown(), townId);
    }

    /** Current sites per town/street and level, in the caller's area (one GROUP BY). */
    @Transactional(readOnly = true)
    public Map<Long, Map<Level, Long>> currentSiteCountsByTown() {
        return queries.siteCountsByTown(null, scopeTown());
    }

    /** Current sites whose validity ends within {@code days} days: due for re-review. */
    @Transactional(readOnly = true)
    public List<SiteRow> sitesDueForReview(int days) {
        return queries.sitesDue(LocalDate.now(clock).plusDays(days), null, scopeTown());
    }

    /** Sites by level as they stood at the end of a past day: certified by then, valid, not yet ended. */
    @Transactional(readOnly = true)
    public Map<Level, Long> siteCountsOn(@Nullable Long townId, LocalDate on) {
        return queries.siteCounts(on, scopeTown(), townId);
    }

    /** {@link #siteCountsOn} for every town/street of the caller's area. */
    @Transactional(readOnly = true)
    public Map<Long, Map<Level, Long>> siteCountsByTownOn(LocalDate on) {
        return queries.siteCountsByTown(on, scopeTown());
    }

    /**
     * The sites of one town/street per community and level, current (on null) or at the end of a past day;
     * another town than the caller's own is refused.
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<Level, Long>> siteCountsByCommunity(long townId, @Nullable LocalDate on) {
        currentUser.scope().requireTown(townId);
        return queries.siteCountsByCommunity(on, scopeTown(), townId);
    }

    /** The sites that were due for re-review within {@code days} of the end of a past day. */
    @Transactional(readOnly = true)
    public List<SiteRow> sitesDueForReviewOn(int days, LocalDate on) {
        return queries.sitesDue(on.plusDays(days), on, scopeTown());
    }

    /** Current sites whose live figures fell below the thresholds of their level's latest round. */
    @Transactional(readOnly = true)
    public List<ReviewCandidate> reviewCandidates() {
        Map<Level, Optional<Round>> latest = new EnumMap<>(Level.class);
        List<ReviewCandidate> candidates = new ArrayList<>();
        List<SiteRow> current = queries.allSites(new SiteFilter(null, null, true), scopeTown(), false);
        // the facts of these sites' compounds only, in a few queries (not the whole city's, nor per site)
        CompoundFacts area = facts.forCompounds(current.stream().map(SiteRow::compoundId).distinct().toList());
        for (SiteRow site : current) {
            Optional<Round> round = latest.computeIfAbsent(site.level(), rounds::findFirstByLevelOrderByYearDescIdDesc);
            if (round.isEmpty()) {
                continue;
            }
            Eligibility e = EligibilityRules.check(site.compoundId(), area, site.level(),
                    round.get().getMinSatisfaction(), round.get().getMinFeeCollection(), true);
            if (!e.passed()) {
                candidates.add(new ReviewCandidate(site, e.failures()));
            }
        }
        return candidates;
    }

    /** Ends the sites whose validity ran out before {@code today}. Called by the daily job. */
    public int expireSites(LocalDate today) {
        currentUser.find().ifPresent(user -> user.scope().requireAdmin()); // the job runs with nobody logged in
        int expired = 0;
        for (Site site : sites.findByStateAndValidToBefore(Site.State.CURRENT, today)) {
            site.expire(timeline.now());
            applications.findById(site.getApplicationId()).filter(a -> a.getState() == AppState.ACCREDITED)
                    .ifPresent(a -> timeline.step(a, Step.EXPIRE, site.getCertificateNo()));
            expired++;
        }
        return expired;
    }

    /** Revokes a current site with a reason (city admins). */
    public void revoke(long siteId, long version, String reason) {
        currentUser.scope().requireAdmin();
        Site site = sites.findById(siteId).orElseThrow(ApplicationAccess::notFound);
        StaleEditException.check(version, site.getVersion());
        if (site.getState() != Site.State.CURRENT) {
            throw new RuleViolationException("accreditation.error.siteNotCurrent");
        }
        String why = FieldChecks.text("reason", reason, ApplicationService.REASON_LENGTH);
        site.revoke(why, timeline.now());
        timeline.step(applications.findById(site.getApplicationId()).orElseThrow(), Step.REVOKE, why);
    }
}
