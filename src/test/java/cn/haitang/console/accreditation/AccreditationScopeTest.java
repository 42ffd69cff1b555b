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
    AccreditationService service;

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
        refused(() -> service.rubrics());
        refused(() -> service.rubric(rubric));
        refused(() -> service.saveRubric(null, 0, "x", List.of(new CriterionForm("a", 100, ""))));
        refused(() -> service.saveRound(null, 0, new RoundForm(Level.CITY, 2030, "x", LocalDate.now(), LocalDate.now(),
                LocalDate.now(), 1, rubric, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)));
        refused(() -> service.ranking(round));
        refused(() -> service.sendBack(meiliApp, 0, "x"));
        refused(() -> service.acceptDespiteFailures(meiliApp, 0, "x"));
        refused(() -> service.recheckEligibility(meiliApp));
        refused(() -> service.reviewerOptions(meiliApp));
        refused(() -> service.assignReviewer(meiliApp, 1, LocalDate.now()));
        refused(() -> service.startReview(meiliApp, 0));
        refused(() -> service.reopenScore(assignmentOf3, "x"));
        refused(() -> service.approve(meiliApp, 0, "x"));
        refused(() -> service.reject(meiliApp, 0, "x"));
        refused(() -> service.publishNotice(meiliApp, 0));
        refused(() -> service.recordObjection(meiliApp, "x", "y"));
        refused(() -> service.resolveObjection(objection, 0, true, "x"));
        refused(() -> service.revoke(siteOfMeili, 0, "x"));
        refused(() -> service.closeEndedNotices(LocalDate.now()));
        refused(() -> service.expireSites(LocalDate.now()));
    }

    void reviewerOnlyRefused() {
        refused(() -> service.worklist(PageRequest.of(0, 10)));
        refused(() -> service.worklistCount());
        refused(() -> service.openWorklist());
        refused(() -> service.scoringSheet(assignmentOf3));
        refused(() -> service.saveScores(assignmentOf3, 0, List.of(), null, false));
        refused(() -> service.recuse(assignmentOf3, 0, "x"));
    }

    @Test
    void aCoordinatorReachesOnlyTheirOwnTown() {
        login.as("yushan");
        adminOnlyRefused();
        reviewerOnlyRefused();
        // lists are filtered to the town, even when another town is asked for
        assertThat(service.applications(new ApplicationFilter(null, null, null, null, null), PageRequest.of(0, 100)))
                .isNotEmpty().allMatch(a -> a.townId() == yushan);
        assertThat(service.countApplications(new ApplicationFilter(null, null, null, meili, null))).isZero();
        assertThat(service.applications(new ApplicationFilter(null, null, null, meili, null), PageRequest.of(0, 10))).isEmpty();
        assertThat(service.sites(new SiteFilter(null, null, false), PageRequest.of(0, 100))).allMatch(s -> s.townId() == yushan);
        assertThat(service.countSites(new SiteFilter(null, meili, false))).isZero();
        assertThat(service.currentSites(Level.CITY, meili)).isEmpty();
        assertThat(service.currentSites(Level.CITY, null)).allMatch(s -> s.townId() == yushan);
        long all = jdbc.queryForObject("SELECT COUNT(*) FROM accr_site WHERE state = 'CURRENT' AND town_id = ?", Long.class, yushan);
        assertThat(service.currentSiteCounts(null).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(all);
        assertThat(service.sitesDueForReview(90)).allMatch(s -> s.townId() == yushan);
        assertThat(service.reviewCandidates()).allMatch(c -> c.site().townId() == yushan);
        // another town's records, by id
        refused(() -> service.application(meiliApp));
        refused(() -> service.attachments(meiliApp));
        refused(() -> service.timeline(meiliApp));
        refused(() -> service.reviews(meiliApp));
        refused(() -> service.objections(meiliApp));
        refused(() -> service.compoundsOf(meili));
        refused(() -> service.nominate(round, meiliCompound, "a", "b"));
        refused(() -> service.saveDraft(meiliDraft, 0, "a", "b"));
        refused(() -> service.submit(meiliDraft, 0));
        refused(() -> service.addAttachment(meiliDraft, "a.pdf", "application/pdf", new byte[] {1}));
        // their own are fine
        assertThat(service.application(yushanApp).row().townId()).isEqualTo(yushan);
        assertThat(service.timeline(yushanApp)).isNotEmpty();
        assertThat(service.compoundsOf(yushan)).isNotEmpty();
        assertThat(service.rounds()).isNotEmpty();
        assertThat(service.openRounds()).isNotEmpty();
    }

    @Test
    void aCoordinatorCannotReadOrRemoveAnotherTownsAttachment() {
        login.as("meili");
        service.addAttachment(meiliDraft, "材料.pdf", "application/pdf", new byte[] {1, 2, 3});
        long attachment = service.attachments(meiliDraft).getFirst().id();
        login.as("yushan");
        refused(() -> service.attachmentContent(attachment));
        refused(() -> service.removeAttachment(attachment));
    }

    @Test
    void aReviewerReachesOnlyTheirAssignments() {
        login.as("reviewer3");
        adminOnlyRefused();
        refused(() -> service.applications(new ApplicationFilter(null, null, null, null, null), PageRequest.of(0, 10)));
        refused(() -> service.countApplications(new ApplicationFilter(null, null, null, null, null)));
        refused(() -> service.sites(new SiteFilter(null, null, true), PageRequest.of(0, 10)));
        refused(() -> service.countSites(new SiteFilter(null, null, true)));
        refused(() -> service.currentSites(Level.CITY, null));
        refused(() -> service.currentSiteCounts(null));
        refused(() -> service.sitesDueForReview(90));
        refused(() -> service.reviewCandidates());
        refused(() -> service.rounds());
        refused(() -> service.openRounds());
        refused(() -> service.compoundsOf(meili));
        refused(() -> service.nominate(round, meiliCompound, "a", "b"));
        refused(() -> service.saveDraft(meiliDraft, 0, "a", "b"));
        refused(() -> service.submit(meiliDraft, 0));
        refused(() -> service.addAttachment(meiliDraft, "a.pdf", "application/pdf", new byte[] {1}));
        refused(() -> service.application(appNotOf3));
        refused(() -> service.timeline(appNotOf3));
        refused(() -> service.reviews(appNotOf3));
        refused(() -> service.attachments(appNotOf3));
        refused(() -> service.objections(appNotOf3));
        refused(() -> service.scoringSheet(assignmentNotOf3));
        refused(() -> service.saveScores(assignmentNotOf3, 0, List.of(), null, false));
        refused(() -> service.recuse(assignmentNotOf3, 0, "x"));
        // what is assigned to them
        long reviewer3 = id("SELECT id FROM user_account WHERE username = 'reviewer3'");
        assertThat(service.application(appOf3).row().id()).isEqualTo(appOf3);
        assertThat(service.timeline(appOf3)).isNotEmpty();
        assertThat(service.scoringSheet(assignmentOf3).lines()).hasSize(4);
        long mine = jdbc.queryForObject("SELECT COUNT(*) FROM accr_assignment WHERE reviewer_id = ?", Long.class, reviewer3);
        assertThat(service.worklistCount()).isEqualTo(mine);
        assertThat(service.worklist(PageRequest.of(0, 100))).hasSize((int) mine);
        assertThat(service.openWorklist()).allMatch(w -> w.state().equals("ASSIGNED") || w.state().equals("DRAFT"));
    }

    @Test
    void theAdminSeesTheWholeCityButHasNoWorklist() {
        login.as("admin");
        reviewerOnlyRefused();
        assertThat(service.countApplications(new ApplicationFilter(null, null, null, null, null)))
                .isEqualTo(id("SELECT COUNT(*) FROM accr_application"));
        assertThat(service.application(meiliApp).row().townId()).isEqualTo(meili);
        assertThat(service.rubrics()).isNotEmpty();
        assertThat(service.reviewerOptions(meiliApp)).hasSize(5);
        assertThat(service.countSites(new SiteFilter(null, null, false))).isEqualTo(id("SELECT COUNT(*) FROM accr_site"));
    }

    @Test
    void nobodyLoggedInIsRefusedEverywhereButTheJobs() {
        login.logout();
        assertThatThrownBy(() -> service.application(meiliApp)).isNotNull();
        assertThatThrownBy(() -> service.applications(new ApplicationFilter(null, null, null, null, null), PageRequest.of(0, 1)))
                .isNotNull();
        assertThat(service.closeEndedNotices(LocalDate.of(2000, 1, 1))).isZero();
    }
}
