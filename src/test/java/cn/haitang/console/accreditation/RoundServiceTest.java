package cn.haitang.console.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Rubrics that sum to 100 and freeze once used; rounds checked at their fields. */
class RoundServiceTest extends AccreditationTest {

    @Autowired
    RoundService rounds;

    @Test
    void rubricsMustSumToOneHundredAndAUsedRubricIsFrozen() {
        login.as("admin");
        List<CriterionForm> ninety = List.of(new CriterionForm("组织覆盖", 40, ""), new CriterionForm("服务成效", 50, ""));
        assertThatThrownBy(() -> rounds.saveRubric(null, 0, "测试细则", ninety))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.rubric.total");
        List<CriterionForm> dup = List.of(new CriterionForm("A", 50, ""), new CriterionForm("A", 50, ""));
        assertThatThrownBy(() -> rounds.saveRubric(null, 0, "测试细则", dup))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.criterion.duplicate");
        long id = rounds.saveRubric(null, 0, "测试细则", List.of(new CriterionForm("A", 60, "g"), new CriterionForm("B", 40, "")));
        RubricDetail rubric = rounds.rubric(id);
        assertThat(rubric.used()).isFalse();
        assertThat(rubric.criteria()).extracting(CriterionRow::maxScore).containsExactly(60, 40);
        rounds.saveRubric(id, rubric.version(), "测试细则", List.of(new CriterionForm("A", 100, "")));
        assertThat(rounds.rubric(id).criteria()).hasSize(1);
        long used = jdbc.queryForObject("SELECT rubric_id FROM accr_round LIMIT 1", Long.class);
        RubricDetail frozen = rounds.rubric(used);
        assertThat(frozen.used()).isTrue();
        assertThatThrownBy(() -> rounds.saveRubric(used, frozen.version(), frozen.name(), List.of(new CriterionForm("A", 100, ""))))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.rubric.used");
    }

    @Test
    void roundsAreValidated() {
        login.as("admin");
        long rubric = jdbc.queryForObject("SELECT rubric_id FROM accr_round LIMIT 1", Long.class);
        LocalDate d = LocalDate.of(2027, 3, 1);
        RoundForm badWindow = new RoundForm(Level.SUZHOU, 2027, "2027年度苏州级推荐", d, d.minusDays(1), d.plusDays(30), 5,
                rubric, BigDecimal.valueOf(90), BigDecimal.valueOf(90), BigDecimal.TEN);
        assertThatThrownBy(() -> rounds.saveRound(null, 0, badWindow)).hasFieldOrPropertyWithValue("field", "closesOn");
        RoundForm badPercent = new RoundForm(Level.SUZHOU, 2027, "2027年度苏州级推荐", d, d.plusDays(10), d.plusDays(30), 5,
                rubric, BigDecimal.valueOf(120), BigDecimal.valueOf(90), BigDecimal.TEN);
        assertThatThrownBy(() -> rounds.saveRound(null, 0, badPercent)).hasFieldOrPropertyWithValue("field", "minSatisfaction");
        RoundForm ok = new RoundForm(Level.SUZHOU, 2027, "2027年度苏州级推荐", d, d.plusDays(10), d.plusDays(30), 5,
                rubric, BigDecimal.valueOf(90), BigDecimal.valueOf(90), BigDecimal.TEN);
        long id = rounds.saveRound(null, 0, ok);
        assertThat(rounds.rounds()).extracting(RoundRow::id).contains(id);
        assertThatThrownBy(() -> rounds.saveRound(null, 0, ok)).hasFieldOrPropertyWithValue("field", "title");
    }
}
