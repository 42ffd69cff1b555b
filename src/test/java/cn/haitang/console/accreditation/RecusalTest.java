package cn.haitang.console.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.Role;
import cn.haitang.console.security.UserAccountService;
import cn.haitang.console.security.UserForm;
import cn.haitang.console.security.UserRow;
import cn.haitang.console.support.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Recusal that holds after assignment: when a reviewer's town/street or institutions change so that the
 * conflict rule holds against an application they were assigned earlier, the assignment is suspended at
 * once (the admin sees it with the reason, it no longer counts for the review) and every score is
 * refused, even from a session opened before the change; when the conflict ends, the suspension lifts.
 */
class RecusalTest extends AccreditationTest {

    @Autowired
    TestData data;
    @Autowired
    ReviewService reviews;
    @Autowired
    ScoringService scoring;
    @Autowired
    ReviewerAffiliationService affiliations;
    @Autowired
    UserAccountService users;
    /** The admin moves a user to another town/street, as the user form does. */
    private void moveTo(String username, String townCode) {
        data.asAdmin(() -> {
            UserRow user = users.get(accr.user(username));
            users.update(user.id(), user.version(), new UserForm(user.username(), user.displayName(), Role.REVIEWER,
                    data.town(townCode), null));
            return user;
        });
    }

    private ReviewRow review(long applicationId, String reviewer) {
        login.as("admin");
        return reviews.reviews(applicationId).rows().stream().filter(r -> r.reviewerId() == accr.user(reviewer))
                .findFirst().orElseThrow();
    }

    private List<ScoreInput> someScores(long assignment) {
        return scoring.scoringSheet(assignment).lines().stream()
                .map(l -> new ScoreInput(l.criterionId(), l.maxScore() / 2, "基本达到要求")).toList();
    }

    @Test
    void aReviewerMovedIntoTheApplicationsTownIsSuspendedAndCannotScoreEvenFromAnOpenSession() {
        long app = accr.underReview(round, accr.compound("meili"), "reviewer1", "reviewer4", "reviewer5");
        long assignment = accr.assignment(app, "reviewer1");
        SecurityContext openSession = login.as("reviewer1"); // signed in while still in 虞山街道
        List<ScoreInput> scores = someScores(assignment);

        moveTo("reviewer1", "meili");

        ReviewRow seenByAdmin = review(app, "reviewer1");
        assertThat(seenByAdmin.state()).isEqualTo(Suspension.STATE);
        assertThat(seenByAdmin.suspension()).isEqualTo(new Suspension(Conflict.Kind.SAME_TOWN, "梅李镇"));
        SecurityContextHolder.setContext(openSession);
        assertRefused(() -> scoring.saveScores(assignment, accr.assignmentVersion(assignment), scores, null, false),
                null, "accreditation.error.suspended.SAME_TOWN");
        ScoringSheet sheet = scoring.scoringSheet(assignment);
        assertThat(sheet.state()).isEqualTo(Suspension.STATE);
        assertThat(sheet.suspension()).isNotNull();
        assertThat(scoring.worklist(PageRequest.of(0, 100))).filteredOn(w -> w.assignmentId() == assignment)
                .singleElement().extracting(WorkItem::state).isEqualTo(Suspension.STATE);
        assertThat(scoring.openWorklist()).noneMatch(w -> w.assignmentId() == assignment);

        // the two others score; the suspended one does not count, so the review waits for a third reviewer
        accr.score("reviewer4", app, 20, true);
        accr.score("reviewer5", app, 22, true);
        assertThat(accr.state(app)).isEqualTo(AppState.UNDER_REVIEW);
        login.as("admin");
        reviews.assignReviewer(app, accr.user("reviewer3"), accr.today().plusDays(7));
        accr.score("reviewer3", app, 21, true);
        assertThat(accr.state(app)).isEqualTo(AppState.SCORED);
        assertThat(review(app, "reviewer1").state()).isEqualTo(Suspension.STATE);
    }

    @Test
    void movedBackTheSuspensionLiftsAndTheReviewerScoresAgain() {
        long app = accr.underReview(round, accr.compound("meili"), "reviewer1", "reviewer4", "reviewer5");
        long assignment = accr.assignment(app, "reviewer1");
        moveTo("reviewer1", "meili");
        assertThat(review(app, "reviewer1").state()).isEqualTo(Suspension.STATE);
        moveTo("reviewer1", "yushan");
        assertThat(review(app, "reviewer1").state()).isEqualTo("ASSIGNED");
        assertThat(review(app, "reviewer1").suspension()).isNull();
        login.as("reviewer1");
        scoring.saveScores(assignment, accr.assignmentVersion(assignment), someScores(assignment), null, false);
        assertThat(review(app, "reviewer1").state()).isEqualTo("DRAFT");
    }

    @Test
    void anInstitutionPairedWithTheCommunityGivenAfterTheAssignmentSuspendsIt() {
        // a compound of its own in a community (outside 虞山 and 梅李) that an institution is actively paired with
        Long[] paired = jdbc.queryForObject("""
                SELECT pc.community_id, MIN(p.institution_id) FROM pairing_community pc
                JOIN pairing p ON p.id = pc.pairing_id AND p.status = 'ACTIVE'
                JOIN community c ON c.id = pc.community_id JOIN town t ON t.id = c.town_id
                WHERE t.code NOT IN ('yushan', 'meili') AND NOT EXISTS (SELECT 1 FROM pairing x
                  JOIN pairing_community y ON y.pairing_id = x.id JOIN accr_reviewer_affiliation f
                  ON f.institution_id = x.institution_id WHERE y.community_id = pc.community_id AND x.status = 'ACTIVE')
                GROUP BY pc.community_id ORDER BY pc.community_id LIMIT 1""",
                (rs, n) -> new Long[] {rs.getLong(1), rs.getLong(2)});
        long townId = jdbc.queryForObject("SELECT town_id FROM community WHERE id = ?", Long.class, paired[0]);
        long compound = data.compoundBeside(new TestData.Place(townId, paired[0], "", 0, "", 0, "")).compoundId();
        long institution = paired[1];
        long app = accr.underReview(round, compound, "reviewer1", "reviewer4", "reviewer5");
        long assignment = accr.assignment(app, "reviewer4");

        login.as("admin");
        AffiliationRow added = affiliations.addAffiliation(accr.user("reviewer4"), institution);
        ReviewRow seenByAdmin = review(app, "reviewer4");
        assertThat(seenByAdmin.state()).isEqualTo(Suspension.STATE);
        assertThat(seenByAdmin.suspension()).extracting(Suspension::kind).isEqualTo(Conflict.Kind.PAIRED_INSTITUTION);
        assertThat(seenByAdmin.suspension().detail()).isEqualTo(added.institutionName());
        login.as("reviewer4");
        List<ScoreInput> scores = someScores(assignment);
        assertRefused(() -> scoring.saveScores(assignment, accr.assignmentVersion(assignment), scores, null, false),
                null, "accreditation.error.suspended.PAIRED_INSTITUTION");

        login.as("admin");
        affiliations.removeAffiliation(added.id(), added.version());
        assertThat(review(app, "reviewer4").suspension()).isNull();
        login.as("reviewer4");
        scoring.saveScores(assignment, accr.assignmentVersion(assignment), scores, null, false);
        assertThat(review(app, "reviewer4").state()).isEqualTo("DRAFT");
    }
}
