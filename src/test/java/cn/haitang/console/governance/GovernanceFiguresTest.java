package cn.haitang.console.governance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.region.CompoundRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

/** The published figures come out of the database as the article reports them. */
class GovernanceFiguresTest extends GovernanceServices {

    @Test
    void cityCommitteeFormationRateIs87Point6Percent() {
        login.as("admin");
        FormationFigure city = formation.committeeFormationCity();
        assertThat(city.required()).isEqualTo(500);
        assertThat(city.formed()).isEqualTo(438);
        assertThat(city.gap()).isEqualTo(62);
        assertThat(city.formationRate()).isEqualByComparingTo("0.876");
        assertThat(city.crossAppointmentRate()).isBetween(new BigDecimal("0.4"), new BigDecimal("0.8"));
    }

    @Test
    void townFiguresAddUpToTheCityAndTheGapListMatches() {
        login.as("admin");
        List<FormationFigure> towns = formation.committeeFormationByTown();
        assertThat(towns).hasSize(14);
        assertThat(towns.stream().mapToLong(FormationFigure::required).sum()).isEqualTo(500);
        assertThat(towns.stream().mapToLong(FormationFigure::formed).sum()).isEqualTo(438);
        assertThat(formation.countFormationGaps(new GapFilter(null, null))).isEqualTo(62);
        assertThat(formation.compoundsWithoutCommittee(null)).hasSize(62);
        // 438 owners' committees plus the property management committees of the 3 work-unit-managed compounds
        assertThat(formation.compoundsWithCommittee(null)).hasSize(441);
        long yushan = towns.getFirst().id();
        List<FormationFigure> communities = formation.committeeFormationByCommunity(yushan);
        assertThat(communities.stream().mapToLong(FormationFigure::formed).sum()).isEqualTo(towns.getFirst().formed());
        // the formation view's headline, summed from the towns' lines, is the city's own figure
        FormationService.Overview overview = formation.committeeFormationOverview();
        assertThat(overview.area()).isEqualTo(formation.committeeFormationCity());
        assertThat(overview.towns()).isEqualTo(towns);
        login.as("yushan");
        assertThat(formation.committeeFormationOverview().area()).isEqualTo(formation.committeeFormationCity())
                .isEqualTo(towns.getFirst());
    }

    @Test
    void aCoordinatorsFiguresAreTheirTownsOnly() {
        login.as("admin");
        FormationFigure yushanAsAdmin = formation.committeeFormationByTown().getFirst();
        login.as("yushan");
        assertThat(formation.committeeFormationByTown()).containsExactly(yushanAsAdmin);
        assertThat(formation.committeeFormationCity()).isEqualTo(yushanAsAdmin);
        assertThat(formation.countFormationGaps(new GapFilter(null, null))).isEqualTo(yushanAsAdmin.gap());
        assertThat(formation.formationGaps(new GapFilter(null, null), PageRequest.of(0, 100)))
                .allMatch(g -> g.townName().equals("虞山街道"));
    }

    @Test
    void theShowcaseCompoundTurnedAround() {
        login.as("yushan");
        CompoundRef showcase = governance.findCompounds("城市之光小区", 0, 5).getFirst();
        List<FeeRow> fees = property.fees(showcase.id());
        FeeRow twoYearsAgo = fees.getLast();
        assertThat(twoYearsAgo.arrears()).isGreaterThan(new BigDecimal("1000000"));
        CompoundPropertyFigures latest = governance.latestPropertyFigures(showcase.id());
        assertThat(latest.satisfactionRate()).isGreaterThan(new BigDecimal("0.9"));
        assertThat(latest.feeRate()).isGreaterThan(new BigDecimal("0.9"));
        assertThat(governance.hasCommittee(showcase.id())).isTrue();
        assertThat(governance.hasOpenSeriousDispute(showcase.id())).isFalse();
        assertThat(governance.latestPropertyFiguresOfTown(null)).containsKey(showcase.id());
    }

    @Test
    void demoDataHasDisputesInEveryStateAndValidCompanies() {
        login.as("admin");
        for (DisputeState state : DisputeState.values()) {
            assertThat(disputes.countDisputes(new DisputeFilter(null, state, null, null))).as("%s", state).isPositive();
        }
        assertThat(companies.countCompanies(null)).isBetween(38, 42);
        assertThat(companies.companies(null, PageRequest.of(0, 100)))
                .allMatch(c -> CreditCode.isValid(c.creditCode()));
        Set<Long> serious = governance.compoundsWithOpenSeriousDispute(null);
        assertThat(serious).isNotEmpty();
        assertThat(governance.hasOpenSeriousDispute(serious.iterator().next())).isTrue();
    }
}
