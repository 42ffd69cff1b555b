package cn.haitang.console.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.search.SearchHit;
import cn.haitang.console.base.search.SearchIndexing;
import cn.haitang.console.organization.BranchForm;
import cn.haitang.console.organization.BranchRow;
import cn.haitang.console.organization.BranchType;
import cn.haitang.console.organization.GridGroupForm;
import cn.haitang.console.organization.GridGroupRow;
import cn.haitang.console.organization.HouseholdForm;
import cn.haitang.console.organization.OrganizationService;
import cn.haitang.console.pairing.InstitutionForm;
import cn.haitang.console.pairing.InstitutionKind;
import cn.haitang.console.pairing.MatterCategory;
import cn.haitang.console.pairing.MatterForm;
import cn.haitang.console.pairing.MatterSource;
import cn.haitang.console.pairing.MattersService;
import cn.haitang.console.pairing.PairingService;
import cn.haitang.console.pairing.ReportForm;
import cn.haitang.console.pairing.ReportKind;
import cn.haitang.console.pairing.ReportingService;
import cn.haitang.console.region.CompoundDetail;
import cn.haitang.console.region.CompoundRef;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.support.ServiceTest;
import cn.haitang.console.support.TestData;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one search box, against the real index: every kind by a Chinese fragment, full pinyin and initials;
 * scope inside the query; the index following writes at once. Not transactional: the index follows
 * commits, so what a test writes is committed, and deleted afterwards.
 */
class SearchServiceTest extends ServiceTest {

    @Autowired
    SearchService search;
    @Autowired
    TestData data;
    @Autowired
    RegionService region;
    @Autowired
    OrganizationService organization;
    @Autowired
    PairingService pairing;
    @Autowired
    ReportingService reporting;
    @Autowired
    MattersService matters;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SearchIndexing indexing;
    @Autowired
    SearchMapping mapping;

    private TestData.Place yushan;
    private TestData.Place meili;

    @AfterEach
    void deleteWhatTheTestWrote() {
        login.as("admin");
        for (TestData.Place place : new TestData.Place[] {yushan, meili}) {
            if (place == null) {
                continue;
            }
            long community = place.communityId();
            String compounds = "(SELECT id FROM compound WHERE community_id = " + community + ")";
            jdbc.update("DELETE FROM matter_claim WHERE matter_id IN (SELECT id FROM matter WHERE community_id = ?)",
                    community);
            jdbc.update("DELETE FROM matter_step WHERE matter_id IN (SELECT id FROM matter WHERE community_id = ?)",
                    community);
            delete("Matter", "matter", "community_id = " + community);
            delete("GridReport", "grid_report", "community_id = " + community);
            delete("CentralHousehold", "central_household", "compound_id IN " + compounds);
            delete("GridGroup", "grid_group", "compound_id IN " + compounds);
            delete("PartyBranch", "party_branch", "compound_id IN " + compounds);
            delete("MicroGrid", "micro_grid", "compound_id IN " + compounds);
            delete("Compound", "compound", "community_id = " + community);
            delete("Community", "community", "id = " + community);
        }
        delete("Institution", "institution", "name LIKE '琥珀测试%'");
    }

    /** Deletes rows by SQL and takes them out of the index, as a bulk writer must (SearchIndexing). */
    private void delete(String entity, String table, String where) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM " + table + " WHERE " + where, Long.class);
        if (ids.isEmpty()) {
            return;
        }
        jdbc.update("DELETE FROM " + table + " WHERE " + where);
        Class<?> type = mapping.searchables().stream().map(s -> s.entity())
                .filter(c -> c.getSimpleName().equals(entity)).findFirst().orElseThrow();
        indexing.reindex(type, ids);
    }

    private List<SearchHit> hits(String text, String kind) {
        return search.search(text, 20).groups().stream().filter(g -> g.kind().equals(kind))
                .flatMap(g -> g.hits().stream()).toList();
    }

    @Test
    void everyKindIsFoundByAChineseFragmentItsFullPinyinAndItsInitials() {
        login.as("admin");
        yushan = data.place("yushan");
        long community = yushan.communityId();
        region.renameCommunity(community, region.communityRow(community).version(), "琥珀里社区");
        CompoundDetail compound = region.compoundDetail(yushan.compoundId());
        region.updateCompound(compound.id(), compound.version(), compound.toForm().withName("琥珀澜庭"));
        region.updateMicroGrid(yushan.microGridId(), region.microGridsOf(yushan.compoundId()).getFirst().version(),
                "琥珀一网格", "网格员", 120);
        BranchRow branch = organization.createBranch(yushan.compoundId(),
                new BranchForm(BranchType.FUNCTIONAL, "琥珀澜庭功能型党支部", "沈书记", 12, null));
        GridGroupRow group = organization.createGridGroup(branch.id(),
                new GridGroupForm(yushan.microGridId(), "琥珀一网格党小组", "顾组长", 5));
        organization.createHousehold(group.id(), new HouseholdForm("琥珀秋", "13912340001", "3幢1单元", 10));
        long institution = pairing.createInstitution(new InstitutionForm("琥珀测试研究院", InstitutionKind.PUBLIC_INSTITUTION,
                "琥珀测试研究院党委", "陆主任", "051252000000", 30));
        String first17 = "32058120010101" + "977";
        reporting.register(new ReportForm(ReportKind.VOLUNTEER, "琥珀春", first17
                + cn.haitang.console.pairing.IdNumbers.checkCharacter(first17), "13912340002", null,
                "义诊", yushan.microGridId(), LocalDate.now().minusDays(1)));
        matters.raise(new MatterForm("琥珀澜庭停车难", "夜间车辆占用消防通道", MatterCategory.PARKING, MatterSource.RESIDENT,
                community, yushan.compoundId(), LocalDate.now().minusDays(1)));

        assertThat(hits("琥珀澜", "compound")).extracting(SearchHit::label).containsExactly("琥珀澜庭");
        assertThat(hits("hupolanting", "compound")).extracting(SearchHit::label).containsExactly("琥珀澜庭");
        assertThat(hits("hplt", "compound")).extracting(SearchHit::label).containsExactly("琥珀澜庭");
        assertThat(hits("澜庭", "compound")).singleElement()
                .satisfies(h -> assertThat(h.route()).isEqualTo("compound/" + yushan.compoundId()));
        assertThat(hits("琥珀里", "community")).extracting(SearchHit::label).containsExactly("琥珀里社区");
        assertThat(hits("hplsq", "community")).extracting(SearchHit::label).containsExactly("琥珀里社区");
        assertThat(hits("琥珀一", "microGrid")).extracting(SearchHit::label).containsExactly("琥珀一网格");
        assertThat(hits("hupoyi", "microGrid")).extracting(SearchHit::label).containsExactly("琥珀一网格");
        assertThat(hits("澜庭功能型", "branch")).extracting(SearchHit::label).containsExactly("琥珀澜庭功能型党支部");
        assertThat(hits("hpltgnxdzb", "branch")).extracting(SearchHit::label).containsExactly("琥珀澜庭功能型党支部");
        assertThat(hits("琥珀一网格党", "gridGroup")).extracting(SearchHit::label).containsExactly("琥珀一网格党小组");
        assertThat(hits("琥珀秋", "household")).singleElement().satisfies(h -> {
            assertThat(h.place()).as("no phone in a hit").doesNotContainPattern("\\d{7}").contains("琥珀澜庭");
            assertThat(h.route()).startsWith("structure?node=HOUSEHOLD:");
        });
        assertThat(hits("hupoqiu", "household")).extracting(SearchHit::label).containsExactly("琥珀秋");
        assertThat(hits("hpq", "household")).extracting(SearchHit::label).as("other people share the initials").contains("琥珀秋");
        assertThat(hits("琥珀测试研", "institution")).extracting(SearchHit::id).containsExactly(institution);
        assertThat(hits("hpcsyjy", "institution")).extracting(SearchHit::id).containsExactly(institution);
        assertThat(hits("琥珀春", "report")).singleElement().satisfies(h ->
                assertThat(h.place() + h.label()).doesNotContain("320581").doesNotContain("1391234"));
        assertThat(hits("hupochun", "report")).extracting(SearchHit::label).containsExactly("琥珀春");
        assertThat(hits("停车难", "matter")).extracting(SearchHit::label).contains("琥珀澜庭停车难");
        assertThat(hits("hplttcn", "matter")).extracting(SearchHit::label).containsExactly("琥珀澜庭停车难");
    }

    @Test
    void anApplicationIsFoundThroughItsCompound() {
        login.as("admin");
        String compound = jdbc.queryForObject("""
                SELECT cp.name FROM accr_application a JOIN compound cp ON cp.id = a.compound_id
                ORDER BY a.id LIMIT 1""", String.class);
        assertThat(hits(compound, "application")).isNotEmpty()
                .allSatisfy(h -> assertThat(h.label()).startsWith(compound));
    }

    @Test
    void aCoordinatorNeverSeesAnotherTownsRecordNotEvenAsACount() {
        login.as("admin");
        yushan = data.place("yushan");
        meili = data.place("meili");
        for (TestData.Place place : List.of(yushan, meili)) {
            CompoundDetail c = region.compoundDetail(place.compoundId());
            region.updateCompound(c.id(), c.version(), c.toForm().withName("琥珀同名苑"));
        }
        assertThat(search.search("琥珀同名", 10).groups()).filteredOn(g -> g.kind().equals("compound"))
                .singleElement().satisfies(g -> assertThat(g.total()).isEqualTo(2));
        login.as("yushan");
        SearchResults results = search.search("hptmy", 10);
        assertThat(results.groups()).filteredOn(g -> g.kind().equals("compound")).singleElement().satisfies(g -> {
            assertThat(g.total()).as("meili's compound is not even counted").isEqualTo(1);
            assertThat(g.hits()).extracting(SearchHit::id).containsExactly(yushan.compoundId());
        });
        login.as("meili");
        assertThat(hits("琥珀同名苑", "compound")).extracting(SearchHit::id).containsExactly(meili.compoundId());
        login.as("reviewer1");
        assertThat(search.search("琥珀同名苑", 10).isEmpty()).as("reviewers have no search").isTrue();
    }

    @Test
    void theIndexFollowsACreateARenameAMoveAndADeleteAtOnce() {
        login.as("yushan");
        yushan = data.place("yushan");
        assertThat(hits("琥珀迁", "compound")).isEmpty();
        CompoundDetail c = region.compoundDetail(yushan.compoundId());
        region.updateCompound(c.id(), c.version(), c.toForm().withName("琥珀迁居苑"));
        assertThat(hits("琥珀迁", "compound")).extracting(SearchHit::id).containsExactly(yushan.compoundId());

        c = region.compoundDetail(yushan.compoundId());
        region.updateCompound(c.id(), c.version(), c.toForm().withName("翠竹新苑琥珀"));
        assertThat(hits("琥珀迁", "compound")).as("the old name is gone").isEmpty();
        assertThat(hits("cuizhuxinyuan", "compound")).extracting(SearchHit::id).contains(yushan.compoundId());

        TestData.Place other = data.place("yushan");
        c = region.compoundDetail(yushan.compoundId());
        region.updateCompound(c.id(), c.version(), c.toForm().withCommunity(other.communityId()));
        assertThat(hits("翠竹新苑琥珀", "compound")).singleElement()
                .satisfies(h -> assertThat(h.place()).contains(other.communityName()));

        c = region.compoundDetail(yushan.compoundId());
        region.deleteMicroGrid(yushan.microGridId(), region.microGridsOf(c.id()).getFirst().version(), Locale.CHINESE);
        region.deleteCompound(c.id(), region.compoundDetail(c.id()).version(), Locale.CHINESE);
        assertThat(hits("翠竹新苑琥珀", "compound")).isEmpty();
        // the moved-to place is cleaned up too
        region.deleteMicroGrid(other.microGridId(), region.microGridsOf(other.compoundId()).getFirst().version(),
                Locale.CHINESE);
        region.deleteCompound(other.compoundId(), region.compoundDetail(other.compoundId()).version(), Locale.CHINESE);
        region.deleteCommunity(other.communityId(), region.communityRow(other.communityId()).version(), Locale.CHINESE);
    }

    @Test
    void theDemoCompoundIsFoundAsPeopleTypeIt() {
        login.as("yushan");
        for (String typed : List.of("义庄公寓", "义庄", "庄公", "yzgy", "yizhuang", "YiZhuangGongYu", "ｙｚｇｙ")) {
            assertThat(hits(typed, "compound")).as(typed).extracting(SearchHit::label).contains("义庄公寓");
        }
    }
}
