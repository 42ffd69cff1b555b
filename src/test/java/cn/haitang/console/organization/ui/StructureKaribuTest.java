package cn.haitang.console.organization.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.organization.BranchRow;
import cn.haitang.console.organization.CompoundRow;
import cn.haitang.console.organization.CoverageFigures;
import cn.haitang.console.organization.GapKind;
import cn.haitang.console.organization.ImportKind;
import cn.haitang.console.organization.NodeKind;
import cn.haitang.console.organization.OrganizationService;
import cn.haitang.console.organization.Presence;
import cn.haitang.console.organization.StructureExcel;
import cn.haitang.console.organization.TreeNode;
import cn.haitang.console.organization.Workbooks;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class StructureKaribuTest extends KaribuTest {

    @Autowired
    OrganizationService service;
    @Autowired
    RegionService region;
    @Autowired
    StructureExcel excel;
    @Autowired
    JdbcTemplate jdbc;

    private long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    // ---- the tree ---------------------------------------------------------------------------------------

    @Test
    void theTreeShowsTheCityLevelByLevel() {
        openAs("admin");
        UI.getCurrent().navigate(StructureView.class);
        StructureView view = _get(StructureView.class);
        assertThat(_size(view.tree)).isEqualTo(14);
        TreeNode yushan = _fetch(view.tree, 0, 14).stream().filter(n -> n.name().equals("虞山街道")).findFirst().orElseThrow();
        view.tree.expand(yushan);
        assertThat(_size(view.tree)).isEqualTo(14 + (int) yushan.childCount());
        view.tree.select(yushan);
        assertThat(_get(view.detail, H3.class).getText()).contains("虞山街道");
    }

    @Test
    void searchOpensThePathToTheHitAndShowsItsDetails() {
        openAs("admin");
        UI.getCurrent().navigate(StructureView.class);
        StructureView view = _get(StructureView.class);
        view.search.setValue("义庄公寓");
        view.search("义庄公寓");
        TreeNode selected = view.tree.asSingleSelect().getValue();
        assertThat(selected.kind()).isEqualTo(NodeKind.COMPOUND);
        assertThat(selected.name()).isEqualTo("义庄公寓");
        assertThat(_fetch(view.tree, 0, _size(view.tree))).contains(selected);
        assertThat(_get(view.detail, H3.class).getText()).contains("义庄公寓");
        assertThat(view.detail.actions.getChildren().map(c -> ((Button) c).getText()))
                .contains("新建党支部", "编辑小区", "删除");
    }

    @Test
    void aCoordinatorsTreeHoldsOnlyTheirTownAlreadyOpen() {
        openAs("yushan");
        UI.getCurrent().navigate(StructureView.class);
        StructureView view = _get(StructureView.class);
        List<TreeNode> rows = _fetch(view.tree, 0, _size(view.tree));
        assertThat(rows.getFirst().name()).isEqualTo("虞山街道");
        assertThat(rows).filteredOn(n -> n.kind() == NodeKind.TOWN).hasSize(1);
        assertThat(rows).filteredOn(n -> n.kind() == NodeKind.COMMUNITY).extracting(TreeNode::name).contains("张坝社区");
        view.search("梅李");
        assertThat(view.tree.asSingleSelect().getValue()).isNull();
    }

    @Test
    void aCoordinatorAddsAGridGroupAndACentralHouseholdThroughTheForms() {
        openAs("yushan");
        UI.getCurrent().navigate(StructureView.class);
        long compound = id("""
                SELECT MIN(m.compound_id) FROM micro_grid m JOIN compound cp ON cp.id = m.compound_id
                JOIN town t ON t.id = cp.town_id WHERE t.code = 'yushan'
                AND NOT EXISTS (SELECT 1 FROM grid_group g WHERE g.micro_grid_id = m.id)""");
        BranchRow branch = service.branchesOf(compound).getFirst();
        FormDialog groupForm = Forms.gridGroup(service, branch, null, () -> { });
        groupForm.open();
        TextField leader = (TextField) groupForm.fields().get("leader");
        groupForm.save();
        assertThat(((com.vaadin.flow.component.HasValidation) groupForm.fields().get("microGridId")).isInvalid())
                .as("no micro-grid chosen").isTrue();
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.combobox.ComboBox<cn.haitang.console.region.MicroGridRow>)
                groupForm.fields().get("microGridId");
        grid.setValue(service.freeMicroGrids(compound, null).getFirst());
        assertThat(((TextField) groupForm.fields().get("name")).getValue()).endsWith("网格党小组");
        groupForm.save();
        assertThat(leader.isInvalid()).isTrue();
        assertThat(leader.getErrorMessage()).isEqualTo("此项为必填项");
        leader.setValue("顾建国");
        groupForm.save();
        assertThat(groupForm.isOpened()).isFalse();
        long group = service.gridGroupOfMicroGrid(grid.getValue().id()).orElseThrow().id();

        FormDialog household = Forms.household(service, group, null, () -> { });
        ((TextField) household.fields().get("memberName")).setValue("陆小凤");
        TextField phone = (TextField) household.fields().get("phone");
        phone.setValue("1391234");
        ((TextField) household.fields().get("buildingUnit")).setValue("6幢2单元");
        ((IntegerField) household.fields().get("linkedHouseholds")).setValue(12);
        household.save();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).contains("11 位手机号码");
        phone.setValue("13912345678");
        household.save();
        assertThat(service.householdsOf(group)).singleElement().satisfies(h -> assertThat(h.memberName()).isEqualTo("陆小凤"));
    }

    @Test
    void theCompoundFormRefusesASecondCompoundOfTheSameNameAtTheNameField() {
        openAs("yushan");
        UI.getCurrent().navigate(StructureView.class);
        long yushan = id("SELECT id FROM town WHERE code = 'yushan'");
        long zhangba = id("SELECT id FROM community WHERE name = '张坝社区'");
        FormDialog form = Forms.compound(region, yushan, zhangba, null, () -> { });
        form.open();
        TextField name = (TextField) form.fields().get("name");
        name.setValue("义庄公寓");
        ((TextField) form.fields().get("address")).setValue("书院街1号");
        ((IntegerField) form.fields().get("buildings")).setValue(6);
        ((IntegerField) form.fields().get("households")).setValue(240);
        form.save();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("已有名为“义庄公寓”的小区");
        assertThat(form.isOpened()).isTrue();
    }

    @Test
    void aClearedOrUnreadableCountOrAnOverlongNameIsRefusedAtTheFieldAndNothingIsSaved() {
        openAs("yushan");
        UI.getCurrent().navigate(StructureView.class);
        long yushan = id("SELECT id FROM town WHERE code = 'yushan'");
        long yizhuang = id("SELECT id FROM compound WHERE name = '义庄公寓'");
        cn.haitang.console.region.CompoundDetail before = region.compoundDetail(yizhuang);
        FormDialog form = Forms.compound(region, yushan, null, before, () -> { });
        form.open();
        IntegerField households = (IntegerField) form.fields().get("households");
        households.clear();
        form.save();
        assertThat(form.isOpened()).as("an emptied count is not saved as 0").isTrue();
        assertThat(households.isInvalid()).isTrue();
        assertThat(households.getErrorMessage()).isEqualTo("此项为必填项");
        households.setValue(before.households());

        TextField name = (TextField) form.fields().get("name");
        String pasted = "义".repeat(500);
        name.setValue(pasted);
        form.save();
        assertThat(form.isOpened()).as("500 characters are not cut to 64").isTrue();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("最多 64 个字").contains("500");
        assertThat(name.getValue()).as("what was typed stays").isEqualTo(pasted);
        assertThat(region.compoundDetail(yizhuang).households()).isEqualTo(before.households());
        assertThat(region.compoundDetail(yizhuang).name()).isEqualTo("义庄公寓");
        assertThat(region.compoundDetail(yizhuang).version()).isEqualTo(before.version());
    }

    // ---- the compound list ---------------------------------------------------------------------------

    @Test
    void theCompoundListFiltersInTheDatabase() {
        openAs("admin");
        UI.getCurrent().navigate(CompoundListView.class);
        CompoundListView view = _get(CompoundListView.class);
        assertThat(_size(view.grid)).isEqualTo(506);
        assertThat(view.count.getText()).isEqualTo("共 506 个小区");
        view.entity.setValue(Presence.WITHOUT);
        assertThat(_size(view.grid)).isEqualTo(40);
        assertThat(_fetch(view.grid, 0, 40)).allSatisfy(c -> assertThat(c.entityBranch()).isFalse());
        view.name.setValue("义庄");
        assertThat(_fetch(view.grid, 0, 10)).extracting(CompoundRow::name).containsExactly("义庄公寓");
        view.name.clear();
        view.entity.setValue(Presence.ANY);
        view.functional.setValue(Presence.WITHOUT);
        assertThat(_size(view.grid)).isZero();
        view.functional.setValue(Presence.ANY);
        view.town.setValue(region.allTowns().stream().filter(t -> t.name().equals("梅李镇")).findFirst().orElseThrow());
        assertThat(_size(view.grid)).isEqualTo(28);
        assertThat(view.export).isNotNull();
    }

    @Test
    void aCoordinatorsListIsFixedToTheirTown() {
        openAs("yushan");
        UI.getCurrent().navigate(CompoundListView.class);
        CompoundListView view = _get(CompoundListView.class);
        assertThat(view.town.isReadOnly()).isTrue();
        assertThat(view.town.getValue().name()).isEqualTo("虞山街道");
        assertThat(_size(view.grid)).isEqualTo(80);
        assertThat(_fetch(view.grid, 0, 80)).allSatisfy(c -> assertThat(c.townName()).isEqualTo("虞山街道"));
    }

    // ---- import -----------------------------------------------------------------------------------------

    @Test
    void anImportOfBrokenRowsShowsTheRowByRowReport() throws Exception {
        openAs("yushan");
        UI.getCurrent().navigate(ImportView.class);
        ImportView view = _get(ImportView.class);
        view.kind.setValue(ImportKind.HOUSEHOLD);
        byte[] file = Workbooks.of(excel.template(ImportKind.HOUSEHOLD, Locale.SIMPLIFIED_CHINESE), List.of(
                List.of("虞山街道", "张坝社区", "义庄公寓", "第9网格", "甲", "13800138000", "1幢", "1"),
                List.of("梅李镇", "张坝社区", "义庄公寓", "第1网格", "乙", "13800138000", "1幢", "1"),
                List.of("虞山街道", "张坝社区", "无名苑", "第1网格", "丙", "13800138000", "1幢", "1")));
        view.handle("households.xlsx", file);
        assertThat(view.outcome.getText()).contains("3 处错误").contains("未保存");
        assertThat(view.errors.isVisible()).isTrue();
        assertThat(_size(view.errors)).isEqualTo(3);
        assertThat(_fetch(view.errors, 0, 3)).extracting(e -> e.row()).containsExactly(2, 3, 4);
        assertThat(_find(view.reportHolder, Anchor.class)).singleElement()
                .satisfies(a -> assertThat(a.getText()).isEqualTo("下载错误报告"));
    }

    // ---- coverage ---------------------------------------------------------------------------------------

    @Test
    void theCoverageViewShowsThePublishedRatesAndSnapshots() {
        openAs("admin");
        UI.getCurrent().navigate(CoverageView.class);
        CoverageView view = _get(CoverageView.class);
        assertThat(view.report.total().compounds()).isEqualTo(506);
        assertThat(_find(view.totals, Anchor.class)).extracting(Anchor::getText).contains("92.09%", "100.00%");
        assertThat(_size(view.towns)).isEqualTo(14);
        CoverageFigures yushan = _fetch(view.towns, 0, 14).getFirst();
        view.towns.select(yushan);
        assertThat(_fetch(view.communities, 0, 100)).allSatisfy(c -> assertThat(c.townId()).isEqualTo(yushan.refId()));
        YearMonth month = view.asOf.getListDataView().getItems().skip(1).findFirst().orElseThrow().orElseThrow();
        view.asOf.setValue(Optional.of(month));
        assertThat(view.report.asOf()).isEqualTo(month);
        assertThat(view.report.total().entityRate()).isEqualByComparingTo("92.09");
        assertThat(view.takenAt.getText()).startsWith("快照时间");
    }

    @Test
    void theGapListHoldsTheCompoundsMissingTheRate() {
        openAs("yushan");
        UI.getCurrent().navigate("coverage/gaps", QueryParameters.simple(Map.of("kind", GapKind.ENTITY_BRANCH.name())));
        GapListView view = _get(GapListView.class);
        int gaps = _size(view.grid);
        assertThat(gaps).isPositive();
        assertThat(_fetch(view.grid, 0, gaps)).allSatisfy(g -> assertThat(g.townName()).isEqualTo("虞山街道"))
                .extracting(g -> g.compoundName()).contains("义庄公寓");
        UI.getCurrent().navigate("coverage/gaps", QueryParameters.simple(Map.of("kind", "ENTITY_BRANCH",
                "town", String.valueOf(id("SELECT id FROM town WHERE code = 'meili'")))));
        assertThat(_size(_get(GapListView.class).grid)).isZero();
    }

    // ---- compound page ----------------------------------------------------------------------------------

    @Test
    void theCompoundPageCollectsTheTabsOfEveryFeature() {
        openAs("yushan");
        long yizhuang = id("SELECT id FROM compound WHERE name = '义庄公寓'");
        UI.getCurrent().navigate("compound/" + yizhuang);
        assertThat(_find(Tab.class)).extracting(Tab::getLabel).contains("组织体系", "变更记录");
    }

    @Test
    void aCoordinatorCannotOpenAnotherTownsCompoundPage() {
        openAs("yushan");
        long meili = id("SELECT MIN(cp.id) FROM compound cp JOIN town t ON t.id = cp.town_id WHERE t.code = 'meili'");
        UI.getCurrent().navigate("compound/" + meili);
        assertThat(_find(Tab.class)).isEmpty();
        assertThat(_find(Paragraph.class)).anySatisfy(p -> assertThat(p.getText()).contains("记录不存在或已被删除"));
    }
}
