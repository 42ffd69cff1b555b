package cn.haitang.console.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.support.ServiceTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The life cycle through the service: every step as the role that takes it, and the refusals on the way. */
@Transactional
class AccreditationFlowTest extends ServiceTest {

    @Autowired
    AccreditationService service;

    @Autowired
    AccreditationJobs jobs;

    @Autowired
    CompoundFacts facts;

    @Autowired
    JdbcTemplate jdbc;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    /** Flushes pending JPA changes, runs the SQL, and forgets cached entities so the service sees it. */
    void sql(String statement, Object... args) {
        em.flush();
        jdbc.update(statement, args);
        em.clear();
    }

    long currentRound() {
        return jdbc.queryForObject("SELECT id FROM accr_round WHERE closes_on >= CURDATE() AND opens_on <= CURDATE()"
                + " AND level = 'CITY' ORDER BY id LIMIT 1", Long.class);
    }

    long compound(String name) {
        return jdbc.queryForObject("SELECT id FROM compound WHERE name = ? LIMIT 1", Long.class, name);
    }

    long compoundIn(String townCode, int skip) {
        return jdbc.queryForObject("""
                SELECT c.id FROM compound c JOIN town t ON t.id = c.town_id WHERE t.code = ?
                AND NOT EXISTS (SELECT 1 FROM accr_application a WHERE a.compound_id = c.id) ORDER BY c.id LIMIT 1 OFFSET ?""",
                Long.class, townCode, skip);
    }

    long user(String username) {
        return jdbc.queryForObject("SELECT id FROM user_account WHERE username = ?", Long.class, username);
    }

    long version(long appId) {
        em.flush();
        return jdbc.queryForObject("SELECT version FROM accr_application WHERE id = ?", Long.class, appId);
    }

    AppState state(long appId) {
        em.flush();
        return AppState.valueOf(jdbc.queryForObject("SELECT state FROM accr_application WHERE id = ?", String.class, appId));
    }

    long assignment(long appId, String reviewer) {
        return jdbc.queryForObject("SELECT id FROM accr_assignment WHERE application_id = ? AND reviewer_id = ?",
                Long.class, appId, user(reviewer));
    }

    long assignmentVersion(long assignmentId) {
        em.flush();
        return jdbc.queryForObject("SELECT version FROM accr_assignment WHERE id = ?", Long.class, assignmentId);
    }

    /** A submitted application of the given compound, accepted for review by the admin. */
    long submittedAndAccepted(long compoundId) {
        login.as("admin");
        long id = service.nominate(currentRound(), compoundId, "党支部牵头四方协同", "满意度 95%");
        Eligibility e = service.submit(id, version(id));
        if (!e.passed()) {
            service.acceptDespiteFailures(id, version(id), "经评审委员会研究同意受理");
        }
        return id;
    }

    void score(String reviewer, long appId, int each, boolean submit) {
        login.as(reviewer);
        long a = assignment(appId, reviewer);
        ScoringSheet sheet = service.scoringSheet(a);
        List<ScoreInput> inputs = sheet.lines().stream()
                .map(l -> new ScoreInput(l.criterionId(), Math.min(each * l.maxScore() / 25, l.maxScore()), "材料翔实")).toList();
        service.saveScores(a, sheet.version(), inputs, "总体良好", submit);
    }

    long underReview(long compoundId, String... reviewers) {
        long id = submittedAndAccepted(compoundId);
        for (String r : reviewers) {
            service.assignReviewer(id, user(r), LocalDate.now().plusDays(10));
        }
        service.startReview(id, version(id));
        return id;
    }

    @Test
    void yushanNominatesAndSubmitsWithEligibilityRecordedFromLiveData() {
        login.as("yushan");
        long id = service.nominate(currentRound(), compound("城市之光小区"), "小区党支部牵头建立四方协同机制", "满意度 93%");
        assertThat(state(id)).isEqualTo(AppState.DRAFT);
        service.saveDraft(id, version(id), "修改后的申报材料", "满意度 94%");
        Eligibility eligibility = service.submit(id, version(id));
        ApplicationDetail detail = service.application(id);
        assertThat(detail.row().state()).isEqualTo(AppState.SUBMITTED);
        assertThat(detail.statement()).isEqualTo("修改后的申报材料");
        assertThat(detail.eligibility()).isEqualTo(eligibility);
        assertThat(detail.eligibilityCheckedAt()).isNotNull();
        assertThat(service.timeline(id)).extracting(TimelineEntry::step).containsExactly(Step.NOMINATE, Step.SUBMIT);
        assertThat(service.timeline(id).getFirst().username()).isEqualTo("yushan");
        assertThatThrownBy(() -> service.saveDraft(id, version(id), "x", "y"))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.notEditable");
    }

    @Test
    void theSameCompoundCannotApplyTwiceInARoundAndStaleEditsAreRefused() {
        login.as("yushan");
        long id = service.nominate(currentRound(), compound("城市之光小区"), "a", "b");
        assertThatThrownBy(() -> service.nominate(currentRound(), compound("城市之光小区"), "a", "b"))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.duplicate");
        assertThatThrownBy(() -> service.saveDraft(id, version(id) + 1, "a", "b"))
                .hasFieldOrPropertyWithValue("messageKey", "error.stale");
    }

    @Test
    void nothingEntersARoundOutsideItsWindow() {
        login.as("yushan");
        long closed = jdbc.queryForObject("SELECT id FROM accr_round WHERE closes_on < CURDATE() LIMIT 1", Long.class);
        assertThatThrownBy(() -> service.nominate(closed, compound("城市之光小区"), "a", "b"))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.windowClosed");
        long id = service.nominate(currentRound(), compound("城市之光小区"), "a", "b");
        sql("UPDATE accr_round SET opens_on = '2020-01-01', closes_on = '2020-02-01', review_deadline = '2020-03-01'"
                + " WHERE id = ?", currentRound());
        assertThatThrownBy(() -> service.submit(id, version(id)))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.windowClosed");
    }

    @Test
    void sentBackReturnsAsADraftWithTheReasonAndCanBeSubmittedAgain() {
        long id = submittedAndAccepted(compound("城市之光小区"));
        service.sendBack(id, version(id), "请补充物业费收缴率佐证材料");
        assertThat(state(id)).isEqualTo(AppState.SENT_BACK);
        login.as("yushan");
        assertThat(service.application(id).sendBackReason()).isEqualTo("请补充物业费收缴率佐证材料");
        service.saveDraft(id, version(id), "补充后的材料", "收缴率 92%");
        assertThat(state(id)).isEqualTo(AppState.DRAFT);
        service.submit(id, version(id));
        assertThat(state(id)).isEqualTo(AppState.SUBMITTED);
        assertThat(service.timeline(id)).extracting(TimelineEntry::step)
                .containsSubsequence(Step.SUBMIT, Step.SEND_BACK, Step.REWORK, Step.SUBMIT);
    }

    @Test
    void sendingBackNeedsAReasonAndOnlyFromSubmitted() {
        login.as("admin");
        long id = service.nominate(currentRound(), compound("城市之光小区"), "a", "b");
        assertThatThrownBy(() -> service.sendBack(id, version(id), "理由"))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.illegalStep");
        service.submit(id, version(id));
        assertThatThrownBy(() -> service.sendBack(id, version(id), "  "))
                .hasFieldOrPropertyWithValue("field", "reason");
    }

    @Test
    void aFailedEligibilityBlocksTheReviewUntilTheAdminRecordsAReason() {
        login.as("admin");
        long id = service.nominate(currentRound(), compound("城市之光小区"), "a", "b");
        sql("UPDATE accr_application SET state = 'DRAFT' WHERE id = ?", id);
        Eligibility e = service.submit(id, version(id));
        for (String r : List.of("reviewer2", "reviewer4", "reviewer5")) {
            service.assignReviewer(id, user(r), LocalDate.now().plusDays(10));
        }
        if (!e.passed()) {
            assertThatThrownBy(() -> service.startReview(id, version(id)))
                    .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.notEligible");
            assertThatThrownBy(() -> service.acceptDespiteFailures(id, version(id), ""))
                    .hasFieldOrPropertyWithValue("field", "reason");
            service.acceptDespiteFailures(id, version(id), "区域代表性强，研究同意受理");
            assertThat(service.application(id).overrideReason()).isEqualTo("区域代表性强，研究同意受理");
        } else {
            assertThatThrownBy(() -> service.acceptDespiteFailures(id, version(id), "x"))
                    .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.nothingToOverride");
        }
        service.startReview(id, version(id));
        assertThat(state(id)).isEqualTo(AppState.UNDER_REVIEW);
    }

    @Test
    void aReviewerOfTheApplicationsTownIsRefusedWithTheReason() {
        long id = submittedAndAccepted(compound("城市之光小区"));
        assertThatThrownBy(() -> service.assignReviewer(id, user("reviewer1"), LocalDate.now().plusDays(10)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.conflict.SAME_TOWN")
                .hasFieldOrPropertyWithValue("field", "reviewer");
        assertThat(service.reviewerOptions(id)).filteredOn(o -> o.username().equals("reviewer1"))
                .singleElement().extracting(ReviewerOption::conflicts).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly(new Conflict(Conflict.Kind.SAME_TOWN, null));
        long meili = submittedAndAccepted(compoundIn("meili", 0));
        assertThatThrownBy(() -> service.assignReviewer(meili, user("reviewer2"), LocalDate.now().plusDays(10)))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.conflict.SAME_TOWN");
        service.assignReviewer(meili, user("reviewer1"), LocalDate.now().plusDays(10));
    }

    @Test
    void reviewNeedsAtLeastThreeReviewersNotCountingRecusals() {
        long id = submittedAndAccepted(compound("城市之光小区"));
        service.assignReviewer(id, user("reviewer2"), LocalDate.now().plusDays(10));
        service.assignReviewer(id, user("reviewer5"), LocalDate.now().plusDays(10));
        assertThatThrownBy(() -> service.startReview(id, version(id)))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.tooFewReviewers");
        assertThatThrownBy(() -> service.assignReviewer(id, user("reviewer2"), LocalDate.now().plusDays(10)))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.alreadyAssigned");
        assertThatThrownBy(() -> service.assignReviewer(id, user("yushan"), LocalDate.now().plusDays(10)))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.notAReviewer");
        service.assignReviewer(id, user("reviewer4"), LocalDate.now().plusDays(10));
        service.startReview(id, version(id));
        assertThat(state(id)).isEqualTo(AppState.UNDER_REVIEW);
    }

    @Test
    void scoresStayHiddenUntilAllAreInThenTheMeanIsComputed() {
        long id = underReview(compound("城市之光小区"), "reviewer2", "reviewer4", "reviewer5");
        score("reviewer2", id, 20, true);
        score("reviewer5", id, 22, false);
        login.as("reviewer5");
        Reviews seenBy5 = service.reviews(id);
        assertThat(seenBy5.scoresVisible()).isFalse();
        assertThat(seenBy5.rows()).filteredOn(r -> r.reviewerName().contains("二")).extracting(ReviewRow::total).containsOnlyNulls();
        assertThat(seenBy5.rows()).filteredOn(r -> r.reviewerName().contains("五")).extracting(ReviewRow::total).doesNotContainNull();
        login.as("admin");
        assertThat(service.reviews(id).rows()).extracting(ReviewRow::total).containsOnlyNulls();
        score("reviewer5", id, 22, true);
        score("reviewer4", id, 24, true);
        assertThat(state(id)).isEqualTo(AppState.SCORED);
        login.as("admin");
        Reviews all = service.reviews(id);
        assertThat(all.scoresVisible()).isTrue();
        assertThat(all.rows()).extracting(ReviewRow::total).doesNotContainNull();
        ApplicationDetail detail = service.application(id);
        BigDecimal expected = all.rows().stream().map(ReviewRow::total).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.HALF_UP);
        assertThat(detail.row().result()).isEqualByComparingTo(expected);
        assertThat(detail.trimmed()).isFalse();
    }

    @Test
    void fiveReviewersGiveATrimmedMeanAndAWideSpreadIsFlagged() {
        long id = underReview(compoundIn("guli", 0), "reviewer1", "reviewer2", "reviewer3", "reviewer4", "reviewer5");
        score("reviewer1", id, 10, true);
        score("reviewer2", id, 20, true);
        score("reviewer3", id, 21, true);
        score("reviewer4", id, 22, true);
        score("reviewer5", id, 25, true);
        login.as("admin");
        ApplicationDetail detail = service.application(id);
        assertThat(detail.trimmed()).isTrue();
        assertThat(detail.row().flagged()).isTrue();
        List<BigDecimal> totals = service.reviews(id).rows().stream().map(ReviewRow::total).sorted().toList();
        BigDecimal trimmedMean = totals.subList(1, 4).stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.HALF_UP);
        assertThat(detail.row().result()).isEqualByComparingTo(trimmedMean);
    }

    @Test
    void aSubmittedScoreIsFinalUntilTheAdminReopensItAndRangesAndCommentsAreChecked() {
        long id = underReview(compound("城市之光小区"), "reviewer2", "reviewer4", "reviewer5");
        login.as("reviewer2");
        long a = assignment(id, "reviewer2");
        ScoringSheet sheet = service.scoringSheet(a);
        ScoreLine first = sheet.lines().getFirst();
        List<ScoreInput> tooHigh = List.of(new ScoreInput(first.criterionId(), first.maxScore() + 1, "x"));
        assertThatThrownBy(() -> service.saveScores(a, sheet.version(), tooHigh, null, false))
                .hasFieldOrPropertyWithValue("field", "score-" + first.criterionId())
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.score.range");
        List<ScoreInput> noComment = sheet.lines().stream().map(l -> new ScoreInput(l.criterionId(), 1, "")).toList();
        assertThatThrownBy(() -> service.saveScores(a, sheet.version(), noComment, null, true))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.score.comment");
        List<ScoreInput> missing = List.of(new ScoreInput(first.criterionId(), 1, "ok"));
        assertThatThrownBy(() -> service.saveScores(a, sheet.version(), missing, null, true))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.score.missing");
        service.saveScores(a, sheet.version(), missing, null, false); // a draft may be partial
        score("reviewer2", id, 20, true);
        login.as("reviewer2");
        assertThatThrownBy(() -> service.saveScores(a, assignmentVersion(a), missing, null, false))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.scoreFinal");
        score("reviewer5", id, 20, true);
        score("reviewer4", id, 20, true);
        assertThat(state(id)).isEqualTo(AppState.SCORED);
        login.as("admin");
        service.reopenScore(a, "评分口径需统一");
        assertThat(state(id)).isEqualTo(AppState.UNDER_REVIEW);
        assertThat(service.application(id).row().result()).isNull();
        assertThat(service.timeline(id)).extracting(TimelineEntry::step).contains(Step.REOPEN_SCORE);
        score("reviewer2", id, 21, true);
        assertThat(state(id)).isEqualTo(AppState.SCORED);
    }

    @Test
    void aReviewerCanRecuseAndIsThenOutOfTheCount() {
        long id = underReview(compoundIn("guli", 1), "reviewer1", "reviewer2", "reviewer4", "reviewer5");
        login.as("reviewer5");
        long a = assignment(id, "reviewer5");
        assertThatThrownBy(() -> service.recuse(a, assignmentVersion(a), ""))
                .hasFieldOrPropertyWithValue("field", "reason");
        service.recuse(a, assignmentVersion(a), "本人曾参与该小区物业服务咨询");
        assertThatThrownBy(() -> service.application(id)).isInstanceOf(RuleViolationException.class);
        score("reviewer1", id, 20, true);
        score("reviewer2", id, 20, true);
        score("reviewer4", id, 20, true);
        assertThat(state(id)).isEqualTo(AppState.SCORED);
        login.as("admin");
        assertThat(service.reviewerOptions(id)).filteredOn(o -> o.username().equals("reviewer5"))
                .singleElement().extracting(o -> o.conflicts().getFirst().kind()).isEqualTo(Conflict.Kind.RECUSED);
    }

    /** 城市之光小区 under review, scored 23 by reviewer2, 4 and 5; the admin logged in to decide. */
    private long scoredByThreeReviewers() {
        long id = underReview(compound("城市之光小区"), "reviewer2", "reviewer4", "reviewer5");
        score("reviewer2", id, 23, true);
        score("reviewer5", id, 23, true);
        score("reviewer4", id, 23, true);
        login.as("admin");
        return id;
    }

    @Test
    void theNoticeSkipsTheWorkCalendarsHolidays() {
        long id = scoredByThreeReviewers();
        // the next three weekdays become holidays
        List<LocalDate> holidays = service.currentDate().datesUntil(service.currentDate().plusDays(14))
                .filter(WorkingDays.WEEKDAYS::isWorkingDay).limit(3).toList();
        holidays.forEach(day -> service.addCalendarDay(new CalendarDayForm(day, CalendarDayKind.HOLIDAY, "测试假日")));
        sql("UPDATE accr_round SET quota = 50 WHERE id = ?", currentRound());
        service.approve(id, version(id), "综合得分位于名额之内");
        service.publishNotice(id, version(id));
        ApplicationDetail detail = service.application(id);
        WorkingDays expected = WorkingDays.with(holidays, List.of());
        assertThat(detail.noticeFrom()).isEqualTo(expected.firstWorkingDayFrom(service.currentDate()))
                .isAfter(holidays.getLast());
        assertThat(detail.row().noticeTo()).isEqualTo(expected.lastDay(detail.noticeFrom(), 5));
    }

    @Test
    void approvalPublishesAFiveWorkingDayNoticeAndTheJobAccreditsAfterwards() {
        long id = scoredByThreeReviewers();
        assertThatThrownBy(() -> service.approve(id, version(id), " "))
                .hasFieldOrPropertyWithValue("field", "reason");
        assertThatThrownBy(() -> service.publishNotice(id, version(id)))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.illegalStep");
        sql("UPDATE accr_round SET quota = 50 WHERE id = ?", currentRound());
        service.approve(id, version(id), "综合得分位于名额之内");
        service.publishNotice(id, version(id));
        ApplicationDetail detail = service.application(id);
        assertThat(detail.row().state()).isEqualTo(AppState.IN_NOTICE);
        LocalDate from = detail.noticeFrom();
        LocalDate to = detail.row().noticeTo();
        assertThat(List.of(from, to)).isEqualTo(service.noticePeriod(service.currentDate()));
        assertThat(to).isEqualTo(WorkingDays.WEEKDAYS.lastDay(from, 5));
        long objection = service.recordObjection(id, "小区居民", "反映停车收费不透明");
        // the job leaves a notice with an open objection alone
        service.closeEndedNotices(to.plusDays(1));
        assertThat(state(id)).isEqualTo(AppState.IN_NOTICE);
        service.resolveObjection(objection, 0, false, "经核实，收费已按规定公示");
        service.closeEndedNotices(to); // not ended yet on its last day
        assertThat(state(id)).isEqualTo(AppState.IN_NOTICE);
        assertThat(jobs.runIfLeased(to.plusDays(1))).isTrue();
        assertThat(state(id)).isEqualTo(AppState.ACCREDITED);
        em.flush();
        Map<String, Object> site = jdbc.queryForMap("SELECT * FROM accr_site WHERE application_id = ?", id);
        assertThat(site.get("certificate_no").toString()).startsWith("CS-");
        LocalDate validFrom = ((java.sql.Date) site.get("valid_from")).toLocalDate();
        assertThat(validFrom).isEqualTo(to.plusDays(1));
        assertThat(((java.sql.Date) site.get("valid_to")).toLocalDate()).isEqualTo(validFrom.plusYears(3).minusDays(1));
        service.closeEndedNotices(to.plusDays(2)); // idempotent
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM accr_site WHERE application_id = ?", Long.class, id)).isOne();
        assertThat(service.currentSites(Level.CITY, null)).extracting(SiteRow::applicationId).contains(id);
        long siteId = ((Number) site.get("id")).longValue();
        assertThatThrownBy(() -> service.revoke(siteId, 0, ""))
                .hasFieldOrPropertyWithValue("field", "reason");
        service.revoke(siteId, 0, "复核发现数据失实");
        assertThat(state(id)).isEqualTo(AppState.REVOKED);
        assertThat(service.timeline(id)).extracting(TimelineEntry::step).containsSubsequence(Step.NOMINATE, Step.SUBMIT,
                Step.START_REVIEW, Step.COMPLETE_SCORING, Step.APPROVE, Step.PUBLISH_NOTICE, Step.ACCREDIT, Step.REVOKE);
    }

    @Test
    void anUpheldObjectionRejectsAndObjectionsAreRefusedOutsideTheNotice() {
        long inNotice = jdbc.queryForObject("SELECT id FROM accr_application WHERE state = 'IN_NOTICE' LIMIT 1", Long.class);
        login.as("admin");
        long objection = service.recordObjection(inNotice, "业主代表", "小区存在未化解的重大纠纷");
        service.resolveObjection(objection, 0, true, "经核实异议成立");
        assertThat(state(inNotice)).isEqualTo(AppState.REJECTED_AFTER_OBJECTION);
        assertThatThrownBy(() -> service.recordObjection(inNotice, "x", "y"))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.noticeNotRunning");
        assertThatThrownBy(() -> service.resolveObjection(objection, 1, false, "y"))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.objectionResolved");
    }

    @Test
    void theQuotaLimitsApprovalsAndTheRankingFollowsTheResult() {
        login.as("admin");
        List<RankRow> ranking = service.ranking(currentRound());
        assertThat(ranking).isNotEmpty();
        assertThat(ranking).extracting(RankRow::result).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(ranking.getFirst().rank()).isEqualTo(1);
        assertThat(ranking.stream().filter(RankRow::withinQuota).count()).isLessThanOrEqualTo(8);
        long scored = jdbc.queryForObject("SELECT id FROM accr_application WHERE state = 'SCORED' LIMIT 1", Long.class);
        sql("UPDATE accr_round SET quota = 1 WHERE id = ?", currentRound());
        assertThatThrownBy(() -> service.approve(scored, version(scored), "同意"))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.quotaFull");
        service.reject(scored, version(scored), "得分未进入名额");
        assertThat(state(scored)).isEqualTo(AppState.REJECTED);
    }

    @Test
    void expiredCertificatesAreEndedByTheJob() {
        long siteId = jdbc.queryForObject("SELECT id FROM accr_site WHERE state = 'CURRENT' ORDER BY valid_to LIMIT 1", Long.class);
        LocalDate validTo = jdbc.queryForObject("SELECT valid_to FROM accr_site WHERE id = ?", LocalDate.class, siteId);
        assertThat(service.expireSites(validTo)).isZero();
        assertThat(service.expireSites(validTo.plusDays(1))).isPositive();
        em.flush();
        assertThat(jdbc.queryForObject("SELECT state FROM accr_site WHERE id = ?", String.class, siteId)).isEqualTo("EXPIRED");
        long app = jdbc.queryForObject("SELECT application_id FROM accr_site WHERE id = ?", Long.class, siteId);
        assertThat(state(app)).isEqualTo(AppState.EXPIRED);
    }

    @Test
    void anotherNodeHoldingTheLeaseMeansThisOneSkips() {
        jdbc.update("UPDATE accr_job_lock SET locked_until = DATE_ADD(UTC_TIMESTAMP(6), INTERVAL 1 HOUR), locked_by = 'other'"
                + " WHERE name = ?", AccreditationJobs.LOCK);
        assertThat(jobs.runIfLeased(LocalDate.now())).isFalse();
        jdbc.update("UPDATE accr_job_lock SET locked_until = '2000-01-01' WHERE name = ?", AccreditationJobs.LOCK);
        assertThat(jobs.runIfLeased(LocalDate.now())).isTrue();
    }

    @Test
    void attachmentsHaveTypeAndSizeLimitsAndAreReadableByWhoMaySeeTheApplication() {
        login.as("yushan");
        long id = service.nominate(currentRound(), compound("城市之光小区"), "a", "b");
        byte[] pdf = "%PDF-1.4 demo".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> service.addAttachment(id, "virus.exe", "application/octet-stream", pdf))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.attachment.type");
        assertThatThrownBy(() -> service.addAttachment(id, "fake.pdf", "image/png", pdf))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.attachment.type");
        assertThatThrownBy(() -> service.addAttachment(id, "big.pdf", "application/pdf",
                new byte[(int) AccreditationService.MAX_ATTACHMENT_BYTES + 1]))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.attachment.size");
        service.addAttachment(id, "../../申报表.pdf", "application/pdf", pdf);
        List<AttachmentRow> rows = service.attachments(id);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.fileName()).doesNotContain("/");
            assertThat(r.sizeBytes()).isEqualTo(pdf.length);
        });
        assertThat(service.attachmentContent(rows.getFirst().id())).isEqualTo(pdf);
        login.as("meili");
        assertThatThrownBy(() -> service.attachmentContent(rows.getFirst().id())).isInstanceOf(RuleViolationException.class);
        login.as("yushan");
        service.removeAttachment(rows.getFirst().id());
        assertThat(service.attachments(id)).isEmpty();
    }

    @Test
    void rubricsMustSumToOneHundredAndAUsedRubricIsFrozen() {
        login.as("admin");
        List<CriterionForm> ninety = List.of(new CriterionForm("组织覆盖", 40, ""), new CriterionForm("服务成效", 50, ""));
        assertThatThrownBy(() -> service.saveRubric(null, 0, "测试细则", ninety))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.rubric.total");
        List<CriterionForm> dup = List.of(new CriterionForm("A", 50, ""), new CriterionForm("A", 50, ""));
        assertThatThrownBy(() -> service.saveRubric(null, 0, "测试细则", dup))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.criterion.duplicate");
        long id = service.saveRubric(null, 0, "测试细则", List.of(new CriterionForm("A", 60, "g"), new CriterionForm("B", 40, "")));
        RubricDetail rubric = service.rubric(id);
        assertThat(rubric.used()).isFalse();
        assertThat(rubric.criteria()).extracting(CriterionRow::maxScore).containsExactly(60, 40);
        service.saveRubric(id, rubric.version(), "测试细则", List.of(new CriterionForm("A", 100, "")));
        assertThat(service.rubric(id).criteria()).hasSize(1);
        long used = jdbc.queryForObject("SELECT rubric_id FROM accr_round LIMIT 1", Long.class);
        RubricDetail frozen = service.rubric(used);
        assertThat(frozen.used()).isTrue();
        assertThatThrownBy(() -> service.saveRubric(used, frozen.version(), frozen.name(), List.of(new CriterionForm("A", 100, ""))))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.rubric.used");
    }

    @Test
    void roundsAreValidated() {
        login.as("admin");
        long rubric = jdbc.queryForObject("SELECT rubric_id FROM accr_round LIMIT 1", Long.class);
        LocalDate d = LocalDate.of(2027, 3, 1);
        RoundForm badWindow = new RoundForm(Level.SUZHOU, 2027, "2027年度苏州级推荐", d, d.minusDays(1), d.plusDays(30), 5,
                rubric, BigDecimal.valueOf(90), BigDecimal.valueOf(90), BigDecimal.TEN);
        assertThatThrownBy(() -> service.saveRound(null, 0, badWindow)).hasFieldOrPropertyWithValue("field", "closesOn");
        RoundForm badPercent = new RoundForm(Level.SUZHOU, 2027, "2027年度苏州级推荐", d, d.plusDays(10), d.plusDays(30), 5,
                rubric, BigDecimal.valueOf(120), BigDecimal.valueOf(90), BigDecimal.TEN);
        assertThatThrownBy(() -> service.saveRound(null, 0, badPercent)).hasFieldOrPropertyWithValue("field", "minSatisfaction");
        RoundForm ok = new RoundForm(Level.SUZHOU, 2027, "2027年度苏州级推荐", d, d.plusDays(10), d.plusDays(30), 5,
                rubric, BigDecimal.valueOf(90), BigDecimal.valueOf(90), BigDecimal.TEN);
        long id = service.saveRound(null, 0, ok);
        assertThat(service.rounds()).extracting(RoundRow::id).contains(id);
        assertThatThrownBy(() -> service.saveRound(null, 0, ok)).hasFieldOrPropertyWithValue("field", "title");
    }

    @Test
    void suzhouLevelRequiresACurrentCityAccreditation() {
        login.as("admin");
        long rubric = jdbc.queryForObject("SELECT rubric_id FROM accr_round LIMIT 1", Long.class);
        LocalDate today = service.currentDate();
        long round = service.saveRound(null, 0, new RoundForm(Level.SUZHOU, today.getYear(), "测试苏州级批次", today.minusDays(1),
                today.plusDays(10), today.plusDays(20), 5, rubric, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.TEN));
        long cityHolder = jdbc.queryForObject("""
                SELECT compound_id FROM accr_site s WHERE level = 'CITY' AND state = 'CURRENT' AND NOT EXISTS
                (SELECT 1 FROM accr_site x WHERE x.compound_id = s.compound_id AND x.level = 'SUZHOU') LIMIT 1""", Long.class);
        long holder = service.nominate(round, cityHolder, "a", "b");
        long other = service.nominate(round, compound("城市之光小区"), "a", "b");
        assertThat(service.submit(holder, version(holder)).failures()).doesNotContain(EligibilityCheck.LOWER_LEVEL);
        assertThat(service.submit(other, version(other)).failures()).contains(EligibilityCheck.LOWER_LEVEL);
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
        long id = submittedAndAccepted(compoundId);
        assertThatThrownBy(() -> service.assignReviewer(id, user("reviewer3"), LocalDate.now().plusDays(10)))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.conflict.PAIRED_INSTITUTION")
                .extracting(e -> ((RuleViolationException) e).getArguments()[1]).asString().isNotBlank().doesNotStartWith("#");
        assertThat(service.reviewerOptions(id)).filteredOn(o -> o.username().equals("reviewer3")).singleElement()
                .extracting(o -> o.conflicts().getFirst()).isEqualTo(new Conflict(Conflict.Kind.PAIRED_INSTITUTION, institution));
    }

    @Test
    void theLiveFactsComeFromStructureGovernanceAndPairing() {
        login.as("admin");
        long withEntity = jdbc.queryForObject("SELECT compound_id FROM party_branch WHERE branch_type = 'ENTITY' LIMIT 1", Long.class);
        long withoutEntity = jdbc.queryForObject("""
                SELECT c.id FROM compound c WHERE NOT EXISTS (SELECT 1 FROM party_branch b WHERE b.compound_id = c.id
                AND b.branch_type = 'ENTITY') LIMIT 1""", Long.class);
        assertThat(facts.hasEntityBranch(withEntity)).isTrue();
        assertThat(facts.hasEntityBranch(withoutEntity)).isFalse();
        List<Long> disputed = jdbc.queryForList("""
                SELECT compound_id FROM property_dispute WHERE severity = 'SERIOUS' AND state <> 'CLOSED' LIMIT 1""", Long.class);
        disputed.forEach(c -> assertThat(facts.hasOpenSeriousDispute(c)).isTrue());
        long anyCompound = withEntity;
        facts.latestSatisfactionRate(anyCompound).ifPresent(r -> assertThat(r).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
        long eligibleSites = service.currentSites(Level.CITY, null).stream()
                .filter(s -> EligibilityRules.check(s.compoundId(), facts, Level.CITY, BigDecimal.valueOf(90),
                        BigDecimal.valueOf(90), true).passed()).count();
        assertThat(eligibleSites).as("demo sites are placed on compounds whose live figures pass").isPositive();
    }
}
