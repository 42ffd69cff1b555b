package cn.haitang.console.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.RuleViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Assigning reviewers under the conflict rule, and starting the review with enough of them. */
class ReviewServiceTest extends AccreditationTest {

    @Autowired
    ReviewService reviews;

    @Test
    void aReviewerOfTheApplicationsTownIsRefusedWithTheReason() {
        long id = accr.submittedAndAccepted(round, accr.compound("yushan"));
        assertThatThrownBy(() -> reviews.assignReviewer(id, accr.user("reviewer1"), LocalDate.now().plusDays(10)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.conflict.SAME_TOWN")
                .hasFieldOrPropertyWithValue("field", "reviewer");
        assertThat(reviews.reviewerOptions(id)).filteredOn(o -> o.username().equals("reviewer1"))
                .singleElement().extracting(ReviewerOption::conflicts).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly(new Conflict(Conflict.Kind.SAME_TOWN, null));
        long meili = accr.submittedAndAccepted(round, accr.compound("meili"));
        assertThatThrownBy(() -> reviews.assignReviewer(meili, accr.user("reviewer2"), LocalDate.now().plusDays(10)))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.conflict.SAME_TOWN");
        reviews.assignReviewer(meili, accr.user("reviewer1"), LocalDate.now().plusDays(10));
    }

    @Test
    void reviewNeedsAtLeastThreeReviewersNotCountingRecusals() {
        long id = accr.submittedAndAccepted(round, accr.compound("yushan"));
        reviews.assignReviewer(id, accr.user("reviewer2"), LocalDate.now().plusDays(10));
        reviews.assignReviewer(id, accr.user("reviewer5"), LocalDate.now().plusDays(10));
        assertThatThrownBy(() -> reviews.startReview(id, accr.version(id)))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.tooFewReviewers");
        assertThatThrownBy(() -> reviews.assignReviewer(id, accr.user("reviewer2"), LocalDate.now().plusDays(10)))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.alreadyAssigned");
        assertThatThrownBy(() -> reviews.assignReviewer(id, accr.user("yushan"), LocalDate.now().plusDays(10)))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.notAReviewer");
        reviews.assignReviewer(id, accr.user("reviewer4"), LocalDate.now().plusDays(10));
        reviews.startReview(id, accr.version(id));
        assertThat(accr.state(id)).isEqualTo(AppState.UNDER_REVIEW);
    }

    @Test
    void aReviewerWhoseInstitutionIsPairedWithTheCommunityIsRefused() {
        long institution = jdbc.queryForObject("""
                SELECT f.institution_id FROM accr_reviewer_affiliation f JOIN user_account u ON u.id = f.user_id
                WHERE u.username = 'reviewer3'""", Long.class);
        long compoundId = jdbc.queryForObject("""
                SELECT c.id FROM compound c JOIN pairing_community pc ON pc.community_id = c.community_id
                JOIN pairing p ON p.id = pc.pairing_id AND p.status = 'ACTIVE' AND p.institution_id = ?
                WHERE NOT EXISTS (SELECT 1 FROM accr_application a WHERE a.compound_id = c.id) ORDER BY c.id LIMIT 1""",
                Long.class, institution);
        long id = accr.submittedAndAccepted(round, compoundId);
        assertThatThrownBy(() -> reviews.assignReviewer(id, accr.user("reviewer3"), LocalDate.now().plusDays(10)))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.conflict.PAIRED_INSTITUTION")
                .extracting(e -> ((RuleViolationException) e).getArguments()[1]).asString().isNotBlank().doesNotStartWith("#");
        assertThat(reviews.reviewerOptions(id)).filteredOn(o -> o.username().equals("reviewer3")).singleElement()
                .extracting(o -> o.conflicts().getFirst()).isEqualTo(new Conflict(Conflict.Kind.PAIRED_INSTITUTION, institution));
    }
}
