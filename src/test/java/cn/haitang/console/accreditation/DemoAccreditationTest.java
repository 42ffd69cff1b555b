package cn.haitang.console.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.support.ServiceTest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class DemoAccreditationTest extends ServiceTest {

    @Autowired
    SiteRegistryService registry;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theArticlesFiguresAreCurrent() {
        login.as("admin");
        Map<Level, Long> counts = registry.currentSiteCounts(null);
        assertThat(counts).containsEntry(Level.CITY, 25L).containsEntry(Level.SUZHOU, 5L).containsEntry(Level.PROVINCIAL, 3L);
    }

    @Test
    void higherLevelsAreOnlyOnCompoundsHoldingTheLevelBelow() {
        Long orphans = jdbc.queryForObject("""
                SELECT COUNT(*) FROM accr_site s WHERE s.state = 'CURRENT' AND s.level <> 'CITY' AND NOT EXISTS (
                  SELECT 1 FROM accr_site b WHERE b.compound_id = s.compound_id AND b.state = 'CURRENT'
                  AND b.level = CASE s.level WHEN 'SUZHOU' THEN 'CITY' ELSE 'SUZHOU' END)""", Long.class);
        assertThat(orphans).isZero();
    }

    @Test
    void theCurrentRoundHasApplicationsInEveryStateButExpiredWhichIsInAnOlderRound() {
        List<String> states = jdbc.queryForList("""
                SELECT DISTINCT a.state FROM accr_application a JOIN accr_round r ON r.id = a.round_id
                WHERE r.year = YEAR(CURDATE()) AND r.level = 'CITY' AND r.closes_on >= CURDATE()""", String.class);
        List<String> expected = Arrays.stream(AppState.values()).filter(s -> s != AppState.EXPIRED).map(Enum::name).toList();
        assertThat(states).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM accr_application WHERE state = 'EXPIRED'", Long.class)).isOne();
    }

    @Test
    void reviewer1NeverScoresYushanAndReviewer2NeverMeili() {
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM accr_assignment s JOIN accr_application a ON a.id = s.application_id
                JOIN user_account u ON u.id = s.reviewer_id WHERE u.town_id = a.town_id""", Long.class)).isZero();
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(DISTINCT u.username) FROM accr_assignment s JOIN user_account u ON u.id = s.reviewer_id""",
                Long.class)).isEqualTo(5L);
    }

    @Test
    void mostApplicationsPassTheirChecksAndAFewFailOnPurpose() {
        long passed = jdbc.queryForObject("SELECT COUNT(*) FROM accr_application WHERE eligible", Long.class);
        long failed = jdbc.queryForObject("SELECT COUNT(*) FROM accr_application WHERE NOT eligible", Long.class);
        long accepted = jdbc.queryForObject("""
                SELECT COUNT(*) FROM accr_application WHERE NOT eligible AND override_reason IS NOT NULL""", Long.class);
        assertThat(failed).as("a few fail on purpose").isBetween(3L, 6L);
        assertThat(passed).as("most pass").isGreaterThan(8 * failed);
        assertThat(accepted).as("some of the failed ones accepted with a reason (破格受理), not all").isBetween(1L, failed - 1);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM accr_application a JOIN accr_round r ON r.id = a.round_id
                WHERE r.closes_on >= CURDATE() AND a.state = 'SUBMITTED' AND NOT a.eligible""", Long.class))
                .as("the admin has a failed check to decide on").isPositive();
    }

    @Test
    void someSitesAreDueForReReviewWithinNinetyDays() {
        login.as("admin");
        assertThat(registry.sitesDueForReview(SiteRegistryService.REVIEW_REMINDER_DAYS)).hasSize(8);
    }
}
