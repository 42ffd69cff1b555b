package cn.haitang.console.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.support.TestData.Place;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

/** The committee of a compound and its term, and the committees overview. */
class CommitteeServiceTest extends GovernanceTestBase {

    @Test
    void aRequiredCompoundFormsAnOwnersCommitteeAndCountsTowardsTheRate() {
        FormationFigure before = formation.committeeFormationCity();
        refused(() -> committees.formCommittee(gapCompound, new CommitteeForm(CommitteeKind.PROPERTY_MANAGEMENT,
                TODAY.minusDays(10), TODAY.plusYears(2))), "kind", "gov.committee.error.mustBeOwners");
        long id = committees.formCommittee(gapCompound, owners(TODAY.minusDays(10)));
        assertThat(committees.committeeOf(gapCompound)).get().satisfies(c -> {
            assertThat(c.id()).isEqualTo(id);
            assertThat(c.kind()).isEqualTo(CommitteeKind.OWNERS);
            assertThat(c.members()).isZero();
            assertThat(c.crossAppointmentRate()).isNull();
        });
        FormationFigure after = formation.committeeFormationCity();
        assertThat(after.formed()).isEqualTo(before.formed() + 1);
        assertThat(after.required()).isEqualTo(before.required());
        assertThat(formation.compoundsWithoutCommittee(null)).doesNotContain(gapCompound);
        assertThat(governance.hasCommittee(gapCompound)).isTrue();
        refused(() -> committees.formCommittee(gapCompound, owners(TODAY)), null, "gov.committee.error.exists");
    }

    @Test
    void anExemptCompoundMayOnlyFormAPropertyManagementCommitteeWhichDoesNotChangeTheRate() {
        login.as("admin");
        FormationFigure before = formation.committeeFormationCity();
        refused(() -> committees.formCommittee(exemptWithout, owners(TODAY)), "kind",
                "gov.committee.error.mustBePropertyManagement");
        committees.formCommittee(exemptWithout, new CommitteeForm(CommitteeKind.PROPERTY_MANAGEMENT, TODAY,
                TODAY.plusYears(3)));
        assertThat(committees.overview(exemptWithout).committee().kind()).isEqualTo(CommitteeKind.PROPERTY_MANAGEMENT);
        assertThat(formation.committeeFormationCity()).isEqualTo(before);
    }

    @Test
    void termsAreValidatedAtTheirFields() {
        refused(() -> committees.formCommittee(gapCompound, new CommitteeForm(null, TODAY, TODAY.plusYears(1))), "kind",
                "validation.required");
        refused(() -> committees.formCommittee(gapCompound, new CommitteeForm(CommitteeKind.OWNERS, null, TODAY)),
                "termStart", "validation.required");
        refused(() -> committees.formCommittee(gapCompound, new CommitteeForm(CommitteeKind.OWNERS, TODAY, TODAY)),
                "termEnd", "gov.committee.error.termOrder");
        refused(() -> committees.formCommittee(gapCompound, new CommitteeForm(CommitteeKind.OWNERS, TODAY,
                TODAY.plusYears(5).plusDays(1))), "termEnd", "gov.committee.error.termLength");
    }

    @Test
    void aStaleTermEditIsRefusedAndACurrentOneSaved() {
        CommitteeRow committee = committees.committeeOf(withCommittee).orElseThrow();
        assertThatThrownBy(() -> committees.changeTerm(committee.id(), committee.version() + 1,
                owners(committee.termStart()))).isInstanceOf(StaleEditException.class);
        committees.changeTerm(committee.id(), committee.version(), owners(LocalDate.of(2025, 1, 1)));
        assertThat(committees.committeeOf(withCommittee).orElseThrow().termEnd()).isEqualTo(LocalDate.of(2030, 1, 1));
    }

    @Test
    void aCommitteeWithAVettingHistoryCannotBeDeletedButAnEmptyOneCan() {
        CommitteeRow committee = committees.committeeOf(withCommittee).orElseThrow();
        refused(() -> committees.deleteCommittee(committee.id(), committee.version()), null,
                "gov.committee.error.hasCandidates");
        long id = committees.formCommittee(gapCompound, owners(TODAY));
        committees.deleteCommittee(id, 0);
        assertThat(governance.hasCommittee(gapCompound)).isFalse();
    }

    @Test
    void theCommitteesOverviewFiltersByTownKindAndTermEnd() {
        login.as("admin");
        int all = committees.countCommittees(new CommitteeFilter(null, null, null));
        assertThat(all).isEqualTo(441);
        assertThat(committees.countCommittees(new CommitteeFilter(null, CommitteeKind.PROPERTY_MANAGEMENT, null))).isEqualTo(3);
        int expiring = committees.countCommittees(new CommitteeFilter(null, null, 90));
        assertThat(expiring).isPositive().isLessThan(all);
        assertThat(committees.committees(new CommitteeFilter(null, null, 90), PageRequest.of(0, 500)))
                .allMatch(c -> !c.termEnd().isAfter(TODAY.plusDays(90)));
        long yushan = formation.committeeFormationByTown().getFirst().id();
        assertThat(committees.committees(new CommitteeFilter(yushan, null, null),
                PageRequest.of(0, 20, org.springframework.data.domain.Sort.by("termEnd"))))
                .allMatch(c -> c.townId() == yushan).isSortedAccordingTo(java.util.Comparator.comparing(CommitteeRow::termEnd));
    }


    // ------------------------------------------------------------------ sensible dates

    @Test
    void aTermBeforeTheFirstOwnersCommitteeOrEndingBeyondTheTenYearPlanIsRefused() {
        Place place = data.compound("yushan");
        long compound = place.compoundId();
        refused(() -> committees.formCommittee(compound, new CommitteeForm(CommitteeKind.OWNERS, LocalDate.of(1900, 1, 1),
                LocalDate.of(1905, 1, 1))), "termStart", "form.dateRange");
        refused(() -> committees.formCommittee(compound, new CommitteeForm(CommitteeKind.OWNERS, LocalDate.of(2099, 1, 1),
                LocalDate.of(2104, 1, 1))), "termStart", "form.dateRange");
        refused(() -> committees.formCommittee(compound, new CommitteeForm(CommitteeKind.OWNERS, TODAY.plusYears(8),
                TODAY.plusYears(11))), "termEnd", "form.dateRange");
        assertThat(committees.committeeOf(compound)).isEmpty();

        LocalDate first = CommitteeService.EARLIEST_TERM_START;
        long id = committees.formCommittee(compound, new CommitteeForm(CommitteeKind.OWNERS, first, first.plusYears(5)));
        refused(() -> committees.changeTerm(id, 0, new CommitteeForm(CommitteeKind.OWNERS, first.minusDays(1),
                first.plusYears(4))), "termStart", "form.dateRange");
        committees.changeTerm(id, 0, new CommitteeForm(CommitteeKind.OWNERS, TODAY.plusYears(5), TODAY.plusYears(10)));
        assertThat(committees.committeeOf(compound).orElseThrow().termEnd()).isEqualTo(TODAY.plusYears(10));
    }

    @Test
    void theOverviewNarrowsToACommunityOfTheCallersArea() {
        Place place = data.compound("yushan");
        data.committee(place, TODAY.minusYears(1));
        assertThat(committees.committees(new CommitteeFilter(null, null, null, place.communityId()), PageRequest.of(0, 10)))
                .extracting(CommitteeRow::compoundId).containsExactly(place.compoundId());
        assertThat(committees.countCommittees(new CommitteeFilter(null, null, null, place.communityId()))).isEqualTo(1);
        Place meili = data.compound("meili");
        assertThatThrownBy(() -> committees.countCommittees(new CommitteeFilter(null, null, null, meili.communityId())))
                .isInstanceOf(cn.haitang.console.security.ScopeViolationException.class);
    }
}
