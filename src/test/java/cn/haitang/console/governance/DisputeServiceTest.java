package cn.haitang.console.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.support.TestData.Place;
import cn.haitang.console.base.FieldChecks;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

/** Property disputes and their fast-track handling. */
class DisputeServiceTest extends GovernanceTestBase {

    DisputeRow dispute(long id) {
        return disputes.disputes(new DisputeFilter(null, null, null, gapCompound), PageRequest.of(0, 100)).stream()
                .filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    @Test
    void aFastTrackedDisputeIsMediatedThenClosedAndCountsItsDays() {
        LocalDate filed = TODAY.minusDays(12);
        long id = disputes.fileDispute(gapCompound, new DisputeForm("停车位收费纠纷", DisputeSeverity.SERIOUS, true, filed));
        assertThat(governance.hasOpenSeriousDispute(gapCompound)).isTrue();
        assertThat(governance.compoundsWithOpenSeriousDispute(null)).contains(gapCompound);
        refused(() -> disputes.advanceDispute(id, 0, DisputeState.CLOSED, TODAY, null), "state",
                "gov.dispute.error.from.FILED");
        refused(() -> disputes.advanceDispute(id, 0, DisputeState.MEDIATED, TODAY, ""), "outcome",
                "gov.dispute.error.outcomeRequired");
        refused(() -> disputes.advanceDispute(id, 0, DisputeState.MEDIATED, filed.minusDays(1), "调解成功"), "on",
                "gov.dispute.error.dateOrder");
        disputes.advanceDispute(id, 0, DisputeState.MEDIATED, TODAY.minusDays(5), "调解成功");
        refused(() -> disputes.advanceDispute(id, 1, DisputeState.FILED, TODAY, null), "state",
                "gov.dispute.error.from.MEDIATED");
        disputes.advanceDispute(id, 1, DisputeState.CLOSED, TODAY, null);
        DisputeRow closed = dispute(id);
        assertThat(closed.state()).isEqualTo(DisputeState.CLOSED);
        assertThat(closed.daysToClose()).isEqualTo(12);
        assertThat(closed.outcome()).isEqualTo("调解成功");
        assertThat(governance.hasOpenSeriousDispute(gapCompound)).isFalse();
        for (DisputeState any : DisputeState.values()) {
            refused(() -> disputes.advanceDispute(id, 2, any, TODAY, "x"), "state", "gov.dispute.error.from.CLOSED");
        }
    }

    @Test
    void anAdjudicatedDisputeCanOnlyBeClosedAndAFailedMediationMayGoToAdjudication() {
        long a = disputes.fileDispute(gapCompound, new DisputeForm("物业费收费标准争议", DisputeSeverity.MINOR, false,
                TODAY.minusDays(30)));
        disputes.advanceDispute(a, 0, DisputeState.ADJUDICATED, TODAY.minusDays(10), "速裁庭当庭判决");
        refused(() -> disputes.advanceDispute(a, 1, DisputeState.MEDIATED, TODAY, "x"), "state",
                "gov.dispute.error.from.ADJUDICATED");
        refused(() -> disputes.advanceDispute(a, 1, DisputeState.CLOSED, TODAY.minusDays(11), null), "on",
                "gov.dispute.error.dateOrder");
        assertThatThrownBy(() -> disputes.advanceDispute(a, 0, DisputeState.CLOSED, TODAY, null))
                .isInstanceOf(StaleEditException.class);
        disputes.advanceDispute(a, 1, DisputeState.CLOSED, TODAY, null);
        assertThat(dispute(a).daysToClose()).isEqualTo(30);

        long b = disputes.fileDispute(gapCompound, new DisputeForm("电梯维修资金使用纠纷", DisputeSeverity.MINOR, true,
                TODAY.minusDays(3)));
        disputes.advanceDispute(b, 0, DisputeState.MEDIATED, TODAY.minusDays(2), "调解未果");
        disputes.advanceDispute(b, 1, DisputeState.ADJUDICATED, TODAY, "法院裁定");
        assertThat(dispute(b).state()).isEqualTo(DisputeState.ADJUDICATED);
    }

    @Test
    void disputesAreValidatedWhenFiled() {
        refused(() -> disputes.fileDispute(gapCompound, new DisputeForm("", DisputeSeverity.MINOR, false, TODAY)), "title",
                "validation.required");
        refused(() -> disputes.fileDispute(gapCompound, new DisputeForm("x", null, false, TODAY)), "severity",
                "validation.required");
        refused(() -> disputes.fileDispute(gapCompound, new DisputeForm("x", DisputeSeverity.MINOR, false,
                TODAY.plusDays(2))), "filedOn", "gov.error.future");
    }


    @Test
    void disputeDatesLieBetweenTheCampaignsFirstRecordsAndToday() {
        Place place = data.compound("yushan");
        refused(() -> disputes.fileDispute(place.compoundId(), new DisputeForm("物业费收费标准争议", DisputeSeverity.MINOR,
                false, FieldChecks.EARLIEST_RECORD.minusDays(1))), "filedOn", "form.dateRange");
        long id = data.dispute(place, FieldChecks.EARLIEST_RECORD);
        refused(() -> disputes.advanceDispute(id, 0, DisputeState.MEDIATED, TODAY.plusDays(1), "调解成功"), "on",
                "gov.error.future");
        disputes.advanceDispute(id, 0, DisputeState.MEDIATED, FieldChecks.EARLIEST_RECORD, "调解成功");
        DisputeFilter ofCommunity = new DisputeFilter(null, null, null, null, place.communityId());
        assertThat(disputes.disputes(ofCommunity, PageRequest.of(0, 10))).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(id);
            assertThat(d.state()).isEqualTo(DisputeState.MEDIATED);
        });
    }
}
