package cn.haitang.console.circle.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.circle.CoverageRow;
import cn.haitang.console.circle.OrganiserKind;
import cn.haitang.console.circle.PositionKind;
import cn.haitang.console.circle.PositionRow;
import cn.haitang.console.circle.RecordRow;
import cn.haitang.console.circle.SceneRow;
import cn.haitang.console.circle.SceneState;
import cn.haitang.console.circle.Slot;
import cn.haitang.console.circle.TargetGroup;
import cn.haitang.console.support.KaribuTest;
import cn.haitang.console.support.TestData;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The circle's views as a user sees them: menu entries, lazy grids, forms with refusals at the field. */
@Transactional
class CircleViewsKaribuTest extends KaribuTest {

    @Autowired
    TestData data;
    @Autowired
    cn.haitang.console.circle.PositionService positionService;
    @Autowired
    cn.haitang.console.circle.SceneService sceneService;
    @Autowired
    cn.haitang.console.funds.FundService fundService;
    @Autowired
    cn.haitang.console.funds.LedgerService ledger;

    /** A scene of a new 虞山 community given 1,200 yuan by the community's fund, 200 of which were reversed as wrong. */
    private String sceneWithGrants() {
        TestData.Place place = data.place("yushan");
        String name = TestData.unique("社区共享食堂");
        java.time.LocalDate day = java.time.LocalDate.of(2025, 5, 20);
        data.asAdmin(() -> {
            long position = positionService.create(new cn.haitang.console.circle.PositionForm(place.communityId(),
                    TestData.unique("党群服务中心"), PositionKind.SERVICE_CENTRE, "测试路8号", new BigDecimal("200"), "社区居委会",
                    null, "陈静", "13912345678", List.of(new cn.haitang.console.circle.HoursForm(DayOfWeek.MONDAY,
                    LocalTime.of(9, 0), LocalTime.of(17, 0), Slot.REGULAR))));
            long scene = sceneService.create(new cn.haitang.console.circle.SceneForm(position, sceneService.types().getFirst().id(),
                    name, Set.of(TargetGroup.ELDERLY), OrganiserKind.COMMUNITY, "社区居委会", null, "每日 11:00–12:30", 60));
            long fund = fundService.openFund(new cn.haitang.console.funds.FundForm(place.communityId(), TestData.unique("测试社区治理基金"),
                    "社区居委会", "6228 4801", java.time.LocalDate.of(2024, 1, 1), new BigDecimal("5000")));
            ledger.record(fund, new cn.haitang.console.funds.MovementForm(cn.haitang.console.funds.MovementKind.DONATION, day,
                    new BigDecimal("3000"), "陈静", false, "爱心捐助", null, null));
            ledger.record(fund, new cn.haitang.console.funds.MovementForm(cn.haitang.console.funds.MovementKind.GRANT, day,
                    new BigDecimal("1000"), name, false, "助餐补贴", null, null, scene));
            long wrong = ledger.record(fund, new cn.haitang.console.funds.MovementForm(cn.haitang.console.funds.MovementKind.GRANT,
                    day, new BigDecimal("200"), name, false, "餐具添置", null, null, scene));
            ledger.reverse(wrong, ledger.movement(wrong).version(), "重复登记");
            return scene;
        });
        return name;
    }

    @Test
    void theScenesPageShowsTheGrantsItReceived() {
        String name = sceneWithGrants();
        openAs("yushan");
        UI.getCurrent().navigate(ScenesView.class);
        ScenesView scenes = _get(ScenesView.class);
        scenes.search.setValue(name);
        SceneFormDialog details = scenes.openForm(rows(scenes.grid).getFirst());
        assertThat(rows(details.grants)).hasSize(3);
        List<List<String>> lines = rows(details.grants).stream().map(g -> GridKt._getFormattedRow(details.grants, g)).toList();
        assertThat(lines).anySatisfy(cells -> assertThat(cells).contains("1,000.00", "助餐补贴"))
                .anySatisfy(cells -> assertThat(cells).contains("200.00", "餐具添置"))
                .anySatisfy(cells -> assertThat(cells).contains("-200.00", "冲正：餐具添置"));
        // the reversal (dated today) comes first, newest first
        assertThat(lines.getFirst()).contains("-200.00");
        assertThat(details.grantTotal.getText()).isEqualTo("累计获资助 1,000.00 元");
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return GridKt._fetch(grid, 0, 500);
    }

    /** Every entry the user may open, with every section opened (a folded one holds no entries yet). */
    private static List<String> menuLabels() {
        _find(com.vaadin.flow.component.sidenav.SideNav.class).forEach(nav -> nav.setExpanded(true));
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void coordinatorsSeeTheCircleEntriesReviewersDoNot() {
        openAs("yushan");
        UI.getCurrent().navigate(PositionsView.class);
        assertThat(menuLabels()).contains("服务阵地", "幸福场景", "服务记录", "服务圈覆盖");
        openAs("reviewer3");
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).doesNotContain("服务阵地", "幸福场景", "服务记录");
        UI.getCurrent().navigate(ScenesView.class);
        assertThat(_find(ScenesView.class)).isEmpty();
    }

    @Test
    void coordinatorOpensAPositionWithALateSlotAndOverlappingHoursAreSaidUnderTheHours() {
        TestData.Place place = data.place("yushan");
        openAs("yushan");
        UI.getCurrent().navigate(PositionsView.class);
        PositionsView view = _get(PositionsView.class);
        assertThat(rows(view.grid)).allSatisfy(r -> assertThat(r.townName()).isEqualTo("虞山街道"));
        PositionFormDialog form = view.openForm(null);
        form.save();
        assertThat(form.name.isInvalid()).isTrue();
        form.community.setValue(form.community.getListDataView().getItems()
                .filter(a -> a.id() == place.communityId()).findFirst().orElseThrow());
        form.name.setValue("测试党群服务中心");
        form.kind.setValue(PositionKind.SERVICE_CENTRE);
        form.address.setValue("虞山街道测试路1号");
        form.floorArea.setValue(new BigDecimal("260"));
        form.owner.setValue("测试社区居委会");
        form.contactPerson.setValue("陈静");
        form.contactPhone.setValue("13912345678");
        PositionFormDialog.HoursRow late = form.addRow(null);
        late.weekday.setValue(DayOfWeek.MONDAY);
        late.opens.setValue(LocalTime.of(16, 0));
        late.closes.setValue(LocalTime.of(21, 0));
        late.slot.setValue(Slot.LATE);
        form.save();
        assertThat(form.isOpened()).isTrue();
        assertThat(form.hoursError.getText()).isEqualTo("第 2 个时段与第 1 个时段重叠");
        late.opens.setValue(LocalTime.of(18, 0));
        form.save();
        assertThat(form.isOpened()).isFalse();
        view.lateOnly.setValue(true);
        view.search.setValue("测试党群服务中心");
        PositionRow row = rows(view.grid).stream().filter(r -> r.communityId() == place.communityId()).findFirst()
                .orElseThrow();
        assertThat(row.late()).isTrue();
        assertThat(row.contactPhone()).isEqualTo("139****5678");
    }

    @Test
    void aSceneForChildrenIsAddedRunsAndASessionAboveCapacityAsksForAReason() {
        TestData.Place place = data.place("yushan");
        openAs("yushan");
        UI.getCurrent().navigate(PositionsView.class);
        PositionFormDialog position = _get(PositionsView.class).openForm(null);
        position.community.setValue(position.community.getListDataView().getItems()
                .filter(a -> a.id() == place.communityId()).findFirst().orElseThrow());
        position.name.setValue("测试1510服务站");
        position.kind.setValue(PositionKind.STATION_1510);
        position.address.setValue("测试路2号");
        position.floorArea.setValue(new BigDecimal("120"));
        position.owner.setValue("社区");
        position.contactPerson.setValue("周敏");
        position.contactPhone.setValue("13800001111");
        position.save();

        UI.getCurrent().navigate(ScenesView.class);
        ScenesView scenes = _get(ScenesView.class);
        assertThat(scenes.types.isVisible()).isFalse();
        SceneFormDialog form = scenes.openForm(null);
        form.position.setValue(form.position.getListDataView().getItems().filter(p -> p.name().endsWith("测试1510服务站"))
                .filter(p -> p.name().startsWith(place.communityName())).findFirst().orElseThrow());
        form.type.setValue(form.type.getListDataView().getItems().findFirst().orElseThrow());
        form.name.setValue("测试四点半课堂");
        form.schedule.setValue("工作日 16:30–18:00");
        form.capacity.setValue(20);
        form.organiserKind.setValue(OrganiserKind.COMMUNITY);
        form.organiserName.setValue("社区居委会");
        form.save();
        assertThat(form.groups.isInvalid()).isTrue();
        form.groups.setValue(Set.of(TargetGroup.CHILDREN, TargetGroup.ALL));
        form.save();
        assertThat(form.groups.getErrorMessage()).isEqualTo("“全体居民”不能与其他服务对象同时选择");
        form.groups.setValue(Set.of(TargetGroup.CHILDREN));
        form.save();
        assertThat(form.isOpened()).isFalse();
        scenes.search.setValue("测试四点半课堂");
        SceneRow planned = rows(scenes.grid).stream().filter(r -> r.communityId() == place.communityId()).findFirst()
                .orElseThrow();
        SceneFormDialog details = scenes.openForm(planned);
        SceneStateDialog run = details.openStateChange(planned, SceneState.RUNNING);
        run.save();
        assertThat(rows(scenes.grid).stream().filter(r -> r.id() == planned.id()).findFirst().orElseThrow().state())
                .isEqualTo(SceneState.RUNNING);

        UI.getCurrent().navigate(RecordsView.class);
        RecordsView records = _get(RecordsView.class);
        RecordFormDialog session = records.openForm(null);
        session.scene.setValue(session.scene.getListDataView().getItems().filter(s -> s.id() == planned.id()).findFirst()
                .orElseThrow());
        session.heldOn.setValue(session.heldOn.getValue().minusDays(1));
        session.startsAt.setValue(LocalTime.of(16, 30));
        session.endsAt.setValue(LocalTime.of(18, 0));
        session.participants.setValue(25);
        session.save();
        assertThat(session.overCapacityReason.getErrorMessage()).isEqualTo("参与人次超过容纳人数（20），请说明原因");
        session.overCapacityReason.setValue("家长陪同参加");
        session.save();
        assertThat(session.isOpened()).isFalse();
        records.scene.setValue(runningScene(records, planned.name(), planned.id()));
        assertThat(rows(records.grid)).extracting(RecordRow::participants).containsExactly(25);
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aCoordinatorImportsASheetOfSessionsAfterItsPreview() throws Exception {
        long sceneId = jdbc.queryForObject("SELECT s.id FROM scene s JOIN town t ON t.id = s.town_id"
                + " WHERE t.name = '虞山街道' AND s.state = 'RUNNING' ORDER BY s.id LIMIT 1", Long.class);
        openAs("yushan");
        SceneRow scene = sceneService.scene(sceneId);
        UI.getCurrent().navigate(RecordsView.class);
        RecordsView records = _get(RecordsView.class);
        assertThat(records.importSessions.isVisible()).isTrue();
        cn.haitang.console.base.ui.ImportDialog dialog = records.openImport();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("sessions", ".xlsx");
        String day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(2).toString();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = java.nio.file.Files.newOutputStream(file)) {
            var sheet = book.createSheet("服务记录");
            String[][] rows = {{"镇（街道）", "社区", "服务阵地", "场景名称", "日期", "开始时间", "结束时间", "参与人数"},
                    {scene.townName(), scene.communityName(), scene.positionName(), scene.name(), day, "06:17", "07:00", "5人"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
        }
        dialog.receive(file, "晨练记录.xlsx");
        var preview = java.util.Objects.requireNonNull(dialog.preview);
        assertThat(preview.summary.getText()).startsWith("新增 1 行");
        assertThat(preview.confirm.isEnabled()).isTrue();
        com.github.mvysny.kaributesting.v10.ButtonKt._click(preview.confirm);
        assertThat(dialog.result.getText()).isEqualTo("导入完成：新增 1 条服务记录，更新 0 条");
        records.scene.setValue(runningScene(records, scene.name(), sceneId));
        // the filter's scenes are asked for as the user types, only the caller's own and those holding the text
        assertThat(options(records, "")).isNotEmpty().allSatisfy(o -> assertThat(jdbc.queryForObject(
                "SELECT t.name FROM scene s JOIN town t ON t.id = s.town_id WHERE s.id = ?", String.class, o.id()))
                .isEqualTo("虞山街道"));
        assertThat(options(records, scene.name())).extracting(cn.haitang.console.circle.Named::name)
                .isNotEmpty().allSatisfy(name -> assertThat(name).contains(scene.name()));
        assertThat(rows(records.grid)).anySatisfy(r -> {
            assertThat(r.startsAt()).isEqualTo(LocalTime.of(6, 17));
            assertThat(r.participants()).isEqualTo(5);
        });
    }

    /** The scene filter's options for a typed text, as the browser would ask for them (the first 50). */
    @SuppressWarnings("unchecked")
    private static List<cn.haitang.console.circle.Named> options(RecordsView records, String text) {
        var provider = (com.vaadin.flow.data.provider.DataProvider<cn.haitang.console.circle.Named, String>)
                records.scene.getDataProvider();
        return provider.fetch(new com.vaadin.flow.data.provider.Query<>(0, 50, List.of(), null, text)).toList();
    }

    private static cn.haitang.console.circle.Named runningScene(RecordsView records, String name, long id) {
        return options(records, name).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    @Test
    void theCoverageListShowsGapsAndTheAdminKeepsTheTypes() {
        openAs("admin");
        UI.getCurrent().navigate(CoverageView.class);
        CoverageView coverage = _get(CoverageView.class);
        assertThat(rows(coverage.grid)).allMatch(CoverageRow::hasGap);
        coverage.gapsOnly.setValue(false);
        assertThat(GridKt._size(coverage.grid)).isGreaterThanOrEqualTo(111);
        UI.getCurrent().navigate(ScenesView.class);
        ScenesView scenes = _get(ScenesView.class);
        assertThat(scenes.types.isVisible()).isTrue();
        scenes.types.click();
        SceneTypesDialog types = _get(SceneTypesDialog.class);
        types.name.setValue("社区共享食堂");
        types.save();
        assertThat(types.name.getErrorMessage()).isEqualTo("已有名为“社区共享食堂”的场景类型");
    }
}
