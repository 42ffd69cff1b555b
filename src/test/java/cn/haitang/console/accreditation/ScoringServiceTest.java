package cn.haitang.console.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.RuleViolationException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Scoring: hidden until all are in, the mean or trimmed mean, final once submitted, recusal. */
class ScoringServiceTest extends AccreditationTest {

    @Autowired
    ApplicationService applications;

    @Autowired
    ReviewService reviews;

    @Autowired
    ScoringService scoring;

    @Test
    void scoresStayHiddenUntilAllAreInThenTheMeanIsComputed() {
        long id = accr.underReview(round, accr.compound("yushan"), "reviewer2", "reviewer4", "reviewer5");
        accr.score("reviewer2", id, 20, true);
        accr.score("reviewer5", id, 22, false);
        login.as("reviewer5");
        Reviews seenBy5 = reviews.reviews(id);
        assertThat(seenBy5.scoresVisible()).isFalse();
        assertThat(seenBy5.rows()).filteredOn(r -> r.reviewerName().contains("二")).extracting(ReviewRow::total).containsOnlyNulls();
        assertThat(seenBy5.rows()).filteredOn(r -> r.reviewerName().contains("五")).extracting(ReviewRow::total).doesNotContainNull();
        login.as("admin");
        assertThat(reviews.reviews(id).rows()).extracting(ReviewRow::total).containsOnlyNulls();
        accr.score("reviewer5", id, 22, true);
        accr.score("reviewer4", id, 24, true);
        assertThat(accr.state(id)).isEqualTo(AppState.SCORED);
        login.as("admin");
        Reviews all = reviews.reviews(id);
        assertThat(all.scoresVisible()).isTrue();
        assertThat(all.rows()).extracting(ReviewRow::total).doesNotContainNull();
        ApplicationDetail detail = applications.application(id);
        BigDecimal expected = all.rows().stream().map(ReviewRow::total).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.HALF_UP);
        assertThat(detail.row().result()).isEqualByComparingTo(expected);
        assertThat(detail.trimmed()).isFalse();
    }

    @Test
    void fiveReviewersGiveATrimmedMeanAndAWideSpreadIsFlagged() {
        long id = accr.underReview(round, accr.compound("guli"), "reviewer1", "reviewer2", "reviewer3", "reviewer4", "reviewer5");
        accr.score("reviewer1", id, 10, true);
        accr.score("reviewer2", id, 20, true);
        accr.score("reviewer3", id, 21, true);
        accr.score("reviewer4", id, 22, true);
        accr.score("reviewer5", id, 25, true);
        login.as("admin");
        ApplicationDetail detail = applications.application(id);
        assertThat(detail.trimmed()).isTrue();
        assertThat(detail.row().flagged()).isTrue();
        List<BigDecimal> totals = reviews.reviews(id).rows().stream().map(ReviewRow::total).sorted().toList();
        BigDecimal trimmedMean = totals.subList(1, 4).stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.HALF_UP);
        assertThat(detail.row().result()).isEqualByComparingTo(trimmedMean);
    }

    @Test
    void aSubmittedScoreIsFinalUntilTheAdminReopensItAndRangesAndCommentsAreChecked() {
        long id = accr.underReview(round, accr.compound("yushan"), "reviewer2", "reviewer4", "reviewer5");
        login.as("reviewer2");
        long a = accr.assignment(id, "reviewer2");
        ScoringSheet sheet = scoring.scoringSheet(a);
        ScoreLine first = sheet.lines().getFirst();
        List<ScoreInput> tooHigh = List.of(new ScoreInput(first.criterionId(), first.maxScore() + 1, "x"));
        assertThatThrownBy(() -> scoring.saveScores(a, sheet.version(), tooHigh, null, false))
                .hasFieldOrPropertyWithValue("field", "score-" + first.criterionId())
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.score.range");
        List<ScoreInput> noComment = sheet.lines().stream().map(l -> new ScoreInput(l.criterionId(), 1, "")).toList();
        assertThatThrownBy(() -> scoring.saveScores(a, sheet.version(), noComment, null, true))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.score.comment");
        List<ScoreInput> missing = List.of(new ScoreInput(first.criterionId(), 1, "ok"));
        assertThatThrownBy(() -> scoring.saveScores(a, sheet.version(), missing, null, true))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.score.missing");
        scoring.saveScores(a, sheet.version(), missing, null, false); // a draft may be partial
        accr.score("reviewer2", id, 20, true);
        login.as("reviewer2");
        assertThatThrownBy(() -> scoring.saveScores(a, accr.assignmentVersion(a), missing, null, false))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.scoreFinal");
        accr.score("reviewer5", id, 20, true);
        accr.score("reviewer4", id, 20, true);
        assertThat(accr.state(id)).isEqualTo(AppState.SCORED);
        login.as("admin");
        reviews.reopenScore(a, "评分口径需统一");
        assertThat(accr.state(id)).isEqualTo(AppState.UNDER_REVIEW);
        assertThat(applications.application(id).row().result()).isNull();
        assertThat(applications.timeline(id)).extracting(TimelineEntry::step).contains(Step.REOPEN_SCORE);
        accr.score("reviewer2", id, 21, true);
        assertThat(accr.state(id)).isEqualTo(AppState.SCORED);
    }

    @Test
    void aReviewerCanRecuseAndIsThenOutOfTheCount() {
        long id = accr.underReview(round, accr.compound("guli"), "reviewer1", "reviewer2", "reviewer4", "reviewer5");
        login.as("reviewer5");
        long a = accr.assignment(id, "reviewer5");
        assertThatThrownBy(() -> scoring.recuse(a, accr.assignmentVersion(a), ""))
                .hasFieldOrPropertyWithValue("field", "reason");
        scoring.recuse(a, accr.assignmentVersion(a), "本人曾参与该小区物业服务咨询");
        assertThatThrownBy(() -> applications.application(id)).isInstanceOf(RuleViolationException.class);
        accr.score("reviewer1", id, 20, true);
        accr.score("reviewer2", id, 20, true);
        accr.score("reviewer4", id, 20, true);
        assertThat(accr.state(id)).isEqualTo(AppState.SCORED);
        login.as("admin");
        assertThat(reviews.reviewerOptions(id)).filteredOn(o -> o.username().equals("reviewer5"))
                .singleElement().extracting(o -> o.conflicts().getFirst().kind()).isEqualTo(Conflict.Kind.RECUSED);
    }
}
