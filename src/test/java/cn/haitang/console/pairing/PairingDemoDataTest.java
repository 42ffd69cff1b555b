package cn.haitang.console.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.support.ServiceTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The article's figures, read back through the services the dashboard will call. */
class PairingDemoDataTest extends ServiceTest {

    @Autowired
    PairingService pairing;
    @Autowired
    ReportingService reporting;
    @Autowired
    MattersService matters;

    @Test
    void allEightyFiveInstitutionsArePairedAndTheReportAndMatterFiguresHold() {
        login.as("admin");
        PairingFigures city = pairing.figures(null);
        assertThat(city.institutions()).isEqualTo(85);
        assertThat(city.institutionsPaired()).isEqualTo(85);
        assertThat(city.members()).isGreaterThanOrEqualTo(17_000);
        assertThat(city.volunteers()).isGreaterThanOrEqualTo(24_000);
        assertThat(city.mattersResolved()).isGreaterThanOrEqualTo(1_300);
        assertThat(city.mattersOpen()).isPositive();
        assertThat(city.communitiesPaired()).isPositive().isLessThanOrEqualTo(city.communities());
        assertThat(city.serviceDaysDue()).isGreaterThanOrEqualTo(85);
        assertThat(city.medianDaysToClose()).isNotNull().isPositive();
        BoardFigures board = matters.figures(null);
        assertThat(board.resolved()).isGreaterThanOrEqualTo(1_300);
        for (MatterState state : MatterState.values()) {
            assertThat(matters.count(new MatterFilter(null, null, null, state, null, false, null)))
                    .as("matters in %s", state).isPositive();
        }
    }

    @Test
    void everyInstitutionHasAnActivePairingWithAtLeastOneCommunity() {
        login.as("admin");
        List<InstitutionRow> rows = pairing.listInstitutions(InstitutionFilter.all(), 0, 200);
        assertThat(rows).hasSize(85).allSatisfy(r -> {
            assertThat(r.townName()).isNotNull();
            assertThat(r.communities()).isPositive();
        });
        assertThat(pairing.pairingFiguresByTown()).hasSize(14)
                .allSatisfy(t -> assertThat(t.institutionsPaired()).isPositive());
    }

    @Test
    void theParkingCaseOfYizhuangAndMedicineDeliveriesAreOnTheBoard() {
        login.as("yushan");
        List<MatterRow> parking = matters.list(new MatterFilter(null, null, MatterCategory.PARKING, MatterState.CLOSED,
                null, false, "义庄公寓"), 0, 10);
        assertThat(parking).hasSize(1);
        MatterDetail detail = matters.detail(parking.getFirst().id());
        assertThat(detail.row().compoundName()).isEqualTo("义庄公寓");
        assertThat(detail.resolution()).contains("液压升降柱").contains("自筹");
        assertThat(detail.timeline()).extracting(MatterStepRow::toState).containsSubsequence(MatterState.RAISED,
                MatterState.PUBLISHED, MatterState.CLAIMED, MatterState.IN_PROGRESS, MatterState.RESOLVED,
                MatterState.ACCEPTED, MatterState.CLOSED);
        login.as("admin");
        assertThat(matters.count(new MatterFilter(null, null, MatterCategory.MEDICINE, null, null, false, "送药")))
                .isGreaterThan(50);
    }
}
