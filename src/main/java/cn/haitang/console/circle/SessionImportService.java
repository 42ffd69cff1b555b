package cn.haitang.console.circle;

import cn.haitang.console.audit.ImportAudit;
import cn.haitang.console.base.db.Sql;
import cn.haitang.console.base.excel.ExcelWriter;
import cn.haitang.console.base.excel.imports.CellProblem;
import cn.haitang.console.base.excel.imports.Cells;
import cn.haitang.console.base.excel.imports.ImportColumn;
import cn.haitang.console.base.excel.imports.ImportPreview;
import cn.haitang.console.base.excel.imports.ImportProblem;
import cn.haitang.console.base.excel.imports.ImportReport;
import cn.haitang.console.base.excel.imports.ImportResult;
import cn.haitang.console.base.excel.imports.ImportRow;
import cn.haitang.console.base.excel.imports.PreviewRow;
import cn.haitang.console.base.excel.imports.RowByRow;
import cn.haitang.console.base.excel.imports.RowStatus;
import cn.haitang.console.base.excel.imports.TableReader;
import cn.haitang.console.security.CurrentUser;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import of held sessions from the sheets communities keep (town, community, position, scene, date, start,
 * end, participants, over-capacity reason, note), on the shared import mechanism: a preview of every row, then
 * all rows or none in one transaction. Each row is saved through {@link ServiceRecordService}, so it meets
 * exactly the rules of the form (scope, a running scene, no session in the future, a reason above capacity,
 * audit). A session already recorded (same scene, day and start) is updated, or left alone when nothing
 * differs: uploading the same sheet twice never counts its person-times twice. Named servers are picked in the
 * form; a row names only whole numbers.
 */
@Service
public class SessionImportService {

    public static final int MAX_ROWS = 20_000;
    static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required("circle.town", ImportColumn.TOWN),
            ImportColumn.required("circle.community", "社区", "村(社区)", "社区(村)", "所属社区"),
            ImportColumn.required("circle.scene.position", "阵地", "服务阵地", "阵地名称", "活动地点"),
            ImportColumn.required("circle.scene.name", "场景", "场景名称", "活动名称", "服务项目"),
            ImportColumn.required("circle.record.heldOn", "日期", "活动日期", "服务日期"),
            ImportColumn.required("circle.record.startsAt", "开始", "开始时间", "起始时间"),
            ImportColumn.required("circle.record.endsAt", "结束", "结束时间"),
            ImportColumn.required("circle.record.participants", "人数", "参与人数", "参加人数", "服务人次", "人次"),
            ImportColumn.optional("circle.record.overCapacity", "超员原因", "超出原因"),
            ImportColumn.optional("circle.record.note", "备注", "说明"));
    /** The form's fields and the sheet's columns: a refusal of the service is shown at the column that caused it. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("sceneId", "circle.scene.name",
            "heldOn", "circle.record.heldOn", "startsAt", "circle.record.startsAt", "endsAt", "circle.record.endsAt",
            "participants", "circle.record.participants", "overCapacityReason", "circle.record.overCapacity",
            "note", "circle.record.note");
    private static final String EXAMPLE_NOTE = "（示例行，导入时自动跳过）";

    private final ServiceRecordService records;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final ImportAudit audit;

    SessionImportService(ServiceRecordService records, CurrentUser currentUser, JdbcTemplate jdbc, ImportAudit audit) {
        this.records = records;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The template: its headers and an example row (recognised by its note and skipped on import). */
    public void template(OutputStream out, Locale locale) {
        currentUser.scope().townFilter();
        try (ExcelWriter excel = new ExcelWriter(locale)) {
            ExcelWriter.SheetWriter sheet = excel.sheetOfKeys("circle.import.sessionsSheet",
                    COLUMNS.stream().map(ImportColumn::key).toArray(String[]::new));
            sheet.row("虞山街道", "张坝社区", "张坝社区党群服务中心", "社区夜课堂", LocalDate.of(2026, 3, 2), "19:00", "20:30", 25, "",
                    EXAMPLE_NOTE);
            excel.write(out);
        }
    }

    public void errorReport(List<ImportProblem> problems, OutputStream out, Locale locale) {
        ImportReport.write(problems, locale, out);
    }

    /** What saving the file would do, row by row (new, update with its changes, unchanged, error); writes nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(Path file) {
        Checked checked = check(file);
        List<PreviewRow> rows = new ArrayList<>();
        for (Parsed p : checked.parsed) {
            // an update without changes is shown as unchanged (PreviewRow.update)
            rows.add(p.existing() == null ? PreviewRow.of(p.row(), RowStatus.NEW, p.label())
                    : PreviewRow.update(p.row(), p.label(), changes(p)));
        }
        checked.errorRows.forEach((row, label) -> rows.add(PreviewRow.of(row, RowStatus.ERROR, label)));
        return ImportPreview.of(checked.scan, rows, checked.problems);
    }

    /**
     * Saves every row of the file in its order, or none: a wrong cell, or a row the service refuses (a scene
     * not running, a session in the future, more participants than places without a reason), refuses the file
     * with every problem found, at its row and column.
     */
    @Transactional
    public ImportResult importFile(Path file, String fileName) {
        Checked checked = check(file);
        int rows = checked.parsed.size() + checked.errorRows.size();
        List<ImportProblem> before = RowByRow.before(checked.scan, checked.problems);
        if (!before.isEmpty()) {
            return ImportResult.refused(rows, before);
        }
        int[] saved = new int[2];
        List<ImportProblem> refused = RowByRow.save(checked.parsed, Parsed::row, Parsed::values, COLUMN_OF_FIELD,
                "circle.scene.name", p -> {
                    if (p.existing() == null) {
                        records.create(p.form());
                        saved[0]++;
                    } else if (!changes(p).isEmpty()) {
                        // the volunteers and members named in the form stay named: a sheet has no column for them
                        RecordForm f = p.form();
                        records.update(p.existing().id(), p.existing().version(), new RecordForm(f.sceneId(), f.heldOn(),
                                f.startsAt(), f.endsAt(), f.participants(), f.overCapacityReason(), f.note(),
                                records.form(p.existing().id()).reportIds()));
                        saved[1]++;
                    }
                });
        if (!refused.isEmpty()) {
            return ImportResult.refused(rows, refused);
        }
        int created = saved[0];
        int updated = saved[1];
        audit.recordImport("ServiceRecord", fileName, new ImportAudit.Counts(created, updated,
                checked.parsed.size() - created - updated, checked.scan.skipped().size()));
        return new ImportResult(checked.parsed.size(), created, updated, List.of());
    }

    // ---- reading and checking every row, writing nothing ---------------------------------------------

    /** A session already recorded for the same scene, day and start. */
    private record Existing(long id, long version, LocalTime endsAt, int participants, @Nullable String overCapacity,
                            @Nullable String note) {
    }

    private record Parsed(int row, RecordForm form, @Nullable Existing existing, String label, Map<String, String> values) {
    }

    private static final class Checked {
        final List<Parsed> parsed = new ArrayList<>();
        final List<ImportProblem> problems = new ArrayList<>();
        final Map<Integer, String> errorRows = new HashMap<>();
        TableReader.@Nullable Scan scan;
    }

    private Checked check(Path file) {
        Optional<Long> town = currentUser.scope().townFilter();
        Map<String, Long> scenes = sceneIndex(town);
        Map<String, Integer> seen = new HashMap<>();
        Checked checked = new Checked();
        TableReader reader = new TableReader(COLUMNS).maxRows(MAX_ROWS)
                .exampleRow(row -> EXAMPLE_NOTE.equals(row.get("circle.record.note").strip()));
        checked.scan = reader.read(file, row -> {
            List<ImportProblem> problems = new ArrayList<>(0);
            String place = row.get("circle.town") + " " + row.get("circle.community") + " " + row.get("circle.scene.position")
                    + " " + row.get("circle.scene.name");
            Long sceneId = scenes.get(key(row.get("circle.town"), row.get("circle.community"),
                    row.get("circle.scene.position"), row.get("circle.scene.name")));
            if (sceneId == null) {
                // the same words whether the scene is elsewhere in the city or nowhere: ids and names cannot be probed
                problems.add(ImportProblem.at(row, "circle.scene.name", town.isPresent() ? "circle.import.sceneOutsideArea"
                        : "circle.import.unknownScene", place));
            }
            LocalDate heldOn = row.read("circle.record.heldOn", Cells::date, problems);
            LocalTime startsAt = row.read("circle.record.startsAt", Cells::time, problems);
            LocalTime endsAt = row.read("circle.record.endsAt", Cells::time, problems);
            Integer participants = row.read("circle.record.participants", Cells::count, problems);
            String overCapacity = row.get("circle.record.overCapacity");
            String note = row.get("circle.record.note");
            String label = place + " " + row.get("circle.record.heldOn") + " " + row.get("circle.record.startsAt");
            if (sceneId != null && heldOn != null && startsAt != null) {
                Integer first = seen.putIfAbsent(sceneId + "|" + heldOn + "|" + startsAt, row.number());
                if (first != null) {
                    problems.add(ImportProblem.at(row, "circle.record.startsAt", "imports.value.duplicate", first));
                }
            }
            if (problems.isEmpty()) {
                Existing existing = existing(sceneId, heldOn, startsAt);
                // an empty reason or note keeps what the session has: a sheet without the column erases nothing
                RecordForm form = new RecordForm(sceneId, heldOn, startsAt, endsAt, participants,
                        overCapacity.isBlank() ? existing == null ? null : existing.overCapacity() : overCapacity,
                        note.isBlank() ? existing == null ? null : existing.note() : note, List.of());
                checked.parsed.add(new Parsed(row.number(), form, existing, label, row.texts(COLUMNS)));
            } else {
                checked.problems.addAll(problems);
                checked.errorRows.put(row.number(), label);
            }
        });
        return checked;
    }

    /** The scenes the caller may record sessions for, by town, community, position and scene name. */
    private Map<String, Long> sceneIndex(Optional<Long> town) {
        Map<String, Long> index = new HashMap<>();
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("s.town_id = ?", t));
        jdbc.query("""
                SELECT t.name, c.name, p.name, s.name, s.id FROM scene s JOIN service_position p ON p.id = s.position_id
                JOIN community c ON c.id = s.community_id JOIN town t ON t.id = s.town_id""" + sql.where(),
                rs -> {
                    index.put(key(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), rs.getLong(5));
                }, sql.args());
        return index;
    }

    private static String key(String town, String community, String position, String scene) {
        return Cells.clean(town) + "|" + Cells.clean(community) + "|" + Cells.clean(position) + "|" + Cells.clean(scene);
    }

    private @Nullable Existing existing(long sceneId, LocalDate heldOn, LocalTime startsAt) {
        return jdbc.query("SELECT id, version, ends_at, participants, over_capacity, note FROM service_record"
                        + " WHERE scene_id = ? AND held_on = ? AND starts_at = ?",
                rs -> rs.next() ? new Existing(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalTime.class), rs.getInt(4),
                        rs.getString(5), rs.getString(6)) : null, sceneId, heldOn, startsAt);
    }

    /** The columns an import would change for a session already recorded. */
    private static List<PreviewRow.Change> changes(Parsed p) {
        Existing e = Objects.requireNonNull(p.existing());
        RecordForm f = p.form();
        List<PreviewRow.Change> changes = new ArrayList<>(0);
        if (!e.endsAt().equals(f.endsAt())) {
            changes.add(new PreviewRow.Change("circle.record.endsAt", e.endsAt().toString(), String.valueOf(f.endsAt())));
        }
        if (!Objects.equals(e.participants(), f.participants())) {
            changes.add(new PreviewRow.Change("circle.record.participants", String.valueOf(e.participants()),
                    String.valueOf(f.participants())));
        }
        if (!Objects.equals(e.overCapacity(), f.overCapacityReason())) {
            changes.add(new PreviewRow.Change("circle.record.overCapacity", Objects.toString(e.overCapacity(), ""),
                    f.overCapacityReason()));
        }
        if (!Objects.equals(e.note(), f.note())) {
            changes.add(new PreviewRow.Change("circle.record.note", Objects.toString(e.note(), ""),
                    Objects.toString(f.note(), "")));
        }
        return changes;
    }
}
