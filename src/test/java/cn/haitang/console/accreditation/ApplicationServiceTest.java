package cn.haitang.console.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Nomination, drafts, submission with eligibility from live data, and the admin's checks, each as the role that takes it. */
class ApplicationServiceTest extends AccreditationTest {

    @Autowired
    ApplicationService applications;

    @Autowired
    SiteRegistryService registry;

    @Autowired
    ReviewService reviews;

    @Autowired
    RoundService rounds;

    @Autowired
    CompoundFacts facts;

    @Test
    void yushanNominatesAndSubmitsWithEligibilityRecordedFromLiveData() {
        login.as("yushan");
        long id = applications.nominate(round, accr.compound("yushan"), "小区党支部牵头建立四方协同机制", "满意度 93%");
        assertThat(accr.state(id)).isEqualTo(AppState.DRAFT);
        applications.saveDraft(id, accr.version(id), "修改后的申报材料", "满意度 94%");
        Eligibility eligibility = applications.submit(id, accr.version(id));
        ApplicationDetail detail = applications.application(id);
        assertThat(detail.row().state()).isEqualTo(AppState.SUBMITTED);
        assertThat(detail.statement()).isEqualTo("修改后的申报材料");
        assertThat(detail.eligibility()).isEqualTo(eligibility);
        assertThat(detail.eligibilityCheckedAt()).isNotNull();
        assertThat(applications.timeline(id)).extracting(TimelineEntry::step).containsExactly(Step.NOMINATE, Step.SUBMIT);
        assertThat(applications.timeline(id).getFirst().username()).isEqualTo("yushan");
        assertThatThrownBy(() -> applications.saveDraft(id, accr.version(id), "x", "y"))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.notEditable");
    }

    @Test
    void theSameCompoundCannotApplyTwiceInARoundAndStaleEditsAreRefused() {
        long compound = accr.compound("yushan");
        login.as("yushan");
        long id = applications.nominate(round, compound, "a", "b");
        assertThatThrownBy(() -> applications.nominate(round, compound, "a", "b"))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.duplicate");
        assertThatThrownBy(() -> applications.saveDraft(id, accr.version(id) + 1, "a", "b"))
                .hasFieldOrPropertyWithValue("messageKey", "error.stale");
    }

    @Test
    void nothingEntersARoundOutsideItsWindow() {
        login.as("yushan");
        long closed = jdbc.queryForObject("SELECT id FROM accr_round WHERE closes_on < CURDATE() LIMIT 1", Long.class);
        assertThatThrownBy(() -> applications.nominate(closed, accr.compound("yushan"), "a", "b"))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.windowClosed");
        long id = applications.nominate(round, accr.compound("yushan"), "a", "b");
        accr.sql("UPDATE accr_round SET opens_on = '2020-01-01', closes_on = '2020-02-01', review_deadline = '2020-03-01'"
                + " WHERE id = ?", round);
        assertThatThrownBy(() -> applications.submit(id, accr.version(id)))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.windowClosed");
    }

    @Test
    void sentBackReturnsAsADraftWithTheReasonAndCanBeSubmittedAgain() {
        long id = accr.submittedAndAccepted(round, accr.compound("yushan"));
        applications.sendBack(id, accr.version(id), "请补充物业费收缴率佐证材料");
        assertThat(accr.state(id)).isEqualTo(AppState.SENT_BACK);
        login.as("yushan");
        assertThat(applications.application(id).sendBackReason()).isEqualTo("请补充物业费收缴率佐证材料");
        applications.saveDraft(id, accr.version(id), "补充后的材料", "收缴率 92%");
        assertThat(accr.state(id)).isEqualTo(AppState.DRAFT);
        applications.submit(id, accr.version(id));
        assertThat(accr.state(id)).isEqualTo(AppState.SUBMITTED);
        assertThat(applications.timeline(id)).extracting(TimelineEntry::step)
                .containsSubsequence(Step.SUBMIT, Step.SEND_BACK, Step.REWORK, Step.SUBMIT);
    }

    @Test
    void sendingBackNeedsAReasonAndOnlyFromSubmitted() {
        login.as("admin");
        long id = applications.nominate(round, accr.compound("yushan"), "a", "b");
        assertThatThrownBy(() -> applications.sendBack(id, accr.version(id), "理由"))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.illegalStep");
        applications.submit(id, accr.version(id));
        assertThatThrownBy(() -> applications.sendBack(id, accr.version(id), "  "))
                .hasFieldOrPropertyWithValue("field", "reason");
    }

    @Test
    void aFailedEligibilityBlocksTheReviewUntilTheAdminRecordsAReason() {
        login.as("admin");
        long id = applications.nominate(round, accr.compound("yushan"), "a", "b");
        accr.sql("UPDATE accr_application SET state = 'DRAFT' WHERE id = ?", id);
        Eligibility e = applications.submit(id, accr.version(id));
        for (String r : List.of("reviewer2", "reviewer4", "reviewer5")) {
            reviews.assignReviewer(id, accr.user(r), LocalDate.now().plusDays(10));
        }
        if (!e.passed()) {
            assertThatThrownBy(() -> reviews.startReview(id, accr.version(id)))
                    .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.notEligible");
            assertThatThrownBy(() -> applications.acceptDespiteFailures(id, accr.version(id), ""))
                    .hasFieldOrPropertyWithValue("field", "reason");
            applications.acceptDespiteFailures(id, accr.version(id), "区域代表性强，研究同意受理");
            assertThat(applications.application(id).overrideReason()).isEqualTo("区域代表性强，研究同意受理");
        } else {
            assertThatThrownBy(() -> applications.acceptDespiteFailures(id, accr.version(id), "x"))
                    .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.nothingToOverride");
        }
        reviews.startReview(id, accr.version(id));
        assertThat(accr.state(id)).isEqualTo(AppState.UNDER_REVIEW);
    }

    @Test
    void suzhouLevelRequiresACurrentCityAccreditation() {
        login.as("admin");
        long rubric = jdbc.queryForObject("SELECT rubric_id FROM accr_round LIMIT 1", Long.class);
        LocalDate today = accr.today();
        long round = rounds.saveRound(null, 0, new RoundForm(Level.SUZHOU, today.getYear(), "测试苏州级批次", today.minusDays(1),
                today.plusDays(10), today.plusDays(20), 5, rubric, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.TEN));
        long cityHolder = jdbc.queryForObject("""
                SELECT compound_id FROM accr_site s WHERE level = 'CITY' AND state = 'CURRENT' AND NOT EXISTS
                (SELECT 1 FROM accr_site x WHERE x.compound_id = s.compound_id AND x.level = 'SUZHOU') LIMIT 1""", Long.class);
        long holder = applications.nominate(round, cityHolder, "a", "b");
        long other = applications.nominate(round, accr.compound("yushan"), "a", "b");
        assertThat(applications.submit(holder, accr.version(holder)).failures()).doesNotContain(EligibilityCheck.LOWER_LEVEL);
        assertThat(applications.submit(other, accr.version(other)).failures()).contains(EligibilityCheck.LOWER_LEVEL);
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
        long eligibleSites = registry.currentSites(Level.CITY, null).stream()
                .filter(s -> EligibilityRules.check(s.compoundId(), facts, Level.CITY, BigDecimal.valueOf(90),
                        BigDecimal.valueOf(90), true).passed()).count();
        assertThat(eligibleSites).as("demo sites are placed on compounds whose live figures pass").isPositive();
    }
}
