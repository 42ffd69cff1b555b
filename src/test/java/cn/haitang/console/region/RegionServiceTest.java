package cn.haitang.console.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.base.i18n.Translations;
import cn.haitang.console.support.ServiceTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class RegionServiceTest extends ServiceTest {

    private static final Locale ZH = Translations.CHINESE;

    @Autowired
    RegionService region;
    @Autowired
    JdbcTemplate jdbc;
    long yushan;
    long meili;
    long zhangba;
    long otherYushanCommunity;
    long meiliCommunity;
    long meiliCompound;
    long meiliGrid;

    @BeforeEach
    void ids() {
        yushan = jdbc.queryForObject("SELECT id FROM town WHERE code = 'yushan'", Long.class);
        meili = jdbc.queryForObject("SELECT id FROM town WHERE code = 'meili'", Long.class);
        zhangba = jdbc.queryForObject("SELECT id FROM community WHERE name = '张坝社区'", Long.class);
        otherYushanCommunity = jdbc.queryForObject("SELECT MIN(id) FROM community WHERE town_id = ? AND id <> ?", Long.class,
                yushan, zhangba);
        meiliCommunity = jdbc.queryForObject("SELECT MIN(id) FROM community WHERE town_id = ?", Long.class, meili);
        meiliCompound = jdbc.queryForObject("SELECT MIN(id) FROM compound WHERE town_id = ?", Long.class, meili);
        meiliGrid = jdbc.queryForObject("SELECT MIN(id) FROM micro_grid WHERE town_id = ?", Long.class, meili);
    }

    private static CompoundForm form(long community, String name) {
        return new CompoundForm(community, name, "琴川路1号", 2005, 8, 320, true, ManagementMode.PROPERTY_COMPANY, true, null);
    }

    @Test
    void aCoordinatorCreatesChangesAndDeletesACompoundWithAllItsFields() {
        login.as("yushan");
        CompoundRef created = region.createCompound(new CompoundForm(zhangba, "测试新苑", "海虞北路8号", 2010, 6, 240, false,
                ManagementMode.SELF_MANAGED, false, "待拆迁"));
        CompoundDetail detail = region.compoundDetail(created.id());
        assertThat(detail.townId()).isEqualTo(yushan);
        assertThat(detail.gated()).isFalse();
        assertThat(detail.managementMode()).isEqualTo(ManagementMode.SELF_MANAGED);
        assertThat(detail.committeeRequired()).isFalse();
        assertThat(detail.committeeExemption()).isEqualTo("待拆迁");
        CompoundRef updated = region.updateCompound(created.id(), detail.version(), new CompoundForm(zhangba, "测试新苑",
                "海虞北路8号", 2010, 7, 250, true, ManagementMode.PROPERTY_COMPANY, true, "ignored when required"));
        CompoundDetail after = region.compoundDetail(updated.id());
        assertThat(after.buildings()).isEqualTo(7);
        assertThat(after.committeeExemption()).isNull();
        assertThatThrownBy(() -> region.updateCompound(created.id(), detail.version(), form(zhangba, "x")))
                .isInstanceOf(StaleEditException.class);
        region.deleteCompound(created.id(), after.version(), ZH);
        assertThat(region.findCompound(zhangba, "测试新苑")).isEmpty();
    }

    @Test
    void compoundFieldsAreValidatedAtTheirField() {
        login.as("yushan");
        assertRefused(() -> region.createCompound(form(zhangba, " ")), "name", "validation.required");
        assertRefused(() -> region.createCompound(new CompoundForm(null, "a", "b", null, 0, 0, true,
                ManagementMode.NONE, true, null)), "communityId", "validation.required");
        assertRefused(() -> region.createCompound(new CompoundForm(zhangba, "a", "", null, 0, 0, true,
                ManagementMode.NONE, true, null)), "address", "validation.required");
        assertRefused(() -> region.createCompound(new CompoundForm(zhangba, "a", "b", 1800, 0, 0, true,
                ManagementMode.NONE, true, null)), "yearBuilt", "region.error.yearBuilt");
        assertRefused(() -> region.createCompound(new CompoundForm(zhangba, "a", "b", null, -1, 0, true,
                ManagementMode.NONE, true, null)), "buildings", "region.error.negative");
        assertRefused(() -> region.createCompound(new CompoundForm(zhangba, "a", "b", null, 1, -5, true,
                ManagementMode.NONE, true, null)), "households", "region.error.negative");
        assertRefused(() -> region.createCompound(new CompoundForm(zhangba, "a", "b", null, 1, 5, true, null, true, null)),
                "managementMode", "validation.required");
        assertRefused(() -> region.createCompound(new CompoundForm(zhangba, "a", "b", null, 1, 5, true,
                ManagementMode.NONE, false, " ")), "committeeExemption", "validation.required");
        assertRefused(() -> region.createCompound(form(zhangba, "义庄公寓")), "name", "region.error.duplicateCompound");
    }

    @Test
    void anEmptyCountIsRefusedNeverTakenAsZeroAndAnOverlongNameIsNeverCut() {
        login.as("yushan");
        assertRefused(() -> region.createCompound(new CompoundForm(zhangba, "a", "b", null, null, 5, true,
                ManagementMode.NONE, true, null)), "buildings", "validation.required");
        assertRefused(() -> region.createCompound(new CompoundForm(zhangba, "a", "b", null, 1, null, true,
                ManagementMode.NONE, true, null)), "households", "validation.required");
        assertRefused(() -> region.createCompound(new CompoundForm(zhangba, "a", "b", null, 1, 999_999, true,
                ManagementMode.NONE, true, null)), "households", "form.integer");
        // 64 emoji are 64 characters to the column (128 UTF-16 units): accepted; 65 are refused, not cut
        String emoji = "🏠".repeat(64);
        CompoundRef saved = region.createCompound(form(zhangba, emoji));
        assertThat(region.compoundDetail(saved.id()).name()).isEqualTo(emoji);
        assertRefused(() -> region.createCompound(form(zhangba, emoji + "🏠")), "name", "region.error.tooLong");
    }

    @Test
    void aCompoundMovesOnlyWithinItsTownAndKeepsItsMicroGrids() {
        login.as("admin");
        long yizhuang = region.findCompound(zhangba, "义庄公寓").orElseThrow().id();
        List<MicroGridRow> grids = region.microGridsOf(yizhuang);
        CompoundDetail detail = region.compoundDetail(yizhuang);
        assertRefused(() -> region.updateCompound(yizhuang, detail.version(), detail.toForm().withCommunity(meiliCommunity)),
                "communityId", "region.error.moveOtherTown");
        region.updateCompound(yizhuang, detail.version(), detail.toForm().withCommunity(otherYushanCommunity));
        assertThat(region.compound(yizhuang).communityId()).isEqualTo(otherYushanCommunity);
        assertThat(region.microGridsOf(yizhuang)).isEqualTo(grids);
    }

    @Test
    void aNodeWithChildrenIsNotDeletedAndTheMessageSaysWhatHangsUnderIt() {
        login.as("yushan");
        CommunityRow community = region.communityRow(zhangba);
        assertThatThrownBy(() -> region.deleteCommunity(zhangba, community.version(), ZH))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(
                        Translations.translate(e.getMessageKey(), ZH, e.getArguments()))
                        .contains("张坝社区").contains("个小区").contains("1 个社区党组织"));
        long yizhuang = region.findCompound(zhangba, "义庄公寓").orElseThrow().id();
        CompoundDetail detail = region.compoundDetail(yizhuang);
        assertThatThrownBy(() -> region.deleteCompound(yizhuang, detail.version(), ZH))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(
                        Translations.translate(e.getMessageKey(), ZH, e.getArguments()))
                        .contains("义庄公寓").contains("个微网格").contains("个小区党支部"));
        long groupedGrid = jdbc.queryForObject("SELECT MIN(micro_grid_id) FROM grid_group WHERE compound_id = ?",
                Long.class, yizhuang);
        MicroGridRow grid = region.microGridsOf(yizhuang).stream().filter(g -> g.id() == groupedGrid).findFirst().orElseThrow();
        assertThatThrownBy(() -> region.deleteMicroGrid(grid.id(), grid.version(), Translations.ENGLISH))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(
                        Translations.translate(e.getMessageKey(), Translations.ENGLISH, e.getArguments()))
                        .contains("1 grid party group"));
    }

    @Test
    void communitiesAndMicroGridsHaveTheirLifeCycle() {
        login.as("yushan");
        CommunityRef community = region.createCommunity(yushan, "测试社区");
        assertRefused(() -> region.createCommunity(yushan, "测试社区"), "name", "region.error.duplicateCommunity");
        CommunityRef renamed = region.renameCommunity(community.id(), region.communityRow(community.id()).version(), "测试二社区");
        assertThat(renamed.name()).isEqualTo("测试二社区");
        CompoundRef compound = region.createCompound(form(community.id(), "测试小区"));
        MicroGridRow grid = region.createMicroGrid(compound.id(), "第1网格", "王伟", 120);
        assertRefused(() -> region.createMicroGrid(compound.id(), "第1网格", "李娜", 10), "name",
                "region.error.duplicateMicroGrid");
        assertRefused(() -> region.createMicroGrid(compound.id(), "第2网格", "", 10), "gridWorker", "validation.required");
        assertRefused(() -> region.createMicroGrid(compound.id(), "第2网格", "李娜", -1), "households", "region.error.negative");
        MicroGridRow changed = region.updateMicroGrid(grid.id(), grid.version(), "第1网格", "李娜", 130);
        assertThat(region.findMicroGrid(compound.id(), "第1网格")).contains(changed);
        assertThatThrownBy(() -> region.updateMicroGrid(grid.id(), grid.version(), "第1网格", "李娜", 1))
                .isInstanceOf(StaleEditException.class);
        region.deleteMicroGrid(changed.id(), changed.version(), ZH);
        region.deleteCompound(compound.id(), region.compoundDetail(compound.id()).version(), ZH);
        region.deleteCommunity(community.id(), region.communityRow(community.id()).version(), ZH);
        assertThat(region.communitiesOf(yushan)).extracting(CommunityRef::name).doesNotContain("测试二社区");
    }

    @Test
    void aCoordinatorIsRefusedEveryMethodOnAnotherTownsIds() {
        login.as("yushan");
        long yizhuang = region.findCompound(zhangba, "义庄公寓").orElseThrow().id();
        long yizhuangVersion = region.compoundDetail(yizhuang).version();
        List<ThrowingCallable> calls = List.of(
                () -> region.communitiesOf(meili),
                () -> region.community(meiliCommunity),
                () -> region.communityRow(meiliCommunity),
                () -> region.compound(meiliCompound),
                () -> region.compoundDetail(meiliCompound),
                () -> region.microGrid(meiliGrid),
                () -> region.microGridsOf(meiliCompound),
                () -> region.findCompound(meiliCommunity, "x"),
                () -> region.findMicroGrid(meiliCompound, "x"),
                () -> region.createCommunity(meili, "x"),
                () -> region.renameCommunity(meiliCommunity, 0, "x"),
                () -> region.deleteCommunity(meiliCommunity, 0, ZH),
                () -> region.createCompound(form(meiliCommunity, "x")),
                () -> region.updateCompound(meiliCompound, 0, form(meiliCommunity, "x")),
                () -> region.updateCompound(yizhuang, yizhuangVersion, form(meiliCommunity, "义庄公寓")),
                () -> region.deleteCompound(meiliCompound, 0, ZH),
                () -> region.setOwnership(meiliCompound, 0, new BigDecimal("100"), 1),
                () -> region.createMicroGrid(meiliCompound, "x", "y", 1),
                () -> region.updateMicroGrid(meiliGrid, 0, "x", "y", 1),
                () -> region.deleteMicroGrid(meiliGrid, 0, ZH));
        for (int i = 0; i < calls.size(); i++) {
            assertThatThrownBy(calls.get(i)).as("call %d", i).isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("error.scope.town");
        }
        assertThat(region.townsInScope()).singleElement().satisfies(t -> assertThat(t.name()).isEqualTo("虞山街道"));
    }

    @Test
    void theCompoundKeepsItsTotalExclusiveAreaAndOwnerCountBothOrNeither() {
        login.as("yushan");
        CompoundRef created = region.createCompound(form(zhangba, "面积测试苑").withOwnership(new BigDecimal("25630.5"), 318));
        CompoundDetail detail = region.compoundDetail(created.id());
        assertThat(detail.exclusiveArea()).isEqualByComparingTo("25630.50").hasScaleOf(2);
        assertThat(detail.ownerCount()).isEqualTo(318);
        assertThat(detail.toForm().exclusiveArea()).isEqualByComparingTo("25630.50");

        assertRefused(() -> region.updateCompound(created.id(), detail.version(),
                detail.toForm().withOwnership(new BigDecimal("25630.505"), 318)), "exclusiveArea", "form.decimal");
        assertRefused(() -> region.updateCompound(created.id(), detail.version(),
                detail.toForm().withOwnership(BigDecimal.ZERO, 318)), "exclusiveArea", "form.decimal");
        assertRefused(() -> region.updateCompound(created.id(), detail.version(),
                detail.toForm().withOwnership(new BigDecimal("100"), 0)), "ownerCount", "form.integer");
        assertRefused(() -> region.updateCompound(created.id(), detail.version(),
                detail.toForm().withOwnership(new BigDecimal("100"), null)), "ownerCount", "validation.required");
        assertRefused(() -> region.updateCompound(created.id(), detail.version(),
                detail.toForm().withOwnership(null, 5)), "exclusiveArea", "validation.required");

        // the narrow edit of the vote panel: same rules, optimistic lock, and both cleared together
        CompoundDetail set = region.setOwnership(created.id(), detail.version(), new BigDecimal("26000"), 320);
        assertThat(set.exclusiveArea()).isEqualByComparingTo("26000.00");
        assertThat(set.buildings()).isEqualTo(detail.buildings());
        assertThatThrownBy(() -> region.setOwnership(created.id(), detail.version(), new BigDecimal("1"), 1))
                .isInstanceOf(StaleEditException.class);
        CompoundDetail cleared = region.setOwnership(created.id(), set.version(), null, null);
        assertThat(cleared.exclusiveArea()).isNull();
        assertThat(cleared.ownerCount()).isNull();
    }

    @Test
    void changesAreAuditedAutomatically() {
        login.as("yushan");
        CompoundRef created = region.createCompound(form(zhangba, "审计测试苑"));
        Integer entries = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Compound' AND entity_id = ?"
                + " AND username = 'yushan' AND action = 'CREATE'", Integer.class, String.valueOf(created.id()));
        assertThat(entries).isEqualTo(1);
    }

}
