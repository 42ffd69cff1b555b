package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.excel.imports.ImportProblem;
import cn.haitang.console.base.ui.ImportPreviewDialog;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.pairing.ActivityRow;
import cn.haitang.console.pairing.ActivityTypeRow;
import cn.haitang.console.pairing.MatterAction;
import cn.haitang.console.pairing.MatterRow;
import cn.haitang.console.pairing.MatterState;
import cn.haitang.console.pairing.Named;
import cn.haitang.console.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

/** The pairing views as a user sees them: lazy grids, filters, forms with messages at the field, import reports. */
@Transactional
class PairingViewsKaribuTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static <T> List<T> rows(Grid<T> grid) {
        return GridKt._fetch(grid, 0, 200);
    }

    /** Sends a file through the dialog's upload field as the browser would, then runs what it queued. */
    private static void upload(ActivityFormDialog dialog, String fileName, String type, byte[] content) {
        MockVaadin.clientRoundtrip(true);
        UploadKt._upload(java.util.Objects.requireNonNull(dialog.upload).upload(), fileName, type, content);
        MockVaadin.clientRoundtrip(true);
    }

    /** Every entry the user may open, with every section opened (a folded one holds no entries yet). */
    private static List<String> menuLabels() {
        _find(com.vaadin.flow.component.sidenav.SideNav.class).forEach(nav -> nav.setExpanded(true));
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void adminAndCoordinatorSeeThePairingEntriesButReviewersDoNot() {
        openAs("admin");
        UI.getCurrent().navigate(InstitutionsView.class);
        assertThat(menuLabels()).contains("结对单位", "社区结对", "共建活动", "统一服务日", "报到管理", "海棠有约·共商共办");
        openAs("reviewer3");
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).doesNotContain("结对单位", "报到管理", "海棠有约·共商共办");
        UI.getCurrent().navigate(MattersBoardView.class);
        assertThat(_find(MattersBoardView.class)).isEmpty();
    }

    @Test
    void institutionRegistryListsAllEightyFiveForTheAdminAndValidatesTheForm() {
        openAs("admin");
        UI.getCurrent().navigate(InstitutionsView.class);
        InstitutionsView view = _get(InstitutionsView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(85);
        view.search.setValue("医院");
        assertThat(rows(view.grid)).isNotEmpty().allSatisfy(r -> assertThat(r.name()).contains("医院"));
        view.create.click();
        InstitutionFormDialog form = _get(InstitutionFormDialog.class);
        form.save();
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("必填");
        form.name.setValue("常熟市第一人民医院");
        form.kind.setValue(cn.haitang.console.pairing.InstitutionKind.PUBLIC_INSTITUTION);
        form.partyOrganisation.setValue("党委");
        form.contactPerson.setValue("王伟");
        form.save();
        assertThat(form.name.getErrorMessage()).contains("已有名为");
        form.name.setValue("常熟市测试卫生院");
        form.save();
        assertThat(form.isOpened()).isFalse();
        view.search.setValue("测试卫生院");
        assertThat(rows(view.grid)).singleElement().satisfies(r -> assertThat(r.townName()).isNull());
    }

    @Test
    void institutionDetailsShowPairingsActivitiesAndClaimsAndCoordinatorsSeeTheirOwnOnly() {
        openAs("yushan");
        UI.getCurrent().navigate(InstitutionsView.class);
        InstitutionsView view = _get(InstitutionsView.class);
        assertThat(view.create.isVisible()).isFalse();
        assertThat(rows(view.grid)).isNotEmpty().allSatisfy(r -> assertThat(r.townName()).isEqualTo("虞山街道"));
        InstitutionDialog dialog = view.openDetails(rows(view.grid).getFirst());
        assertThat(rows(dialog.pairings)).isNotEmpty();
        assertThat(GridKt._size(dialog.activities)).isPositive();
        assertThat(dialog.newPairing.isVisible()).isFalse();
    }

    @Test
    void communityPairingsShowTheHeadlineAndTheCommunitySide() {
        openAs("admin");
        UI.getCurrent().navigate(CommunityPairingsView.class);
        CommunityPairingsView view = _get(CommunityPairingsView.class);
        assertThat(view.headline.getText()).contains("结对单位 85 / 85");
        assertThat(rows(view.byTown)).hasSize(14);
        assertThat(GridKt._size(view.communities)).isEqualTo(111);
        var paired = rows(view.communities).stream().filter(c -> c.institutions() > 0).findFirst().orElseThrow();
        view.openCommunity(paired);
    }

    @Test
    void coordinatorRecordsAUnifiedServiceDayActivityAndTheFormShowsRefusalsAtTheField() {
        openAs("yushan");
        UI.getCurrent().navigate(ActivitiesView.class);
        ActivitiesView view = _get(ActivitiesView.class);
        assertThat(view.town.getValue().name()).isEqualTo("虞山街道");
        assertThat(view.town.isReadOnly()).isTrue();
        assertThat(view.types.isVisible()).isFalse();
        int before = GridKt._size(view.grid);
        ActivityFormDialog form = view.openForm(null);
        assertThat(form.type.getValue().name()).isEqualTo("在职党员统一服务日");
        form.save();
        assertThat(form.institution.isInvalid()).isTrue();
        form.institution.setValue(form.institution.getListDataView().getItems().findFirst().orElseThrow());
        form.community.setValue(form.community.getListDataView().getItems().findFirst().orElseThrow());
        form.participants.setValue(0);
        form.hours.setValue(new BigDecimal("2"));
        form.description.setValue("统一服务日：清理楼道杂物");
        form.save();
        assertThat(form.participants.isInvalid()).isTrue();
        assertThat(form.participants.getErrorMessage()).isEqualTo("应在 1 到 10,000 之间");
        form.participants.setValue(18);
        form.save();
        assertThat(form.isOpened()).isFalse();
        assertThat(GridKt._size(view.grid)).isEqualTo(before + 1);
        ActivityRow saved = rows(view.grid).getFirst();
        assertThat(saved.description()).isEqualTo("统一服务日：清理楼道杂物");
        ActivityFormDialog edit = view.openForm(saved);
        // the shared upload field says what became of each file, in the shared upload texts
        upload(edit, "签到表.pdf", "application/pdf", "%PDF-1.4 x".getBytes());
        assertThat(edit.upload.message()).isEqualTo("已上传：签到表.pdf");
        upload(edit, "virus.exe", "application/octet-stream", "MZ".getBytes());
        assertThat(edit.upload.message()).isEqualTo("只接受 PDF、JPG、PNG 文件：virus.exe");
        assertThat(rows(edit.attachments)).hasSize(1);
    }

    @Test
    void activityFiltersNarrowTheListAndAdminMaintainsTypes() {
        openAs("admin");
        UI.getCurrent().navigate(ActivitiesView.class);
        ActivitiesView view = _get(ActivitiesView.class);
        int all = GridKt._size(view.grid);
        ActivityTypeRow unified = view.type.getListDataView().getItems().filter(ActivityTypeRow::unifiedDay).findFirst().orElseThrow();
        view.type.setValue(unified);
        assertThat(GridKt._size(view.grid)).isLessThan(all);
        view.month.setValue(java.time.YearMonth.now().minusMonths(1));
        assertThat(rows(view.grid)).allSatisfy(a -> assertThat(a.typeName()).isEqualTo("在职党员统一服务日"));
        assertThat(view.types.isVisible()).isTrue();
        view.types.click();
        ActivityTypesDialog types = _get(ActivityTypesDialog.class);
        types.name.setValue("消防安全排查");
        types.addType();
        assertThat(types.name.getErrorMessage()).contains("已有名为");
        types.name.setValue("防汛巡查");
        types.addType();
        assertThat(rows(types.grid)).extracting(ActivityTypeRow::name).contains("防汛巡查");
    }

    @Test
    void serviceDaysShowHeldAndMissedPairingsOfTheMonth() {
        openAs("yushan");
        UI.getCurrent().navigate(ServiceDaysView.class);
        ServiceDaysView view = _get(ServiceDaysView.class);
        view.month.setValue(java.time.YearMonth.now().minusMonths(1));
        assertThat(rows(view.grid)).isNotEmpty().allSatisfy(r -> assertThat(r.townName()).isEqualTo("虞山街道"));
        assertThat(view.summary.getText()).contains("个结对中").contains("已开展统一服务日");
    }

    @Test
    void reportsListCountsRatesAndTheRegistrationForm() {
        openAs("yushan");
        UI.getCurrent().navigate(ReportsView.class);
        ReportsView view = _get(ReportsView.class);
        assertThat(rows(view.grid)).isNotEmpty().allSatisfy(r -> assertThat(r.townName()).isEqualTo("虞山街道"));
        view.refreshCounts();
        assertThat(rows(view.counts)).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("虞山街道"));
        view.level.setValue(cn.haitang.console.pairing.ReportLevel.COMPOUND);
        assertThat(rows(view.counts).size()).isGreaterThan(10);
        ReportFormDialog form = view.openForm(null);
        form.name.setValue("新党员");
        form.idNumber.setValue("320581198503120011");
        form.phone.setValue("13812345678");
        form.save();
        assertThat(form.idNumber.isInvalid()).isTrue();
        assertThat(form.idNumber.getErrorMessage()).isEqualTo("身份证号校验位不正确");
    }

    @Test
    void theReportExportIsMaskedUnlessSensitiveDataIsTickedWithAReason() {
        openAs("yushan");
        UI.getCurrent().navigate(ReportsView.class);
        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("personal-data-export")).click();
        var download = _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("personal-data-download"));
        var sensitive = _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("personal-data-sensitive"));
        assertThat(download.isEnabled()).as("masked by default, no reason needed").isTrue();
        assertThat(_find(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("personal-data-reason")))
                .as("no reason asked for a masked export").isEmpty();

        sensitive.setValue(true);
        var reason = _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("personal-data-reason"));
        assertThat(download.isEnabled()).as("no reason yet").isFalse();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("理由");

        reason.setValue("核对换届选举名单");
        assertThat(download.isEnabled()).isTrue();
        assertThat(reason.isInvalid()).isFalse();
    }

    @Test
    void anImportFullOfBrokenRowsShowsEveryProblemAndSavesNothing() {
        openAs("yushan");
        UI.getCurrent().navigate(ReportsView.class);
        ReportsView view = _get(ReportsView.class);
        int before = GridKt._size(view.grid);
        view.importButton.click();
        ReportImportDialog dialog = _get(ReportImportDialog.class);
        dialog.receive(file(workbook(List.of(
                new Object[] {"党员", "", "123", "12", "不存在的单位", "", "虞山街道", "张坝社区", "义庄公寓", "第99网格", "明天"},
                new Object[] {"志愿者", "李四", "32058119850312001X", "13812345678", "", "", "梅李镇", "x", "y", "z", "2026-01-01"},
                new Object[] {"志愿者", "王五", "110101199003070011", "138 1234", "", "", "梅李镇", "x", "y", "z", "2026-01-01"}))));
        assertThat(dialog.result.getText()).contains("处错误，未导入任何数据");
        List<ImportProblem> errors = rows(dialog.errors);
        assertThat(errors).extracting(ImportProblem::row)
                .as("the example's number under another name is a row like any other, checked (not skipped)")
                .containsOnly(2, 3, 4);
        assertThat(errors.size()).isGreaterThanOrEqualTo(7);
        assertThat(errors).filteredOn(e -> e.row() == 4 && e.column().equals("pairing.report.phone"))
                .extracting(e -> e.message(Locale.SIMPLIFIED_CHINESE)).containsExactly("读到“138 1234”，共 7 位数字：手机号码应为 11 位");
        assertThat(dialog.errorReport.isVisible()).isTrue();
        ImportPreviewDialog preview = _get(ImportPreviewDialog.class);
        assertThat(preview.isOpened()).isTrue();
        assertThat(GridKt._size(view.grid)).isEqualTo(before);
    }

    @Test
    void thePreviewShowsEveryRowAndOnlyConfirmingSavesThem() {
        openAs("yushan");
        UI.getCurrent().navigate(ReportsView.class);
        ReportsView view = _get(ReportsView.class);
        int before = GridKt._size(view.grid);
        String[] grid = jdbc.queryForObject("""
                SELECT t.name, c.name, cp.name, g.name FROM micro_grid g JOIN compound cp ON cp.id = g.compound_id
                JOIN community c ON c.id = cp.community_id JOIN town t ON t.id = g.town_id WHERE t.name = '虞山街道'
                ORDER BY g.id LIMIT 1""", (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
        String first17 = "11010119900307123";
        String id = first17 + cn.haitang.console.pairing.IdNumbers.checkCharacter(first17);
        view.importButton.click();
        ReportImportDialog dialog = _get(ReportImportDialog.class);
        dialog.receive(file(workbook(List.<Object[]>of(
                new Object[] {"志愿者", "预览新人", id.toLowerCase(), "139-1234-5678", "", "", grid[0], grid[1], grid[2], grid[3],
                        "2026年3月1日"},
                new Object[] {"合计", "1人", "", "", "", "", "", "", "", "", ""}))));
        ImportPreviewDialog preview = _get(ImportPreviewDialog.class);
        assertThat(preview.summary.getText()).isEqualTo("新增 1 行，更新 0 行，无变化 0 行，跳过 1 行，0 处错误");
        assertThat(GridKt._fetch(preview.rows, 0, 10)).extracting(r -> r.status().name(), r -> r.label())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NEW", "预览新人"),
                        org.assertj.core.groups.Tuple.tuple("SKIPPED", "合计"));
        assertThat(GridKt._getFormattedRow(preview.rows, 1)).contains("合计行，不导入");
        assertThat(GridKt._size(view.grid)).as("nothing saved before confirming").isEqualTo(before);
        assertThat(preview.confirm.isEnabled()).isTrue();
        preview.confirm.click();
        assertThat(preview.isOpened()).isFalse();
        assertThat(dialog.result.getText()).isEqualTo("导入完成：新增 1 人，更新 0 人");
        assertThat(GridKt._size(view.grid)).isEqualTo(before + 1);
    }

    @Test
    void adminTakesAMatterFromPublishedThroughClaimedAndResolvedToClosed() {
        openAs("admin");
        UI.getCurrent().navigate(MattersBoardView.class);
        MattersBoardView view = _get(MattersBoardView.class);
        assertThat(view.tabs.getSelectedTab()).isEqualTo(view.openTab);
        assertThat(rows(view.grid)).isNotEmpty().allSatisfy(m -> assertThat(m.state()).isIn(MatterState.PUBLISHED, MatterState.CLAIMED));
        assertThat(view.figures.getChildren().count()).isEqualTo(7);
        MatterRow published = rows(view.grid).stream().filter(m -> m.state() == MatterState.PUBLISHED).findFirst().orElseThrow();
        MatterDialog dialog = view.openMatter(published);
        dialog.perform(MatterAction.CLAIM);
        assertThat(dialog.claimants.isInvalid()).isTrue();
        Named claimant = dialog.claimants.getListDataView().getItems().findFirst().orElseThrow();
        dialog.claimants.setValue(Set.of(claimant));
        dialog.perform(MatterAction.CLAIM);
        assertThat(dialog.detail.row().state()).isEqualTo(MatterState.CLAIMED);
        dialog.perform(MatterAction.START);
        dialog.perform(MatterAction.RESOLVE);
        assertThat(dialog.resolution.isInvalid()).isTrue();
        dialog.resolution.setValue("送药上门，每月一次");
        dialog.perform(MatterAction.RESOLVE);
        dialog.note.setValue("居民代表张芳");
        dialog.perform(MatterAction.ACCEPT);
        dialog.perform(MatterAction.CLOSE);
        assertThat(dialog.detail.row().state()).isEqualTo(MatterState.CLOSED);
        assertThat(dialog.timeline.getChildren().count()).isGreaterThanOrEqualTo(7);
        view.tabs.setSelectedTab(view.institutionTab);
        view.institution.setValue(claimant);
        assertThat(rows(view.grid)).extracting(MatterRow::id).contains(published.id());
        view.tabs.setSelectedTab(view.communityTab);
        assertThat(rows(view.grid)).isNotEmpty();
        view.openStatistics();
    }

    @Test
    void coordinatorRaisesAMatterWithMessagesAtTheField() {
        openAs("yushan");
        UI.getCurrent().navigate(MattersBoardView.class);
        MattersBoardView view = _get(MattersBoardView.class);
        view.create.click();
        MatterFormDialog form = _get(MatterFormDialog.class);
        form.save();
        assertThat(form.title.isInvalid()).isTrue();
        form.title.setValue("楼道灯不亮");
        form.description.setValue("三号楼楼道灯坏了两周");
        form.category.setValue(cn.haitang.console.pairing.MatterCategory.SAFETY);
        form.source.setValue(cn.haitang.console.pairing.MatterSource.GRID_WORKER);
        form.save();
        assertThat(form.community.isInvalid()).isTrue();
        form.community.setValue(form.community.getListDataView().getItems().findFirst().orElseThrow());
        form.raisedOn.setValue(LocalDate.now());
        form.save();
        assertThat(form.isOpened()).isFalse();
        view.tabs.setSelectedTab(view.allTab);
        view.state.setValue(MatterState.RAISED);
        assertThat(rows(view.grid)).extracting(MatterRow::title).contains("楼道灯不亮");
    }

    private static byte[] workbook(List<Object[]> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("报到人员");
            // the header as the downloaded template writes it: the import refuses a file without one
            String[] headers = {"类型", "姓名", "身份证号", "手机号", "单位", "技能特长", "镇（街道）", "社区", "小区", "微网格", "报到日期"};
            var header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            int r = 1;
            for (Object[] values : rows) {
                var row = sheet.createRow(r++);
                for (int i = 0; i < values.length; i++) {
                    row.createCell(i).setCellValue(String.valueOf(values[i]));
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static java.nio.file.Path file(byte[] bytes) {
        try {
            java.nio.file.Path path = java.nio.file.Files.createTempFile("karibu-import", ".xlsx");
            java.nio.file.Files.write(path, bytes);
            return path;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
