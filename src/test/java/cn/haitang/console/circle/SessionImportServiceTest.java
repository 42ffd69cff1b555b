package cn.haitang.console.circle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.excel.imports.ImportPreview;
import cn.haitang.console.base.excel.imports.ImportProblem;
import cn.haitang.console.base.excel.imports.ImportResult;
import cn.haitang.console.base.excel.imports.PreviewRow;
import cn.haitang.console.base.excel.imports.RowStatus;
import cn.haitang.console.support.ServiceTest;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions from a community's sheet: kept the way an office keeps it (a title, the header below it, columns in
 * their own order and words, dates and counts as people write them, a totals row), previewed, saved all or none
 * through the record form's rules, never counted twice, and never reaching another town's scenes.
 */
@Transactional
class SessionImportServiceTest extends ServiceTest {

    @Autowired
    SessionImportService imports;
    @Autowired
    ServiceRecordService records;
    @Autowired
    SceneService scenes;
    @Autowired
    CircleTestData circle;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final List<Path> files = new ArrayList<>();

    @AfterEach
    void deleteFiles() throws Exception {
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aMessySheetSavesExactlyItsSessionsAndTheSameSheetAgainCountsNothingTwice() throws Exception {
        CircleTestData.Circle c = circle.circle("yushan");
        long volunteer = circle.volunteer(c.place());
        login.as("yushan");
        SceneRow scene = scenes.scene(c.sceneId());
        LocalDate monday = LocalDate.now(clock).minusDays(7);
        LocalDate tuesday = monday.plusDays(1);
        // a session already typed in the form, with a named volunteer: the sheet repeats it with more participants
        long typed = records.create(new RecordForm(c.sceneId(), tuesday, LocalTime.of(19, 0), LocalTime.of(20, 30), 10, null,
                "作业辅导", List.of(volunteer)));
        Path file = sheet(List.of(
                new Object[] {"虞山街道社区夜课堂服务记录（" + monday.getYear() + "年）"},
                new Object[] {"参加人数", "活动日期", "开始时间", "结束时间", "场景名称", "服务阵地", "社区", "镇(街道)", "备注", "填表人"},
                new Object[] {"25人", dateInChinese(monday), LocalTime.of(19, 0), "20:30", scene.name(), scene.positionName(),
                        scene.communityName(), " 虞山街道", "书法", "王芳"},
                new Object[] {"１２", tuesday.toString().replace('-', '/'), "19：00", "20:30", scene.name(),
                        scene.positionName(), scene.communityName(), "虞山街道", "", "王芳"},
                new Object[] {},
                new Object[] {"37", "合计"}));
        ImportPreview preview = imports.preview(file);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.headerRow()).isEqualTo(2);
        assertThat(preview.ignoredHeaders()).containsExactly("填表人");
        assertThat(preview.count(RowStatus.NEW)).isEqualTo(1);
        PreviewRow update = preview.rows().stream().filter(r -> r.status() == RowStatus.UPDATE).findFirst().orElseThrow();
        assertThat(update.changes()).extracting(PreviewRow.Change::column, PreviewRow.Change::before, PreviewRow.Change::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("circle.record.participants", "10", "12"));
        assertThat(preview.count(RowStatus.SKIPPED)).as("the totals row").isEqualTo(1);
        assertThat(records.count(new RecordFilter(null, null, c.sceneId(), null))).as("nothing written by a preview")
                .isEqualTo(1);

        ImportResult saved = imports.importFile(file, "夜课堂.xlsx");
        assertThat(saved.errors()).isEmpty();
        assertThat(saved.created()).isEqualTo(1);
        assertThat(saved.updated()).isEqualTo(1);
        assertThat(scenes.scene(c.sceneId()).personTimes()).isEqualTo(25 + 12);
        RecordForm kept = records.form(typed);
        assertThat(kept.participants()).isEqualTo(12);
        assertThat(kept.note()).as("an empty note erases nothing").isEqualTo("作业辅导");
        assertThat(kept.reportIds()).as("the volunteer named in the form stays named").containsExactly(volunteer);

        ImportResult again = imports.importFile(file, "夜课堂.xlsx");
        assertThat(again.created() + again.updated()).isZero();
        assertThat(scenes.scene(c.sceneId()).personTimes()).as("the same sheet twice counts once").isEqualTo(37);
        assertThat(imports.preview(file).count(RowStatus.UNCHANGED)).isEqualTo(2);
    }

    /** Without the test's transaction, so that the import's own rollback is what keeps the good rows out. */
    @Test
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    void oneRowTheFormWouldRefuseSavesNothingAndIsNamedAtItsCell() throws Exception {
        CircleTestData.Circle c = circle.circle("yushan");
        try {
            refusedRowsSaveNothing(c);
        } finally {
            for (String sql : List.of("DELETE FROM service_record WHERE scene_id = ?", "DELETE FROM scene_month_tally WHERE scene_id = ?",
                    "DELETE FROM scene_state_change WHERE scene_id = ?", "DELETE FROM scene WHERE id = ?")) {
                jdbc.update(sql, c.sceneId());
            }
            jdbc.update("DELETE FROM position_hours WHERE position_id = ?", c.positionId());
            jdbc.update("DELETE FROM service_position WHERE id = ?", c.positionId());
            jdbc.update("DELETE FROM micro_grid WHERE compound_id = ?", c.place().compoundId());
            jdbc.update("DELETE FROM compound WHERE id = ?", c.place().compoundId());
            jdbc.update("DELETE FROM community WHERE id = ?", c.place().communityId());
        }
    }

    private void refusedRowsSaveNothing(CircleTestData.Circle c) throws Exception {
        login.as("yushan");
        SceneRow scene = scenes.scene(c.sceneId());
        LocalDate day = LocalDate.now(clock).minusDays(3);
        Path file = sheet(List.of(
                header(),
                row(scene, day.toString(), "19:00", "20:30", "20"),
                row(scene, LocalDate.now(clock).plusDays(2).toString(), "19:00", "20:30", "20"),
                row(scene, day.minusDays(1).toString(), "19:00", "20:30", "45"),
                row(scene, day.minusDays(2).toString(), "19:00", "7点半", "20")));
        ImportResult result = imports.importFile(file, "有错.xlsx");
        assertThat(result.succeeded()).isFalse();
        assertThat(result.errors()).extracting(ImportProblem::row, ImportProblem::column)
                .contains(org.assertj.core.groups.Tuple.tuple(5, "circle.record.endsAt"));
        assertThat(result.errors()).filteredOn(p -> p.row() == 5).extracting(ImportProblem::value).containsExactly("7点半");
        assertThat(records.count(new RecordFilter(null, null, c.sceneId(), null))).isZero();

        // the cell fixed, the service's own rules speak at their columns: a future session, too many without a reason
        Path fixed = sheet(List.of(
                header(),
                row(scene, day.toString(), "19:00", "20:30", "20"),
                row(scene, LocalDate.now(clock).plusDays(2).toString(), "19:00", "20:30", "20"),
                row(scene, day.minusDays(1).toString(), "19:00", "20:30", "45")));
        ImportResult refused = imports.importFile(fixed, "有错.xlsx");
        assertThat(refused.errors()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "circle.record.heldOn", "circle.error.record.future"),
                        org.assertj.core.groups.Tuple.tuple(4, "circle.record.overCapacity", "circle.error.record.overCapacity"));
        assertThat(records.count(new RecordFilter(null, null, c.sceneId(), null))).as("not even the good first row").isZero();
    }

    @Test
    void aCoordinatorsSheetCannotReachAnotherTownsSceneNorTellItExists() throws Exception {
        CircleTestData.Circle meili = circle.circle("meili");
        login.as("admin");
        SceneRow theirs = scenes.scene(meili.sceneId());
        login.as("yushan");
        LocalDate day = LocalDate.now(clock).minusDays(3);
        Path file = sheet(List.of(header(), row(theirs, day.toString(), "19:00", "20:30", "20"),
                new Object[] {theirs.townName(), theirs.communityName(), theirs.positionName(), "没有这个场景", day.toString(),
                        "19:00", "20:30", "20"}));
        ImportPreview preview = imports.preview(file);
        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "circle.import.sceneOutsideArea"),
                org.assertj.core.groups.Tuple.tuple(3, "circle.import.sceneOutsideArea"));
        assertThat(imports.importFile(file, "越权.xlsx").succeeded()).isFalse();
        login.as("admin");
        assertThat(records.count(new RecordFilter(null, null, meili.sceneId(), null))).isZero();
    }

    @Test
    void theTemplatesExampleRowIsNeverImported() throws Exception {
        login.as("yushan");
        Path file = Files.createTempFile("sessions-template", ".xlsx");
        files.add(file);
        try (OutputStream out = Files.newOutputStream(file)) {
            imports.template(out, java.util.Locale.SIMPLIFIED_CHINESE);
        }
        ImportPreview preview = imports.preview(file);
        assertThat(preview.count(RowStatus.NEW)).isZero();
        assertThat(preview.problems()).as("the example alone is not data").extracting(ImportProblem::messageKey)
                .containsExactly("imports.file.empty");
        assertThat(imports.importFile(file, "模板.xlsx").created()).isZero();
    }

    private static Object[] header() {
        return new Object[] {"镇（街道）", "社区", "服务阵地", "场景名称", "日期", "开始时间", "结束时间", "参与人数"};
    }

    private static Object[] row(SceneRow scene, String day, String starts, String ends, String participants) {
        return new Object[] {scene.townName(), scene.communityName(), scene.positionName(), scene.name(), day, starts, ends,
                participants};
    }

    private static String dateInChinese(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    /** A workbook as an office writes one: text cells, a time cell where a LocalTime is given, a merged title row. */
    private Path sheet(List<Object[]> rows) throws Exception {
        Path file = Files.createTempFile("sessions", ".xlsx");
        files.add(file);
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("服务记录");
            CellStyle time = book.createCellStyle();
            time.setDataFormat(book.createDataFormat().getFormat("h:mm"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                Object[] values = rows.get(r);
                for (int col = 0; col < values.length; col++) {
                    if (values[col] instanceof LocalTime t) {
                        var cell = row.createCell(col);
                        cell.setCellValue(t.toSecondOfDay() / 86_400.0);
                        cell.setCellStyle(time);
                    } else if (values[col] != null) {
                        row.createCell(col).setCellValue(values[col].toString());
                    }
                }
            }
            if (rows.getFirst().length == 1 && Arrays.stream(rows.get(1)).count() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, rows.get(1).length - 1));
            }
            book.write(out);
        }
        return file;
    }
}
