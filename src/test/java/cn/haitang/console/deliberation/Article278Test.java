package cn.haitang.console.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Civil Code art. 278 at its exact bounds: 2/3 participation, 3/4 for items 6–8, more than half otherwise. */
class Article278Test {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Article278.Result decide(VoteItem item, String totalArea, long totalOwners, String area, long owners,
                                            String agreeArea, long agreeOwners) {
        return Article278.decide(item, new Article278.Tally(d(totalArea), totalOwners, d(area), owners, d(agreeArea),
                agreeOwners));
    }

    @Test
    void exactlyTwoThirdsOfAreaAndOwnersTakingPartIsEnough() {
        // 9,000 m² and 300 owners: 6,000 m² and 200 owners are exactly two thirds
        assertThat(decide(VoteItem.OTHER_MAJOR, "9000", 300, "6000", 200, "6000", 200).quorate()).isTrue();
    }

    @Test
    void oneSquareMetreOrOneOwnerFewerThanTwoThirdsIsNoQuorum() {
        Article278.Result area = decide(VoteItem.OTHER_MAJOR, "9000", 300, "5999.99", 200, "5999.99", 200);
        assertThat(area.areaTookPart()).isFalse();
        assertThat(area.ownersTookPart()).isTrue();
        assertThat(area.passed()).isFalse();
        Article278.Result owners = decide(VoteItem.OTHER_MAJOR, "9000", 300, "6000", 199, "6000", 199);
        assertThat(owners.ownersTookPart()).isFalse();
        assertThat(owners.passed()).isFalse();
    }

    @Test
    void twoThirdsOfAnAreaThatDoesNotDivideEvenlyIsComparedWithoutRounding() {
        // two thirds of 100.00 m² is 66.666…: 66.67 takes part, 66.66 does not
        assertThat(decide(VoteItem.OTHER_MAJOR, "100.00", 3, "66.67", 2, "66.67", 2).areaTookPart()).isTrue();
        assertThat(decide(VoteItem.OTHER_MAJOR, "100.00", 3, "66.66", 2, "66.66", 2).areaTookPart()).isFalse();
    }

    @Test
    void exactlyThreeQuartersPassesAFacilitiesAlterationAndOneFewerFails() {
        // participating: 8,000 m² and 240 owners; three quarters: 6,000 m² and 180 owners
        assertThat(decide(VoteItem.REBUILD_OR_ALTER, "9000", 300, "8000", 240, "6000", 180).passed()).isTrue();
        Article278.Result lessArea = decide(VoteItem.REBUILD_OR_ALTER, "9000", 300, "8000", 240, "5999", 180);
        assertThat(lessArea.areaAgreed()).isFalse();
        assertThat(lessArea.passed()).isFalse();
        Article278.Result fewerOwners = decide(VoteItem.REBUILD_OR_ALTER, "9000", 300, "8000", 240, "6000", 179);
        assertThat(fewerOwners.ownersAgreed()).isFalse();
        assertThat(fewerOwners.passed()).isFalse();
    }

    @Test
    void onlyItemsSixToEightNeedThreeQuarters() {
        for (VoteItem item : VoteItem.values()) {
            assertThat(item.needsThreeQuarters()).as(item.name()).isEqualTo(item.item() >= 6 && item.item() <= 8);
        }
        // 70 % agreeing passes an ordinary matter and fails raising maintenance funds or changing a common part's use
        assertThat(decide(VoteItem.PROPERTY_MANAGER, "1000", 100, "1000", 100, "700", 70).passed()).isTrue();
        assertThat(decide(VoteItem.RAISE_FUNDS, "1000", 100, "1000", 100, "700", 70).passed()).isFalse();
        assertThat(decide(VoteItem.COMMON_PARTS_USE, "1000", 100, "1000", 100, "700", 70).passed()).isFalse();
    }

    @Test
    void exactlyHalfIsNotMoreThanHalf() {
        assertThat(decide(VoteItem.COMMITTEE, "1000", 100, "1000", 100, "500", 51).areaAgreed()).isFalse();
        assertThat(decide(VoteItem.COMMITTEE, "1000", 100, "1000", 100, "501", 50).ownersAgreed()).isFalse();
        assertThat(decide(VoteItem.COMMITTEE, "1000", 100, "1000", 100, "500.01", 51).passed()).isTrue();
    }

    @Test
    void abstentionsCountAsParticipationButNotAsAgreement() {
        // 200 of 300 owners take part (quorum), 150 agree and 50 abstain: 150/200 is exactly three quarters
        Article278.Result r = decide(VoteItem.REBUILD_OR_ALTER, "18000", 300, "12000", 200, "9000", 150);
        assertThat(r.quorate()).isTrue();
        assertThat(r.passed()).isTrue();
    }

    @Test
    void nobodyTakingPartIsNeverAPass() {
        assertThat(decide(VoteItem.OTHER_MAJOR, "1000", 1, "0", 0, "0", 0).passed()).isFalse();
    }
}
