package cn.haitang.console.journey;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.accreditation.NoticeService;
import cn.haitang.console.support.BrowserJourney;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * yushan nominates 城市之光小区, admin assigns reviewers (the conflicted one is refused), three reviewers
 * score, admin approves and publishes, the notice ends (the job's method, run for the day after), and
 * the site is in the registry. Cleans up after itself: the shared demo figures stay 25/5/3.
 */
class AccreditationJourneyTest extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NoticeService notices;

    private Long applicationId;

    @Test
    void fromNominationToTheRegistry() throws Exception {
        // the coordinator nominates and submits
        login("yushan", "demo");
        waitForText("您好");
        open("accreditation/applications");
        waitForText("推荐申报");
        screenshot("accr-01-applications-coordinator");
        clickButton(List.of("推荐申报"));
        pickCombo("accr-nominate-compound", "城市之光小区");
        type(By.cssSelector("#accr-nominate-statement textarea"), "小区党支部牵头建立四方协同议事机制，居民满意度持续提升。");
        type(By.cssSelector("#accr-nominate-figures textarea"), "满意度 95%；物业费收缴率 93%");
        screenshot("accr-02-nomination-dialog");
        clickButton(List.of("创建申报草稿"));
        waitForText("申报材料与附件");
        applicationId = jdbc.queryForObject("""
                SELECT a.id FROM accr_application a JOIN compound c ON c.id = a.compound_id
                WHERE c.name = '城市之光小区' ORDER BY a.id DESC LIMIT 1""", Long.class);
        clickButton(List.of("提交申报"));
        waitForText("依据");
        screenshot("accr-03-eligibility");
        logout();

        // the admin accepts it, is refused reviewer1 (虞山), assigns three others and starts the review
        login("admin", "demo");
        waitForText("您好");
        open("accreditation/application/" + applicationId);
        tab("资格审查");
        if (bodyText().contains("项未通过")) {
            clickButton(List.of("破格受理"));
            type(By.cssSelector("#accr-reason textarea"), "区域代表性强，经研究同意受理");
            lastButton("破格受理").click();
            waitForText("破格受理理由");
        }
        tab("评审");
        pickCombo("accr-reviewer", "评审员一");
        clickButton(List.of("分配"));
        waitForText("须回避，不能分配");
        screenshot("accr-04-conflict-refused");
        for (String reviewer : List.of("评审员二", "评审员四", "评审员五")) {
            pickCombo("accr-reviewer", reviewer);
            clickButton(List.of("分配"));
            waitForText("已分配" + reviewer);
        }
        clickButton(List.of("启动评审"));
        waitForText("评审已启动");
        screenshot("accr-05-reviews-hidden");
        logout();

        // three reviewers score and submit
        int quality = 21;
        for (String reviewer : List.of("reviewer2", "reviewer4", "reviewer5")) {
            login(reviewer, "demo");
            waitForText("您好");
            open("accreditation/reviews");
            waitForText("城市之光小区");
            if (reviewer.equals("reviewer2")) {
                screenshot("accr-06-worklist");
            }
            long assignment = jdbc.queryForObject("""
                    SELECT s.id FROM accr_assignment s JOIN user_account u ON u.id = s.reviewer_id
                    WHERE s.application_id = ? AND u.username = ?""", Long.class, applicationId, reviewer);
            open("accreditation/scoring/" + assignment);
            waitForText("评分：城市之光小区");
            List<Long> criteria = jdbc.queryForList("""
                    SELECT c.id FROM accr_criterion c JOIN accr_round r ON r.rubric_id = c.rubric_id
                    JOIN accr_application a ON a.round_id = r.id WHERE a.id = ? ORDER BY c.sort_order""", Long.class, applicationId);
            List<Integer> maxima = jdbc.queryForList("""
                    SELECT c.max_score FROM accr_criterion c JOIN accr_round r ON r.rubric_id = c.rubric_id
                    JOIN accr_application a ON a.round_id = r.id WHERE a.id = ? ORDER BY c.sort_order""", Integer.class, applicationId);
            for (int i = 0; i < criteria.size(); i++) {
                type(By.cssSelector("#score-" + criteria.get(i) + " input"), String.valueOf(maxima.get(i) * quality / 25));
                type(By.cssSelector("#comment-" + criteria.get(i) + " input"), "做法扎实，成效明显");
            }
            if (reviewer.equals("reviewer2")) {
                screenshot("accr-07-scoring-form");
            }
            clickButton(List.of("提交评分"));
            lastButton("提交评分").click();
            waitForText("评分已提交，不能再修改");
            quality++;
            logout();
        }

        // the admin sees the result, approves and publishes the notice
        login("admin", "demo");
        waitForText("您好");
        open("accreditation/application/" + applicationId);
        tab("评审");
        waitForText("综合得分");
        screenshot("accr-08-reviews-visible");
        tab("决定与公示");
        clickButton(List.of("同意"));
        type(By.cssSelector("#accr-reason textarea"), "综合得分位于名额之内，同意");
        lastButton("同意").click();
        waitForText("发布公示（5个工作日）");
        clickButton(List.of("发布公示（5个工作日）"));
        waitForText("公示期");
        screenshot("accr-09-decision-notice");

        // the notice ends: the scheduled job's work for this application, run for the day after its last
        // day (only this one: the demo's own applications in notice must stay as they are)
        LocalDate noticeTo = jdbc.queryForObject("SELECT notice_to FROM accr_application WHERE id = ?", LocalDate.class,
                applicationId);
        assertThat(notices.closeEndedNotice(applicationId, noticeTo)).isFalse(); // not ended on its last day
        assertThat(notices.closeEndedNotice(applicationId, noticeTo.plusDays(1))).isTrue();
        assertThat(jdbc.queryForObject("SELECT state FROM accr_application WHERE id = ?", String.class, applicationId))
                .isEqualTo("ACCREDITED");

        open("accreditation/application/" + applicationId);
        tab("时间线");
        waitForText("公示期满命名");
        screenshot("accr-10-timeline");
        open("accreditation/sites");
        waitForText("城市之光小区");
        assertThat(bodyText()).contains("CS-" + noticeTo.plusDays(1).getYear());
        screenshot("accr-11-registry");
        open("accreditation/reminders");
        waitForText("即将到期需复审");
        screenshot("accr-12-reminders");
        open("accreditation/rounds");
        waitForText("评分细则");
        screenshot("accr-13-rounds");
        open("accreditation/applications");
        waitForText("城市之光小区");
        screenshot("accr-14-applications-admin");
    }

    private void tab(String label) {
        WebElement tab = waitUpTo(30).until(d -> d.findElements(By.tagName("vaadin-tab")).stream()
                .filter(t -> t.getText().trim().equals(label)).findFirst().orElse(null));
        tab.click();
    }

    private void type(By by, String text) {
        WebElement input = waitFor(by);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    private void pickCombo(String id, String text) {
        WebElement input = waitFor(By.cssSelector("#" + id + " input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        WebElement item = waitUpTo(30).until(d -> d.findElements(By.tagName("vaadin-combo-box-item")).stream()
                .filter(WebElement::isDisplayed).filter(i -> i.getText().startsWith(text)).findFirst().orElse(null));
        item.click();
    }

    /**
     * The button with the text in the dialog just opened over the page (which has a button with the same
     * text): waits until both are rendered, then takes the dialog's, which comes last.
     */
    private WebElement lastButton(String text) {
        return waitUpTo(30).until(d -> {
            List<WebElement> matching = d.findElements(By.tagName("vaadin-button")).stream()
                    .filter(WebElement::isDisplayed).filter(b -> b.getText().trim().equals(text)).toList();
            return matching.size() >= 2 ? matching.getLast() : null;
        });
    }

    @AfterEach
    void removeTheJourneysApplication() {
        if (applicationId == null) {
            return;
        }
        for (String table : List.of("accr_site", "accr_event", "accr_objection", "accr_attachment")) {
            jdbc.update("DELETE FROM " + table + " WHERE application_id = ?", applicationId);
        }
        jdbc.update("DELETE FROM accr_score WHERE assignment_id IN (SELECT id FROM accr_assignment WHERE application_id = ?)",
                applicationId);
        jdbc.update("DELETE FROM accr_assignment WHERE application_id = ?", applicationId);
        jdbc.update("DELETE FROM accr_application WHERE id = ?", applicationId);
    }
}
