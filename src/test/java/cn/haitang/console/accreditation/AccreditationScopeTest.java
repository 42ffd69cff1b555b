package cn.haitang.console.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.support.ServiceTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scope of every service method for the three roles: a coordinator reaches only their town/street, a
 * reviewer only their assignments, and the admin-only steps refuse everybody else, whatever id is passed.
 */
@Transactional
class AccreditationScopeTest extends ServiceTest {

    @Autowired
    ApplicationService applications;

    @Autowired
    AttachmentService attachments;

    @Autowired
    DecisionService decisions;

    @Autowired
    NoticeService notices;

    @Autowired
    SiteRegistryService registry;

    @Autowired
    ReviewService reviews;

    @Autowired
    RoundService rounds;

    @Autowired
    ScoringService scoring;

    @Autowired
    JdbcTemplate jdbc;

    long yushan;
    long meili;
    long meiliApp;
    long meiliDraft;
    long yushanApp;
    long meiliCompound;
    long round;
    long rubric;
    long siteOfMeili;
    long assignmentOf3;
    long assignmentNotOf3;
    long appOf3;
    long appNotOf3;
    long objection;

    @BeforeEach
    void fixtures() {
        yushan = id("SELECT id FROM town WHERE code = 'yushan'");
        meili = id("SELECT id FROM town WHERE code = 'meili'");
        meiliApp = id("SELECT id FROM accr_application WHERE town_id = " + meili + " AND state = 'SCORED' LIMIT 1");
        meiliDraft = id("SELECT id FROM accr_application WHERE town_id = " + meili + " AND state = 'DRAFT' LIMIT 1");
        yushanApp = id("SELECT id FROM accr_application WHERE town_id = " + yushan + " AND state = 'SCORED' LIMIT 1");
        meiliCompound = id("SELECT id FROM compound WHERE town_id = " + meili + " ORDER BY id DESC LIMIT 1");
        round = id("SELECT id FROM accr_round WHERE opens_on <= CURDATE() AND closes_on >= CURDATE() LIMIT 1");
        rubric = id("SELECT id FROM accr_rubric LIMIT 1");
        siteOfMeili = id("SELECT id FROM accr_site WHERE state = 'CURRENT' AND town_id = " + meili + " LIMIT 1");
        long reviewer3 = id("SELECT id FROM user_account WHERE username = 'reviewer3'");
        assignmentOf3 = id("SELECT id FROM accr_assignment WHERE reviewer_id = " + reviewer3 + " LIMIT 1");
        appOf3 = id("SELECT application_id FROM accr_assignment WHERE id = " + assignmentOf3);
        appNotOf3 = id("SELECT a.id FROM accr_application a WHERE NOT EXISTS (SELECT 1 FROM accr_assignment s WHERE"
                + " s.application_id = a.id AND s.reviewer_id = " + reviewer3 + ") LIMIT 1");
        assignmentNotOf3 = id("SELECT id FROM accr_assignment WHERE reviewer_id <> " + reviewer3 + " LIMIT 1");
        objection = id("SELECT id FROM accr_objection WHERE state = 'OPEN' LIMIT 1");
    }

    long id(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    static void refused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(cn.haitang.console.base.RuleViolationException.class)
                .extracting("messageKey").asString().startsWith("error.scope");
    }

    /** Every admin-only method, called with ids the caller might guess. */
    void adminOnlyRefused() {
        refused(() -> rounds.rubrics());
        refused(() -> rounds.rubric(rubric));
        refused(() -> rounds.saveRubric(null, 0, "x", List.of(new CriterionForm("a", 100, ""))));
        refused(() -> rounds.saveRound(null, 0, new RoundForm(Level.CITY, 2030, "x", LocalDate.now(), LocalDate.now(),
                LocalDate.now(), 1, rubric, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)));
        refused(() -> decisions.ranking(round));
        refused(() -> applications.sendBack(meiliApp, 0, "x"));
        refused(() -> applications.acceptDespiteFailures(meiliApp, 0, "x"));
        refused(() -> applications.recheckEligibility(meiliApp));
        refused(() -> reviews.reviewerOptions(meiliApp));
        refused(() -> reviews.assignReviewer(meiliApp, 1, LocalDate.now()));
        refused(() -> reviews.startReview(meiliApp, 0));
        refused(() -> reviews.reopenScore(assignmentOf3, "x"));
        refused(() -> decisions.approve(meiliApp, 0, "x"));
        refused(() -> decisions.reject(meiliApp, 0, "x"));
        refused(() -> notices.publishNotice(meiliApp, 0));
        refused(() -> notices.recordObjection(meiliApp, "x", "y"));
        refused(() -> notices.resolveObjection(objection, 0, true, "x"));
        refused(() -> registry.revoke(siteOfMeili, 0, "x"));
        refused(() -> notices.closeEndedNotices(LocalDate.now()));
        refused(() -> registry.expireSites(LocalDate.now()));
    }

    void reviewerOnlyRefused() {
        refused(() -> scoring.worklist(PageRequest.of(0, 10)));
        refused(() -> scoring.worklistCount());
        refused(() -> scoring.openWorklist());
        refused(() -> scoring.scoringSheet(assignmentOf3));
        refused(() -> scoring.saveScores(assignmentOf3, 0, List.of(), null, false));
        refused(() -> scoring.recuse(assignmentOf3, 0, "x"));
    }

    @Test
    void aCoordinatorReachesOnlyTheirOwnTown() {
        login.as("yushan");
        adminOnlyRefused();
        reviewerOnlyRefused();
        // lists are filtered to the town, even when another town is asked for
        assertThat(applications.applications(new ApplicationFilter(null, null, null, null, null), PageRequest.of(0, 100)))
                .isNotEmpty().allMatch(a -> a.townId() == yushan);
        assertThat(applications.countApplications(new ApplicationFilter(null, null, null, meili, null))).isZero();
        assertThat(applications.applications(new ApplicationFilter(null, null, null, meili, null), PageRequest.of(0, 10))).isEmpty();
        assertThat(registry.sites(new SiteFilter(null, null, false), PageRequest.of(0, 100))).allMatch(s -> s.townId() == yushan);
        assertThat(registry.countSites(new SiteFilter(null, meili, false))).isZero();
        assertThat(registry.currentSites(Level.CITY, meili)).isEmpty();
        assertThat(registry.currentSites(Level.CITY, null)).allMatch(s -> s.townId() == yushan);
        long all = jdbc.queryForObject("SELECT COUNT(*) FROM accr_site WHERE state = 'CURRENT' AND town_id = ?", Long.class, yushan);
        assertThat(registry.currentSiteCounts(null).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(all);
        assertThat(registry.sitesDueForReview(90)).allMatch(s -> s.townId() == yushan);
        assertThat(registry.reviewCandidates()).allMatch(c -> c.site().townId() == yushan);
        // another town's records, by id
        refused(() -> applications.application(meiliApp));
        refused(() -> attachments.attachments(meiliApp));
        refused(() -> applications.timeline(meiliApp));
        refused(() -> reviews.reviews(meiliApp));
        refused(() -> notices.objections(meiliApp));
        refused(() -> applications.compoundsOf(meili));
        refused(() -> applications.nominate(round, meiliCompound, "a", "b"));
        refused(() -> applications.saveDraft(meiliDraft, 0, "a", "b"));
        refused(() -> applications.submit(meiliDraft, 0));
        refused(() -> attachments.addAttachment(meiliDraft, "a.pdf", "application/pdf", new byte[] {1}));
        // their own are fine
        assertThat(applications.application(yushanApp).row().townId()).isEqualTo(yushan);
        assertThat(applications.timeline(yushanApp)).isNotEmpty();
        assertThat(applications.compoundsOf(yushan)).isNotEmpty();
        assertThat(rounds.rounds()).isNotEmpty();
        assertThat(rounds.openRounds()).isNotEmpty();
    }

    @Test
    void aCoordinatorCannotReadOrRemoveAnotherTownsAttachment() {
        login.as("meili");
        attachments.addAttachment(meiliDraft, "材料.pdf", "application/pdf", "%PDF-1.4 材料".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        long attachment = attachments.attachments(meiliDraft).getFirst().id();
        login.as("yushan");
        refused(() -> attachments.attachmentContent(attachment));
        refused(() -> attachments.removeAttachment(attachment));
    }

    @Test
    void aReviewerReachesOnlyTheirAssignments() {
        login.as("reviewer3");
        adminOnlyRefused();
        refused(() -> applications.applications(new ApplicationFilter(null, null, null, null, null), PageRequest.of(0, 10)));
        refused(() -> applications.countApplications(new ApplicationFilter(null, null, null, null, null)));
        refused(() -> registry.sites(new SiteFilter(null, null, true), PageRequest.of(0, 10)));
        refused(() -> registry.countSites(new SiteFilter(null, null, true)));
        refused(() -> registry.currentSites(Level.CITY, null));
        refused(() -> registry.currentSiteCounts(null));
        refused(() -> registry.sitesDueForReview(90));
        refused(() -> registry.reviewCandidates());
        refused(() -> rounds.rounds());
        refused(() -> rounds.openRounds());
        refused(() -> applications.compoundsOf(meili));
        refused(() -> applications.nominate(round, meiliCompound, "a", "b"));
        refused(() -> applications.saveDraft(meiliDraft, 0, "a", "b"));
        refused(() -> applications.submit(meiliDraft, 0));
        refused(() -> attachments.addAttachment(meiliDraft, "a.pdf", "application/pdf", new byte[] {1}));
        refused(() -> applications.application(appNotOf3));
        refused(() -> applications.timeline(appNotOf3));
        refused(() -> reviews.reviews(appNotOf3));
        refused(() -> attachments.attachments(appNotOf3));
        refused(() -> notices.objections(appNotOf3));
        refused(() -> scoring.scoringSheet(assignmentNotOf3));
        refused(() -> scoring.saveScores(assignmentNotOf3, 0, List.of(), null, false));
        refused(() -> scoring.recuse(assignmentNotOf3, 0, "x"));
        // what is assigned to them
        long reviewer3 = id("SELECT id FROM user_account WHERE username = 'reviewer3'");
        assertThat(applications.application(appOf3).row().id()).isEqualTo(appOf3);
        assertThat(applications.timeline(appOf3)).isNotEmpty();
        assertThat(scoring.scoringSheet(assignmentOf3).lines()).hasSize(4);
        long mine = jdbc.queryForObject("SELECT COUNT(*) FROM accr_assignment WHERE reviewer_id = ?", Long.class, reviewer3);
        assertThat(scoring.worklistCount()).isEqualTo(mine);
        assertThat(scoring.worklist(PageRequest.of(0, 100))).hasSize((int) mine);
        assertThat(scoring.openWorklist()).allMatch(w -> w.state().equals("ASSIGNED") || w.state().equals("DRAFT"));
    }

    @Test
    void theAdminSeesTheWholeCityButHasNoWorklist() {
        login.as("admin");
        reviewerOnlyRefused();
        assertThat(applications.countApplications(new ApplicationFilter(null, null, null, null, null)))
                .isEqualTo(id("SELECT COUNT(*) FROM accr_application"));
        assertThat(applications.application(meiliApp).row().townId()).isEqualTo(meili);
        assertThat(rounds.rubrics()).isNotEmpty();
        assertThat(reviews.reviewerOptions(meiliApp)).hasSize(5);
        assertThat(registry.countSites(new SiteFilter(null, null, false))).isEqualTo(id("SELECT COUNT(*) FROM accr_site"));
    }

    @Test
    void nobodyLoggedInIsRefusedEverywhereButTheJobs() {
        login.logout();
        assertThatThrownBy(() -> applications.application(meiliApp)).isNotNull();
        assertThatThrownBy(() -> applications.applications(new ApplicationFilter(null, null, null, null, null), PageRequest.of(0, 1)))
                .isNotNull();
        assertThat(notices.closeEndedNotices(LocalDate.of(2000, 1, 1))).isZero();
    }
}
