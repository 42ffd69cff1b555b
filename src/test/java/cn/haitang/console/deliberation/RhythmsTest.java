package cn.haitang.console.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 逢五说事 meets on the 5th, 15th and 25th: proposals across month ends. */
class RhythmsTest {

    @Test
    void fengwuProposesTheFifthFifteenthAndTwentyFifth() {
        assertThat(Rhythms.next(Rhythm.FENGWU, LocalDate.of(2026, 12, 6), 4)).containsExactly(LocalDate.of(2026, 12, 15),
                LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 15));
        assertThat(Rhythms.nextFengwu(LocalDate.of(2026, 12, 5))).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    void aSessionJustHeldIsDatedTheLatestFengwuDay() {
        assertThat(Rhythms.proposedFor(Rhythm.FENGWU, LocalDate.of(2026, 12, 4))).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(Rhythms.proposedFor(Rhythm.FENGWU, LocalDate.of(2026, 12, 15))).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(Rhythms.proposedFor(Rhythm.WEEKLY, LocalDate.of(2026, 12, 4))).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(Rhythms.next(Rhythm.AS_NEEDED, LocalDate.of(2026, 12, 4), 3)).isEmpty();
    }
}
