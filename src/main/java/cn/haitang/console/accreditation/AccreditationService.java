package cn.haitang.console.accreditation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What other features read of accreditation (the dashboard and its monthly report): the accredited sites
 * by level and town, now or at the end of a past day, those due for re-review, and a reviewer's open
 * work. A narrow, stable front over the workflow services, which hold the rules and apply the caller's
 * scope: inside the feature, views call those services directly ({@link RoundService},
 * {@link ApplicationService}, {@link AttachmentService}, {@link ReviewService}, {@link ScoringService},
 * {@link ReviewerAffiliationService}, {@link DecisionService}, {@link NoticeService},
 * {@link SiteRegistryService}, {@link WorkCalendarService}).
 */
@Service
public class AccreditationService {

    /** Sites whose certificate ends within this many days are due for re-review. */
    public static final int REVIEW_REMINDER_DAYS = SiteRegistryService.REVIEW_REMINDER_DAYS;

    private final SiteRegistryService registry;
    private final ScoringService scoring;
    private final Clock clock;

    AccreditationService(SiteRegistryService registry, ScoringService scoring, Clock clock) {
        this.registry = registry;
        this.scoring = scoring;
        this.clock = clock;
    }

    /** Current sites of a level, in the whole city or one town (within the caller's area). */
    public List<SiteRow> currentSites(Level level, @Nullable Long townId) {
        return registry.currentSites(level, townId);
    }

    /** The number of current sites per level, in the whole city or one town. */
    public Map<Level, Long> currentSiteCounts(@Nullable Long townId) {
        return registry.currentSiteCounts(townId);
    }

    /** Current sites per town/street and level, in the caller's area. */
    public Map<Long, Map<Level, Long>> currentSiteCountsByTown() {
        return registry.currentSiteCountsByTown();
    }

    /** Sites by level as they stood at the end of a past day. */
    public Map<Level, Long> siteCountsOn(@Nullable Long townId, LocalDate on) {
        return registry.siteCountsOn(townId, on);
    }

    /** {@link #siteCountsOn} for every town/street of the caller's area. */
    public Map<Long, Map<Level, Long>> siteCountsByTownOn(LocalDate on) {
        return registry.siteCountsByTownOn(on);
    }

    /** Sites of one town/street per community and level, now (on null) or at the end of a past day. */
    public Map<Long, Map<Level, Long>> siteCountsByCommunity(long townId, @Nullable LocalDate on) {
        return registry.siteCountsByCommunity(townId, on);
    }

    /** Current sites whose certificate ends within {@code days} days. */
    public List<SiteRow> sitesDueForReview(int days) {
        return registry.sitesDueForReview(days);
    }

    /** The sites that were due for re-review within {@code days} of the end of a past day. */
    public List<SiteRow> sitesDueForReviewOn(int days, LocalDate on) {
        return registry.sitesDueForReviewOn(days, on);
    }

    /** A reviewer's open assignments, by deadline (suspended ones left out). */
    public List<WorkItem> openWorklist() {
        return scoring.openWorklist();
    }

    /** Today in the console's clock. */
    public LocalDate currentDate() {
        return LocalDate.now(clock);
    }
}
