package cn.haitang.console.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public notice (公示): five working days by the work calendar, objections, and accreditation when it ends. */
class NoticeServiceTest extends AccreditationTest {

    @Autowired
    ApplicationService applications;

    @Autowired
    WorkCalendarService calendar;

    @Autowired
    DecisionService decisions;

    @Autowired
    NoticeService notices;

    @Autowired
    SiteRegistryService registry;

    @Autowired
    AccreditationJobs jobs;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @Test
    void theNoticeSkipsTheWorkCalendarsHolidays() {
        long id = accr.scoredByThreeReviewers(round);
        // the next three weekdays become holidays
        List<LocalDate> holidays = accr.today().datesUntil(accr.today().plusDays(14))
                .filter(WorkingDays.WEEKDAYS::isWorkingDay).limit(3).toList();
        holidays.forEach(day -> calendar.addCalendarDay(new CalendarDayForm(day, CalendarDayKind.HOLIDAY, "测试假日")));
        accr.sql("UPDATE accr_round SET quota = 50 WHERE id = ?", round);
        decisions.approve(id, accr.version(id), "综合得分位于名额之内");
        notices.publishNotice(id, accr.version(id));
        ApplicationDetail detail = applications.application(id);
        WorkingDays expected = WorkingDays.with(holidays, List.of());
        assertThat(detail.noticeFrom()).isEqualTo(expected.firstWorkingDayFrom(accr.today()))
                .isAfter(holidays.getLast());
        assertThat(detail.row().noticeTo()).isEqualTo(expected.lastDay(detail.noticeFrom(), 5));
    }

    @Test
    void approvalPublishesAFiveWorkingDayNoticeAndTheJobAccreditsAfterwards() {
        long id = accr.scoredByThreeReviewers(round);
        assertThatThrownBy(() -> decisions.approve(id, accr.version(id), " "))
                .hasFieldOrPropertyWithValue("field", "reason");
        assertThatThrownBy(() -> notices.publishNotice(id, accr.version(id)))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.illegalStep");
        accr.sql("UPDATE accr_round SET quota = 50 WHERE id = ?", round);
        decisions.approve(id, accr.version(id), "综合得分位于名额之内");
        notices.publishNotice(id, accr.version(id));
        ApplicationDetail detail = applications.application(id);
        assertThat(detail.row().state()).isEqualTo(AppState.IN_NOTICE);
        LocalDate from = detail.noticeFrom();
        LocalDate to = detail.row().noticeTo();
        assertThat(List.of(from, to)).isEqualTo(notices.noticePeriod(accr.today()));
        assertThat(to).isEqualTo(WorkingDays.WEEKDAYS.lastDay(from, 5));
        long objection = notices.recordObjection(id, "小区居民", "反映停车收费不透明");
        // the job leaves a notice with an open objection alone
        notices.closeEndedNotices(to.plusDays(1));
        assertThat(accr.state(id)).isEqualTo(AppState.IN_NOTICE);
        notices.resolveObjection(objection, 0, false, "经核实，收费已按规定公示");
        notices.closeEndedNotices(to); // not ended yet on its last day
        assertThat(accr.state(id)).isEqualTo(AppState.IN_NOTICE);
        assertThat(jobs.runIfLeased(to.plusDays(1))).isTrue();
        assertThat(accr.state(id)).isEqualTo(AppState.ACCREDITED);
        em.flush();
        Map<String, Object> site = jdbc.queryForMap("SELECT * FROM accr_site WHERE application_id = ?", id);
        assertThat(site.get("certificate_no").toString()).startsWith("CS-");
        LocalDate validFrom = ((java.sql.Date) site.get("valid_from")).toLocalDate();
        assertThat(validFrom).isEqualTo(to.plusDays(1));
        assertThat(((java.sql.Date) site.get("valid_to")).toLocalDate()).isEqualTo(validFrom.plusYears(3).minusDays(1));
        notices.closeEndedNotices(to.plusDays(2)); // idempotent
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM accr_site WHERE application_id = ?", Long.class, id)).isOne();
        assertThat(registry.currentSites(Level.CITY, null)).extracting(SiteRow::applicationId).contains(id);
        long siteId = ((Number) site.get("id")).longValue();
        assertThatThrownBy(() -> registry.revoke(siteId, 0, ""))
                .hasFieldOrPropertyWithValue("field", "reason");
        registry.revoke(siteId, 0, "复核发现数据失实");
        assertThat(accr.state(id)).isEqualTo(AppState.REVOKED);
        assertThat(applications.timeline(id)).extracting(TimelineEntry::step).containsSubsequence(Step.NOMINATE, Step.SUBMIT,
                Step.START_REVIEW, Step.COMPLETE_SCORING, Step.APPROVE, Step.PUBLISH_NOTICE, Step.ACCREDIT, Step.REVOKE);
    }

    @Test
    void anUpheldObjectionRejectsAndObjectionsAreRefusedOutsideTheNotice() {
        long inNotice = jdbc.queryForObject("SELECT id FROM accr_application WHERE state = 'IN_NOTICE' LIMIT 1", Long.class);
        login.as("admin");
        long objection = notices.recordObjection(inNotice, "业主代表", "小区存在未化解的重大纠纷");
        notices.resolveObjection(objection, 0, true, "经核实异议成立");
        assertThat(accr.state(inNotice)).isEqualTo(AppState.REJECTED_AFTER_OBJECTION);
        assertThatThrownBy(() -> notices.recordObjection(inNotice, "x", "y"))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.noticeNotRunning");
        assertThatThrownBy(() -> notices.resolveObjection(objection, 1, false, "y"))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.objectionResolved");
    }
}
