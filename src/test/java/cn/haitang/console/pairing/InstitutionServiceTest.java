package cn.haitang.console.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.support.ServiceTest;
import cn.haitang.console.support.TestData;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Rules and scope of institutions, their pairings and the community side. */
@Transactional
class InstitutionServiceTest extends ServiceTest {

    @Autowired
    InstitutionService institutions;
    @Autowired
    PairingFiguresService figures;
    @Autowired
    PlacesService places;
    @Autowired
    Fixtures fx;
    @Autowired
    PairingTestData data;
    @Autowired
    TestData testData;

    private static InstitutionForm institution(String name) {
        return new InstitutionForm(name, InstitutionKind.STATE_ENTERPRISE, "中共" + name + "委员会", "王伟", "13812345678", 120);
    }

    @Test
    void adminMaintainsInstitutionsWithValidationAtTheField() {
        login.as("admin");
        long id = institutions.createInstitution(institution("常熟测试供水公司"));
        InstitutionRow row = institutions.institution(id);
        assertThat(row.name()).isEqualTo("常熟测试供水公司");
        assertThat(row.townName()).isNull();
        assertRefused(() -> institutions.createInstitution(institution("常熟测试供水公司")), "name", "pairing.error.institution.duplicate");
        assertRefused(() -> institutions.createInstitution(institution("  ")), "name", "pairing.error.required");
        assertRefused(() -> institutions.createInstitution(new InstitutionForm("X单位", InstitutionKind.AGENCY, "党委", "王", "12345", 1)),
                "contactPhone", "pairing.error.phone");
        assertRefused(() -> institutions.createInstitution(new InstitutionForm("Y单位", InstitutionKind.AGENCY, "党委", "王", null, -1)),
                "inServiceMembers", "pairing.error.range");
        assertRefused(() -> institutions.createInstitution(new InstitutionForm("Z单位", null, "党委", "王", null, 1)), "kind",
                "pairing.error.required");
        institutions.updateInstitution(id, row.version(), new InstitutionForm("常熟测试供水公司", InstitutionKind.STATE_ENTERPRISE,
                "党委", "李强", null, 200));
        assertThat(institutions.institution(id).inServiceMembers()).isEqualTo(200);
        assertThatThrownBy(() -> institutions.updateInstitution(id, row.version(), institution("常熟测试供水公司")))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void coordinatorSeesOnlyInstitutionsPairedWithTheirTownAndChangesNone() {
        long[] meili = fx.pairedInstitutionAndCommunity("meili");
        long[] yushan = fx.pairedInstitutionAndCommunity("yushan");
        login.as("yushan");
        List<InstitutionRow> rows = institutions.listInstitutions(InstitutionFilter.all(), 0, 100);
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.townName()).isEqualTo("虞山街道"));
        assertThat(institutions.countInstitutions(InstitutionFilter.all())).isEqualTo(rows.size());
        assertThat(institutions.institutionOptions()).extracting(Named::id).contains(yushan[0]).doesNotContain(meili[0]);
        assertThat(institutions.institution(yushan[0]).id()).isEqualTo(yushan[0]);
        assertThatThrownBy(() -> institutions.institution(meili[0])).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> institutions.listInstitutions(new InstitutionFilter(null, null, fx.town("meili")), 0, 10))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> institutions.countInstitutions(new InstitutionFilter(null, null, fx.town("meili"))))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> institutions.createInstitution(institution("虞山越权单位"))).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> institutions.updateInstitution(yushan[0], 0, institution("改名")))
                .isInstanceOf(ScopeViolationException.class);
        assertThat(institutions.pairedCommunities(yushan[0])).extracting(Named::id).contains(yushan[1]);
        assertThatThrownBy(() -> institutions.pairedCommunities(meili[0])).isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void anInstitutionHasAtMostOneActivePairingAndEndingKeepsTheHistory() {
        login.as("admin");
        long id = institutions.createInstitution(institution("常熟测试结对单位"));
        long meili = fx.town("meili");
        long yushan = fx.town("yushan");
        long[] meiliPaired = fx.pairedInstitutionAndCommunity("meili");
        long[] yushanPaired = fx.pairedInstitutionAndCommunity("yushan");
        assertRefused(() -> institutions.createPairing(new PairingForm(id, meili, Set.of(), LocalDate.now(), "助老", 10)),
                "communityIds", "pairing.error.pairing.noCommunity");
        assertRefused(() -> institutions.createPairing(new PairingForm(id, meili, Set.of(yushanPaired[1]), LocalDate.now(), "助老", 10)),
                "communityIds", "pairing.error.pairing.communityOutsideTown");
        assertRefused(() -> institutions.createPairing(new PairingForm(id, meili, Set.of(meiliPaired[1]), LocalDate.now(), "助老", 31)),
                "serviceDay", "pairing.error.range");
        assertRefused(() -> institutions.createPairing(new PairingForm(id, meili, Set.of(meiliPaired[1]), null, "助老", 10)),
                "startDate", "pairing.error.required");
        assertRefused(() -> institutions.createPairing(new PairingForm(id, null, Set.of(meiliPaired[1]), LocalDate.now(), "助老", 10)),
                "townId", "pairing.error.required");
        long first = institutions.createPairing(new PairingForm(id, meili, Set.of(meiliPaired[1]), LocalDate.of(2025, 1, 1),
                "助老、消防", 10));
        assertRefused(() -> institutions.createPairing(new PairingForm(id, yushan, Set.of(yushanPaired[1]), LocalDate.now(), "助老", 10)),
                "townId", "pairing.error.pairing.alreadyActive");
        PairingRow row = institutions.pairing(first);
        assertThat(row.communityNames()).isNotBlank();
        assertRefused(() -> institutions.updatePairing(first, row.version(), new PairingForm(id, yushan, Set.of(yushanPaired[1]),
                LocalDate.of(2025, 1, 1), "助老", 10)), "townId", "pairing.error.pairing.townFixed");
        long anotherMeiliCommunity = fx.communityNotPairedWith(id, "meili");
        institutions.updatePairing(first, row.version(), new PairingForm(id, meili, Set.of(meiliPaired[1], anotherMeiliCommunity),
                LocalDate.of(2025, 1, 1), "助老、消防、净美家园", 12));
        assertThat(institutions.communitiesOfPairing(first)).containsExactlyInAnyOrder(meiliPaired[1], anotherMeiliCommunity);
        PairingRow updated = institutions.pairing(first);
        assertRefused(() -> institutions.endPairing(first, updated.version(), LocalDate.of(2024, 12, 31)), "endDate",
                "pairing.error.pairing.endBeforeStart");
        assertThatThrownBy(() -> institutions.endPairing(first, row.version(), LocalDate.now())).isInstanceOf(StaleEditException.class);
        institutions.endPairing(first, updated.version(), LocalDate.of(2026, 6, 30));
        assertThatThrownBy(() -> institutions.endPairing(first, institutions.pairing(first).version(), LocalDate.now()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("pairing.error.pairing.ended");
        long second = institutions.createPairing(new PairingForm(id, yushan, Set.of(yushanPaired[1]), LocalDate.of(2026, 7, 1),
                "政策宣讲", 20));
        assertThat(institutions.pairingsOfInstitution(id)).extracting(PairingRow::id, PairingRow::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(second, PairingStatus.ACTIVE),
                        org.assertj.core.groups.Tuple.tuple(first, PairingStatus.ENDED));
        assertThat(institutions.pairingsOfCommunity(meiliPaired[1])).extracting(PairingRow::id).contains(first);
        assertThat(institutions.institution(id).townName()).isEqualTo("虞山街道");
    }

    @Test
    void onlyCityAdminsPairAndCoordinatorsSeeTheirOwnSide() {
        long[] meili = fx.pairedInstitutionAndCommunity("meili");
        long[] yushan = fx.pairedInstitutionAndCommunity("yushan");
        login.as("yushan");
        assertThatThrownBy(() -> institutions.createPairing(new PairingForm(yushan[0], fx.town("yushan"), Set.of(yushan[1]),
                LocalDate.now(), "助老", 10))).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> institutions.updatePairing(yushan[2], 0, new PairingForm(yushan[0], fx.town("yushan"),
                Set.of(yushan[1]), LocalDate.now(), "助老", 10))).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> institutions.endPairing(yushan[2], 0, LocalDate.now())).isInstanceOf(ScopeViolationException.class);
        assertThat(institutions.pairingsOfInstitution(yushan[0])).isNotEmpty();
        assertThatThrownBy(() -> institutions.pairingsOfInstitution(meili[0])).isInstanceOf(ScopeViolationException.class);
        assertThat(institutions.pairingsOfCommunity(yushan[1])).isNotEmpty();
        assertThatThrownBy(() -> institutions.pairingsOfCommunity(meili[1])).isInstanceOf(ScopeViolationException.class);
        assertThat(institutions.pairing(yushan[2]).townName()).isEqualTo("虞山街道");
        assertThatThrownBy(() -> institutions.pairing(meili[2])).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> institutions.communitiesOfPairing(meili[2])).isInstanceOf(ScopeViolationException.class);
        List<CommunityPairingRow> communities = institutions.communityPairings(null, 0, 500);
        assertThat(communities).isNotEmpty().allSatisfy(c -> assertThat(c.townName()).isEqualTo("虞山街道"));
        assertThat(institutions.countCommunityPairings(null)).isEqualTo(communities.size());
        assertThatThrownBy(() -> institutions.communityPairings(fx.town("meili"), 0, 10)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> institutions.countCommunityPairings(fx.town("meili"))).isInstanceOf(ScopeViolationException.class);
        assertThat(figures.pairingFiguresByTown()).singleElement().satisfies(t -> assertThat(t.townName()).isEqualTo("虞山街道"));
        assertThat(places.communitiesInScope()).isNotEmpty().allSatisfy(c -> assertThat(c.townName()).isEqualTo("虞山街道"));
        assertThatThrownBy(() -> places.compoundsOf(meili[1])).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> places.gridsOf(fx.compoundOf(meili[1]))).isInstanceOf(ScopeViolationException.class);
        assertThat(places.gridsOf(fx.compoundOf(yushan[1]))).isNotEmpty();
    }

    // ---------------------------------------------------------------- new refusals and fixes

    @Test
    void theDashboardGetsEveryCommunityOfATownInOneCallScopedLikeThePages() {
        login.as("admin");
        long yushan = fx.town("yushan");
        List<CommunityPairingRow> all = institutions.allCommunityPairings(yushan);
        assertThat(all).hasSize((int) institutions.countCommunityPairings(yushan))
                .containsExactlyElementsOf(institutions.communityPairings(yushan, 0, 1000));
        PairingTestData.Paired paired = data.paired("yushan");
        assertThat(institutions.allCommunityPairings(yushan)).filteredOn(c -> c.communityId() == paired.place().communityId())
                .singleElement().satisfies(c -> assertThat(c.institutions()).isEqualTo(1));
        login.as("meili");
        assertThat(institutions.allCommunityPairings(null)).isNotEmpty().allSatisfy(c -> assertThat(c.townName()).isEqualTo("梅李镇"));
        assertThatThrownBy(() -> institutions.allCommunityPairings(yushan)).isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void aPairingStartsFromTwoThousandToAYearAheadAndAnEmptyServiceDayIsRefusedNotTakenAsZero() {
        TestData.Place place = testData.place("meili");
        login.as("admin");
        long id = institutions.createInstitution(institution(TestData.unique("测试单位")));
        Set<Long> community = Set.of(place.communityId());
        assertRefused(() -> institutions.createPairing(new PairingForm(id, place.townId(), community,
                LocalDate.of(1999, 12, 31), "助老", 10)), "startDate", "form.dateRange");
        assertRefused(() -> institutions.createPairing(new PairingForm(id, place.townId(), community,
                LocalDate.now().plusYears(1).plusDays(1), "助老", 10)), "startDate", "pairing.error.dateTooFar");
        assertRefused(() -> institutions.createPairing(new PairingForm(id, place.townId(), community,
                LocalDate.of(2000, 1, 1), "助老", null)), "serviceDay", "pairing.error.required");
        assertThat(institutions.pairingsOfInstitution(id)).isEmpty();
        long pairing = institutions.createPairing(new PairingForm(id, place.townId(), community,
                LocalDate.of(2000, 1, 1), "助老", 28));
        assertThat(institutions.pairing(pairing).serviceDay()).isEqualTo(28);
    }

    @Test
    void namesAreCountedAsTheColumnCountsThemNeverCut() {
        login.as("admin");
        String hundred = "🏢".repeat(100);
        long id = institutions.createInstitution(new InstitutionForm(hundred, InstitutionKind.AGENCY, "党委", "王伟", null, 1));
        assertThat(institutions.institution(id).name()).isEqualTo(hundred);
        assertRefused(() -> institutions.createInstitution(new InstitutionForm(hundred + "🏢", InstitutionKind.AGENCY, "党委",
                "王伟", null, 1)), "name", "form.tooLong");
        assertRefused(() -> institutions.updateInstitution(id, institutions.institution(id).version(),
                new InstitutionForm("单位", InstitutionKind.AGENCY, "党委", "王".repeat(33), null, 1)), "contactPerson",
                "form.tooLong");
    }
}
