package cn.haitang.console.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class EligibilityRulesTest {

    /** Hand-made facts about compound 1. */
    record Facts(boolean entity, boolean committee, @Nullable BigDecimal satisfaction, @Nullable BigDecimal fees,
                 boolean dispute) implements CompoundFacts {

        static Facts good() {
            return new Facts(true, true, new BigDecimal("93.5"), new BigDecimal("95"), false);
        }

        @Override
        public boolean hasEntityBranch(long compoundId) {
            return entity;
        }

        @Override
        public boolean hasCommittee(long compoundId) {
            return committee;
        }

        @Override
        public Optional<BigDecimal> latestSatisfactionRate(long compoundId) {
            return Optional.ofNullable(satisfaction);
        }

        @Override
        public Optional<BigDecimal> latestFeeCollectionRate(long compoundId) {
            return Optional.ofNullable(fees);
        }

        @Override
        public boolean hasOpenSeriousDispute(long compoundId) {
            return dispute;
        }

        @Override
        public Set<Long> institutionsPairedWithCommunity(long communityId) {
            return Set.of();
        }

        @Override
        public Optional<String> institutionName(long institutionId) {
            return Optional.empty();
        }

        @Override
        public java.util.Map<Long, String> institutionNames() {
            return java.util.Map.of();
        }
    }

    private static final BigDecimal NINETY = BigDecimal.valueOf(90);

    private static Eligibility check(CompoundFacts facts, Level level, boolean holds) {
        return EligibilityRules.check(1, facts, level, NINETY, NINETY, holds);
    }

    @Test
    void aCompoundMeetingEveryRulePassesAtCityLevel() {
        Eligibility e = check(Facts.good(), Level.CITY, false);
        assertThat(e.passed()).isTrue();
        assertThat(e.results()).extracting(Eligibility.Result::check).doesNotContain(EligibilityCheck.LOWER_LEVEL);
        assertThat(e.results()).filteredOn(r -> r.check() == EligibilityCheck.SATISFACTION)
                .extracting(Eligibility.Result::value).containsExactly("93.5");
    }

    @Test
    void eachFailedRuleIsListed() {
        assertThat(check(new Facts(false, true, NINETY, NINETY, false), Level.CITY, true).failures())
                .containsExactly(EligibilityCheck.ENTITY_BRANCH);
        assertThat(check(new Facts(true, false, NINETY, NINETY, false), Level.CITY, true).failures())
                .containsExactly(EligibilityCheck.COMMITTEE);
        assertThat(check(new Facts(true, true, new BigDecimal("89.99"), NINETY, false), Level.CITY, true).failures())
                .containsExactly(EligibilityCheck.SATISFACTION);
        assertThat(check(new Facts(true, true, NINETY, new BigDecimal("80"), false), Level.CITY, true).failures())
                .containsExactly(EligibilityCheck.FEE_COLLECTION);
        assertThat(check(new Facts(true, true, NINETY, NINETY, true), Level.CITY, true).failures())
                .containsExactly(EligibilityCheck.NO_SERIOUS_DISPUTE);
        assertThat(check(new Facts(false, false, null, null, true), Level.CITY, true).failures()).hasSize(5);
    }

    @Test
    void exactlyTheThresholdPassesAndAMissingFigureFails() {
        assertThat(check(new Facts(true, true, NINETY, NINETY, false), Level.CITY, false).passed()).isTrue();
        Eligibility missing = check(new Facts(true, true, null, NINETY, false), Level.CITY, false);
        assertThat(missing.failures()).containsExactly(EligibilityCheck.SATISFACTION);
    }

    @Test
    void higherLevelsRequireTheLevelBelow() {
        assertThat(check(Facts.good(), Level.SUZHOU, false).failures()).containsExactly(EligibilityCheck.LOWER_LEVEL);
        assertThat(check(Facts.good(), Level.SUZHOU, true).passed()).isTrue();
        assertThat(check(Facts.good(), Level.PROVINCIAL, false).failures()).containsExactly(EligibilityCheck.LOWER_LEVEL);
        assertThat(Level.PROVINCIAL.prerequisite()).isEqualTo(Level.SUZHOU);
        assertThat(Level.SUZHOU.prerequisite()).isEqualTo(Level.CITY);
        assertThat(Level.CITY.prerequisite()).isNull();
    }

    @Test
    void theStoredFormRoundTrips() {
        Eligibility e = check(new Facts(true, false, new BigDecimal("91.25"), null, false), Level.SUZHOU, true);
        Eligibility back = Eligibility.decode(e.encode());
        assertThat(back).isEqualTo(e);
        assertThat(Eligibility.decode(null)).isNull();
    }
}
