package cn.haitang.console.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.support.ServiceTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Reviewers' institutions: kept by city admins, checked at the field, and the conflict rule follows them. */
@Transactional
class ReviewerAffiliationsTest extends ServiceTest {

    @Autowired
    ReviewerAffiliationService affiliations;

    @Autowired
    ReviewService reviews;

    @Autowired
    java.time.Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    private long user(String username) {
        return jdbc.queryForObject("SELECT id FROM user_account WHERE username = ?", Long.class, username);
    }

    private ReviewerAffiliations of(String username) {
        return affiliations.reviewerAffiliations().stream().filter(r -> r.username().equals(username)).findFirst().orElseThrow();
    }


    @Test
    void theDemoReviewersAndTheirInstitutions() {
        login.as("admin");
        assertThat(affiliations.reviewerAffiliations()).extracting(ReviewerAffiliations::username)
                .containsExactly("reviewer1", "reviewer2", "reviewer3", "reviewer4", "reviewer5");
        assertThat(of("reviewer1").townName()).isEqualTo("虞山街道");
        assertThat(of("reviewer3").institutions()).singleElement()
                .satisfies(a -> assertThat(a.institutionName()).isNotBlank());
        assertThat(affiliations.institutionChoices()).hasSize(85);
    }

    @Test
    void anAffiliationMakesTheConflictRuleKeepTheReviewerAway() {
        // an application still open for assignment, from a community with an active pairing
        Long[] picked = jdbc.queryForObject("""
                SELECT a.id, MIN(p.institution_id) FROM accr_application a
                JOIN pairing_community pc ON pc.community_id = a.community_id
                JOIN pairing p ON p.id = pc.pairing_id AND p.status = 'ACTIVE'
                WHERE a.state IN ('SUBMITTED', 'UNDER_REVIEW') GROUP BY a.id ORDER BY a.id LIMIT 1""",
                (rs, n) -> new Long[] {rs.getLong(1), rs.getLong(2)});
        long application = picked[0];
        long institution = picked[1];
        login.as("admin");
        assertThat(option(application, "reviewer4").conflicts()).isEmpty();

        AffiliationRow added = affiliations.addAffiliation(user("reviewer4"), institution);
        assertThat(of("reviewer4").institutions()).extracting(AffiliationRow::institutionId).containsExactly(institution);
        assertThat(option(application, "reviewer4").conflicts()).extracting(Conflict::kind)
                .containsExactly(Conflict.Kind.PAIRED_INSTITUTION);
        assertRefused(() -> reviews.assignReviewer(application, user("reviewer4"), LocalDate.now(clock).plusDays(10)),
                "reviewer", "accreditation.error.conflict.PAIRED_INSTITUTION");

        assertThatThrownBy(() -> affiliations.removeAffiliation(added.id(), added.version() + 1))
                .isInstanceOf(StaleEditException.class);
        affiliations.removeAffiliation(added.id(), added.version());
        assertThat(option(application, "reviewer4").conflicts()).isEmpty();
    }

    @Test
    void everyEntryIsCheckedAtItsField() {
        login.as("admin");
        long institution = affiliations.institutionChoices().getFirst().id();
        assertRefused(() -> affiliations.addAffiliation(user("reviewer4"), null), "institutionId",
                "accr.affiliation.error.institutionRequired");
        assertRefused(() -> affiliations.addAffiliation(user("reviewer4"), -1L), "institutionId",
                "accr.affiliation.error.noInstitution");
        assertRefused(() -> affiliations.addAffiliation(user("yushan"), institution), "reviewer", "accreditation.error.notAReviewer");
        affiliations.addAffiliation(user("reviewer4"), institution);
        assertRefused(() -> affiliations.addAffiliation(user("reviewer4"), institution), "institutionId",
                "accr.affiliation.error.duplicate");
    }

    @Test
    void onlyCityAdminsKeepOrReadThem() {
        login.as("admin");
        AffiliationRow existing = of("reviewer3").institutions().getFirst();
        for (String username : List.of("yushan", "reviewer3")) {
            login.as(username);
            assertThatThrownBy(affiliations::reviewerAffiliations).isInstanceOf(ScopeViolationException.class);
            assertThatThrownBy(affiliations::institutionChoices).isInstanceOf(ScopeViolationException.class);
            assertThatThrownBy(() -> affiliations.addAffiliation(user("reviewer4"), existing.institutionId()))
                    .isInstanceOf(ScopeViolationException.class);
            assertThatThrownBy(() -> affiliations.removeAffiliation(existing.id(), existing.version()))
                    .isInstanceOf(ScopeViolationException.class);
        }
    }

    private ReviewerOption option(long application, String username) {
        return reviews.reviewerOptions(application).stream().filter(o -> o.username().equals(username)).findFirst()
                .orElseThrow();
    }
}
