package cn.haitang.console.accreditation;

import cn.haitang.console.support.TestData;
import cn.haitang.console.support.TestLogin;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Accreditation's own test-data builder on top of {@link TestData}: a round of its own open today, places
 * of their own to nominate, and the steps that bring an application to review and scoring, each taken
 * through the services as the role that takes it. Tests that use it are {@code @Transactional}.
 */
@Component
class AccreditationTestData {

    private final TestData data;
    private final TestLogin login;
    private final RoundService rounds;
    private final ApplicationService applications;
    private final ReviewService reviews;
    private final ScoringService scoring;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    @PersistenceContext
    private EntityManager em;

    AccreditationTestData(TestData data, TestLogin login, RoundService rounds, ApplicationService applications,
                          ReviewService reviews, ScoringService scoring, JdbcTemplate jdbc, Clock clock) {
        this.data = data;
        this.login = login;
        this.rounds = rounds;
        this.applications = applications;
        this.reviews = reviews;
        this.scoring = scoring;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A city round of its own, open today, with a rubric of its own (four criteria, 100 in all). */
    long round(int quota) {
        return data.asAdmin(() -> {
            long rubric = rounds.saveRubric(null, 0, TestData.unique("测试细则"), List.of(
                    new CriterionForm("组织覆盖", 20, "支部组建"), new CriterionForm("四方协同", 25, "议事机制"),
                    new CriterionForm("服务成效", 30, "纠纷化解"), new CriterionForm("居民满意", 25, "满意度")));
            return rounds.saveRound(null, 0, new RoundForm(Level.CITY, today().getYear(), TestData.unique("测试批次"),
                    today().minusDays(1), today().plusDays(30), today().plusDays(45), quota, rubric,
                    BigDecimal.valueOf(80), BigDecimal.valueOf(80), BigDecimal.valueOf(15)));
        });
    }

    /** A compound of its own in the town/street with this code. */
    long compound(String townCode) {
        return data.place(townCode).compoundId();
    }

    long user(String username) {
        return jdbc.queryForObject("SELECT id FROM user_account WHERE username = ?", Long.class, username);
    }

    /** Flushes pending JPA changes, runs the SQL, and forgets cached entities so the services see it. */
    void sql(String statement, Object... args) {
        em.flush();
        jdbc.update(statement, args);
        em.clear();
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

    /** A submitted application of the compound in the round, accepted for review by the admin (logged in after). */
    long submittedAndAccepted(long round, long compoundId) {
        login.as("admin");
        long id = applications.nominate(round, compoundId, "党支部牵头四方协同", "满意度 95%");
        Eligibility e = applications.submit(id, version(id));
        if (!e.passed()) {
            applications.acceptDespiteFailures(id, version(id), "经评审委员会研究同意受理");
        }
        return id;
    }

    /** {@link #submittedAndAccepted}, the reviewers assigned and the review started. */
    long underReview(long round, long compoundId, String... reviewers) {
        long id = submittedAndAccepted(round, compoundId);
        for (String r : reviewers) {
            this.reviews.assignReviewer(id, user(r), today().plusDays(10));
        }
        this.reviews.startReview(id, version(id));
        return id;
    }

    /** The reviewer scores every criterion about {@code each}/25 of its maximum, with comments; submits when asked. */
    void score(String reviewer, long appId, int each, boolean submit) {
        login.as(reviewer);
        long a = assignment(appId, reviewer);
        ScoringSheet sheet = scoring.scoringSheet(a);
        List<ScoreInput> inputs = sheet.lines().stream()
                .map(l -> new ScoreInput(l.criterionId(), Math.min(each * l.maxScore() / 25, l.maxScore()), "材料翔实"))
                .toList();
        scoring.saveScores(a, sheet.version(), inputs, "总体良好", submit);
    }

    /** An application of a compound of its own in 虞山街道, scored 23 by reviewer2, 4 and 5; the admin logged in. */
    long scoredByThreeReviewers(long round) {
        long id = underReview(round, compound("yushan"), "reviewer2", "reviewer4", "reviewer5");
        score("reviewer2", id, 23, true);
        score("reviewer5", id, 23, true);
        score("reviewer4", id, 23, true);
        login.as("admin");
        return id;
    }
}
