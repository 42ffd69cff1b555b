package cn.haitang.console.circle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.haitang.console.base.excel.imports.ImportPreview;
import cn.haitang.console.base.excel.imports.ImportProblem;
import cn.haitang.console.base.excel.imports.ImportResult;
import cn.haitang.console.base.excel.imports.PreviewRow;
import cn.haitang.console.base.excel.imports.RowStatus;
import cn.haitang.console.support.ServiceTest;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** A town's list of scenes: new ones added as planned, known ones updated with their changes shown first, scope kept. */
@Transactional
class SceneImportServiceTest extends ServiceTest {

    @Autowired
    SceneImportService imports;
    @Autowired
    SceneService scenes;
    @Autowired
    CircleTestData circle;
    private final List<Path> files = new ArrayList<>();

    @AfterEach
    void deleteFiles() throws Exception {
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aTownsListAddsNewScenesAsPlannedAndUpdatesKnownOnesKeepingTheirState() throws Exception {
        CircleTestData.Circle c = circle.circle("yushan");
        login.as("yushan");
        SceneRow known = scenes.scene(c.sceneId());
        String type = scenes.types().getFirst().name();
        Path file = sheet(List.of(
                new String[] {"虞山街道幸福场景清单"},
                new String[] {"镇(街道)", "社区", "服务阵地", "场景名称", "场景类型", "服务对象", "组织方类型", "组织方", "活动安排", "容纳人数"},
                new String[] {"虞山街道", known.communityName(), known.positionName(), known.name(), type, "少年儿童、老年人", "社区",
                        "社区居委会", "工作日 19:00–20:30", "40人"},
                new String[] {"虞山街道", known.communityName(), known.positionName(), "长者助餐点", type, "老年人", "社区", "社区居委会",
                        "每日 11:00–12:30", "６０"},
                new String[] {"合计", "", "", "2个"}));
        ImportPreview preview = imports.preview(file);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.count(RowStatus.NEW)).isEqualTo(1);
        PreviewRow update = preview.rows().stream().filter(r -> r.status() == RowStatus.UPDATE).findFirst().orElseThrow();
        assertThat(update.changes()).extracting(PreviewRow.Change::column, PreviewRow.Change::before, PreviewRow.Change::after)
                .containsExactly(tuple("circle.scene.groups", "少年儿童", "老年人、少年儿童"),
                        tuple("circle.scene.capacity", "30", "40"));
        assertThat(scenes.scene(c.sceneId()).capacity()).as("nothing written by a preview").isEqualTo(30);

        ImportResult saved = imports.importFile(file, "场景清单.xlsx");
        assertThat(saved.errors()).isEmpty();
        assertThat(saved.created()).isEqualTo(1);
        assertThat(saved.updated()).isEqualTo(1);
        SceneRow updated = scenes.scene(c.sceneId());
        assertThat(updated.capacity()).isEqualTo(40);
        assertThat(updated.forElderly()).isTrue();
        assertThat(updated.state()).as("a list changes no state").isEqualTo(SceneState.RUNNING);
        SceneRow added = scenes.list(new SceneFilter(null, known.communityId(), null, null, null, null, "长者助餐点"),
                org.springframework.data.domain.PageRequest.of(0, 5)).getFirst();
        assertThat(added.state()).isEqualTo(SceneState.PLANNED);
        assertThat(added.capacity()).isEqualTo(60);
        assertThat(imports.importFile(file, "场景清单.xlsx").created()).as("the same list again adds nothing").isZero();
    }

    @Test
    void wrongCellsAndAnotherTownsPositionAreNamedAndNothingIsSaved() throws Exception {
        CircleTestData.Circle c = circle.circle("yushan");
        CircleTestData.Circle meili = circle.circle("meili");
        login.as("admin");
        SceneRow theirs = scenes.scene(meili.sceneId());
        login.as("yushan");
        SceneRow known = scenes.scene(c.sceneId());
        String type = scenes.types().getFirst().name();
        Path file = sheet(List.of(
                new String[] {"镇（街道）", "社区", "服务阵地", "场景名称", "场景类型", "服务对象", "组织方类型", "组织方", "活动安排", "容纳人数"},
                new String[] {"虞山街道", known.communityName(), known.positionName(), "青年夜校", "没有的类型", "青年", "社区", "社区居委会",
                        "周五晚", "30"},
                new String[] {"虞山街道", known.communityName(), known.positionName(), "银行课堂", type, "老年人", "单位",
                        "未结对的银行", "周三下午", "20"},
                new String[] {theirs.townName(), theirs.communityName(), theirs.positionName(), "越界场景", type, "老年人", "社区",
                        "社区居委会", "周一", "10"},
                new String[] {"虞山街道", known.communityName(), known.positionName(), "新场景", type, "老年人", "社区", "社区居委会",
                        "周二", "0"}));
        ImportResult result = imports.importFile(file, "有错.xlsx");
        assertThat(result.succeeded()).isFalse();
        assertThat(result.errors()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .contains(tuple(2, "circle.scene.type", "circle.import.unknownType"),
                        tuple(2, "circle.scene.groups", "circle.import.unknownGroup"),
                        tuple(3, "circle.scene.organiser", "circle.import.notPaired"),
                        tuple(4, "circle.scene.position", "circle.import.positionOutsideArea"));
        assertThat(scenes.count(new SceneFilter(null, known.communityId(), null, null, null, null, null)))
                .as("nothing saved").isEqualTo(1);

        // the cells fixed but a capacity of 0: the scene's own rule refuses it at its column, still nothing saved
        Path zero = sheet(List.of(
                new String[] {"镇（街道）", "社区", "服务阵地", "场景名称", "场景类型", "服务对象", "组织方类型", "组织方", "活动安排", "容纳人数"},
                new String[] {"虞山街道", known.communityName(), known.positionName(), "新场景", type, "老年人", "社区", "社区居委会",
                        "周二", "0"}));
        assertThat(imports.importFile(zero, "容量.xlsx").errors()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(2, "circle.scene.capacity"));
    }

    @Test
    void theTemplatesExampleRowIsNeverImported() throws Exception {
        login.as("yushan");
        Path file = Files.createTempFile("scenes-template", ".xlsx");
        files.add(file);
        try (OutputStream out = Files.newOutputStream(file)) {
            imports.template(out, java.util.Locale.SIMPLIFIED_CHINESE);
        }
        assertThat(imports.preview(file).problems()).extracting(ImportProblem::messageKey).containsExactly("imports.file.empty");
    }

    private Path sheet(List<String[]> rows) throws Exception {
        Path file = Files.createTempFile("scenes", ".xlsx");
        files.add(file);
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("场景");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int col = 0; col < rows.get(r).length; col++) {
                    row.createCell(col).setCellValue(rows.get(r)[col]);
                }
            }
            book.write(out);
        }
        return file;
    }
}
