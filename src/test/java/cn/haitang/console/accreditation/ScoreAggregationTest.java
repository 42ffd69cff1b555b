package cn.haitang.console.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreAggregationTest {

    private static final BigDecimal THRESHOLD = new BigDecimal("15");

    private static List<BigDecimal> scores(double... values) {
        return Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void threeOrFourScoresGiveTheMean() {
        ScoreAggregation.Aggregate a = ScoreAggregation.of(scores(80, 85, 90), THRESHOLD);
        assertThat(a.result()).isEqualByComparingTo("85.00");
        assertThat(a.trimmed()).isFalse();
        assertThat(a.spread()).isEqualByComparingTo("10");
        assertThat(a.flagged()).isFalse();
        assertThat(ScoreAggregation.of(scores(80, 81, 82, 90), THRESHOLD).result()).isEqualByComparingTo("83.25");
    }

    @Test
    void fiveOrMoreScoresDropOneHighestAndOneLowest() {
        ScoreAggregation.Aggregate a = ScoreAggregation.of(scores(60, 80, 82, 84, 99), new BigDecimal("50"));
        assertThat(a.trimmed()).isTrue();
        assertThat(a.result()).isEqualByComparingTo("82.00");
        assertThat(a.spread()).isEqualByComparingTo("39");
    }

    @Test
    void aSpreadAboveTheThresholdFlagsForDiscussionButEqualDoesNot() {
        assertThat(ScoreAggregation.of(scores(70, 86, 80), THRESHOLD).flagged()).isTrue();
        assertThat(ScoreAggregation.of(scores(70, 85, 80), THRESHOLD).flagged()).isFalse();
    }

    @Test
    void theMeanIsRoundedToTwoDecimals() {
        assertThat(ScoreAggregation.of(scores(80, 80, 81), THRESHOLD).result()).isEqualByComparingTo("80.33");
        assertThatThrownBy(() -> ScoreAggregation.of(List.of(), THRESHOLD)).isInstanceOf(IllegalArgumentException.class);
    }
}
