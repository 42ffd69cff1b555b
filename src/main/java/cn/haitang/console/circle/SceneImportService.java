package cn.haitang.console.circle;

import cn.haitang.console.audit.ImportAudit;
import cn.haitang.console.base.db.Sql;
import cn.haitang.console.base.excel.ExcelWriter;
import cn.haitang.console.base.excel.imports.Cells;
import cn.haitang.console.base.excel.imports.ImportColumn;
import cn.haitang.console.base.excel.imports.ImportPreview;
import cn.haitang.console.base.excel.imports.ImportProblem;
import cn.haitang.console.base.excel.imports.ImportResult;
import cn.haitang.console.base.excel.imports.ImportRow;
import cn.haitang.console.base.excel.imports.PreviewRow;
import cn.haitang.console.base.excel.imports.RowByRow;
import cn.haitang.console.base.excel.imports.RowStatus;
import cn.haitang.console.base.excel.imports.TableReader;
import cn.haitang.console.base.i18n.Translations;
import cn.haitang.console.security.CurrentUser;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import of happiness scenes from a town's list (town, community, position, scene, type, target groups,
 * organiser, schedule, capacity), on the shared import mechanism: a preview of every row, then all rows or none
 * in one transaction. A scene is known by its position and name: a row naming an existing scene updates it (its
 * state, photos and sessions stay), another is created as planned on that position. Every row is saved through
 * {@link SceneService}, so it meets the form's rules (scope, a type of the list, target groups, an institution
 * paired with the community, capacity), reported at the cell that caused a refusal.
 */
@Service
public class SceneImportService {

    public static final int MAX_ROWS = 5_000;
    static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required("circle.town", ImportColumn.TOWN),
            ImportColumn.required("circle.community", "社区", "村(社区)", "社区(村)", "所属社区"),
            ImportColumn.required("circle.scene.position", "阵地", "服务阵地", "阵地名称"),
            ImportColumn.required("circle.scene.name", "场景", "场景名称", "项目名称"),
            ImportColumn.required("circle.scene.type", "类型", "场景类型"),
            ImportColumn.required("circle.scene.groups", "服务对象", "服务人群", "对象"),
            ImportColumn.required("circle.scene.organiserKind", "组织方类型", "组织类型"),
            ImportColumn.required("circle.scene.organiser", "组织方", "组织单位", "主办方"),
            ImportColumn.required("circle.scene.schedule", "活动安排", "开放时间", "时间安排"),
            ImportColumn.required("circle.scene.capacity", "容纳人数", "可容纳人数", "人数上限"));
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("typeId", "circle.scene.type",
            "name", "circle.scene.name", "groups", "circle.scene.groups", "organiserKind", "circle.scene.organiserKind",
            "organiserName", "circle.scene.organiser", "institutionId", "circle.scene.organiser",
            "schedule", "circle.scene.schedule", "capacity", "circle.scene.capacity");
    private static final String EXAMPLE_SCENE = "（示例）社区夜课堂";

    private final SceneService scenes;
    private final PositionService positions;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final ImportAudit audit;

    SceneImportService(SceneService scenes, PositionService positions, CurrentUser currentUser, JdbcTemplate jdbc,
                       ImportAudit audit) {
        this.scenes = scenes;
        this.positions = positions;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The template: its headers and an example row (recognised by its scene name and skipped on import). */
    public void template(OutputStream out, Locale locale) {
        currentUser.scope().townFilter();
        try (ExcelWriter excel = new ExcelWriter(locale)) {
            ExcelWriter.SheetWriter sheet = excel.sheetOfKeys("circle.import.scenesSheet",
                    COLUMNS.stream().map(ImportColumn::key).toArray(String[]::new));
            sheet.row("虞山街道", "张坝社区", "张坝社区党群服务中心", EXAMPLE_SCENE, "社区夜课堂",
                    excel.t(TargetGroup.CHILDREN.messageKey()) + "、" + excel.t(TargetGroup.ELDERLY.messageKey()),
                    excel.t(OrganiserKind.COMMUNITY.messageKey()), "张坝社区居委会", "工作日 19:00–20:30", 30);
            excel.write(out);
        }
    }

    /** What saving the file would do, row by row (new, update with its changes, unchanged, error); writes nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(Path file) {
        Checked checked = check(file);
        List<PreviewRow> rows = new ArrayList<>();
        for (Parsed p : checked.parsed) {
            // an update without changes is shown as unchanged (PreviewRow.update)
            rows.add(p.existingId() == null ? PreviewRow.of(p.row(), RowStatus.NEW, p.label())
                    : PreviewRow.update(p.row(), p.label(), changes(p, checked.typeNames)));
        }
        checked.errorRows.forEach((row, label) -> rows.add(PreviewRow.of(row, RowStatus.ERROR, label)));
        return ImportPreview.of(checked.scan, rows, checked.problems);
    }

    /** Saves every row in its order, or none; a refusal of the scene's rules is reported at its row and column. */
    @Transactional
    public ImportResult importFile(Path file, String fileName) {
        Checked checked = check(file);
        int rows = checked.parsed.size() + checked.errorRows.size();
        List<ImportProblem> before = RowByRow.before(checked.scan, checked.problems);
        if (!before.isEmpty()) {
            return ImportResult.refused(rows, before);
        }
        int[] saved = new int[2];
        List<ImportProblem> refused = RowByRow.save(checked.parsed, Parsed::row, Parsed::texts, COLUMN_OF_FIELD,
                "circle.scene.name", p -> {
                    if (p.existingId() == null) {
                        scenes.create(p.form());
                        saved[0]++;
                    } else if (!changes(p, checked.typeNames).isEmpty()) {
                        scenes.update(p.existingId(), scenes.scene(p.existingId()).version(), p.form());
                        saved[1]++;
                    }
                });
        if (!refused.isEmpty()) {
            return ImportResult.refused(rows, refused);
        }
        int created = saved[0];
        int updated = saved[1];
        audit.recordImport("Scene", fileName, new ImportAudit.Counts(created, updated,
                checked.parsed.size() - created - updated, checked.scan.skipped().size()));
        return new ImportResult(checked.parsed.size(), created, updated, List.of());
    }

    // ---- reading and checking every row, writing nothing ---------------------------------------------

    private record Parsed(int row, SceneForm form, @Nullable Long existingId, @Nullable SceneForm before, String label,
                          Map<String, String> texts) {
    }

    private static final class Checked {
        final List<Parsed> parsed = new ArrayList<>();
        final List<ImportProblem> problems = new ArrayList<>();
        final Map<Integer, String> errorRows = new HashMap<>();
        final Map<Long, String> typeNames = new HashMap<>();
        TableReader.@Nullable Scan scan;
    }

    /** A position the caller may add scenes to. */
    private record Place(long positionId, long communityId) {
    }

    private Checked check(Path file) {
        Optional<Long> town = currentUser.scope().townFilter();
        Checked checked = new Checked();
        Map<String, Place> places = positionIndex(town);
        Map<String, Long> known = sceneIndex(town);
        Map<String, Long> types = new HashMap<>();
        scenes.types().forEach(t -> {
            types.put(Cells.clean(t.name()), t.id());
            checked.typeNames.put(t.id(), t.name());
        });
        Map<String, TargetGroup> groups = byName(TargetGroup.values(), TargetGroup::messageKey);
        Map<String, OrganiserKind> kinds = byName(OrganiserKind.values(), OrganiserKind::messageKey);
        kinds.put("单位", OrganiserKind.INSTITUTION);
        Map<Long, Map<String, Long>> lenders = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        TableReader reader = new TableReader(COLUMNS).maxRows(MAX_ROWS)
                .exampleRow(row -> EXAMPLE_SCENE.equals(row.get("circle.scene.name").strip()));
        checked.scan = reader.read(file, row -> {
            List<ImportProblem> problems = new ArrayList<>(0);
            String placeText = row.get("circle.town") + " " + row.get("circle.community") + " "
                    + row.get("circle.scene.position");
            String placeKey = key(row.get("circle.town"), row.get("circle.community"), row.get("circle.scene.position"));
            Place place = places.get(placeKey);
            if (place == null) {
                problems.add(ImportProblem.at(row, "circle.scene.position", town.isPresent()
                        ? "circle.import.positionOutsideArea" : "circle.import.unknownPosition", placeText));
            }
            String name = row.get("circle.scene.name");
            Long typeId = types.get(row.get("circle.scene.type"));
            if (typeId == null) {
                problems.add(ImportProblem.at(row, "circle.scene.type", "circle.import.unknownType", row.get("circle.scene.type")));
            }
            Set<TargetGroup> targets = EnumSet.noneOf(TargetGroup.class);
            for (String part : row.get("circle.scene.groups").split("[、，,/；;\\s]+")) {
                if (part.isBlank()) {
                    continue;
                }
                TargetGroup group = groups.get(part);
                if (group == null) {
                    problems.add(ImportProblem.at(row, "circle.scene.groups", "circle.import.unknownGroup", part));
                } else {
                    targets.add(group);
                }
            }
            OrganiserKind kind = kinds.get(row.get("circle.scene.organiserKind"));
            if (kind == null) {
                problems.add(ImportProblem.at(row, "circle.scene.organiserKind", "circle.import.unknownOrganiserKind",
                        row.get("circle.scene.organiserKind")));
            }
            String organiser = row.get("circle.scene.organiser");
            Long institutionId = null;
            if (kind == OrganiserKind.INSTITUTION && place != null) {
                institutionId = lenders.computeIfAbsent(place.communityId(), c -> positions.lenders(c).stream()
                        .collect(Collectors.toMap(n -> Cells.clean(n.name()), Named::id, (a, b) -> a))).get(organiser);
                if (institutionId == null) {
                    problems.add(ImportProblem.at(row, "circle.scene.organiser", "circle.import.notPaired", organiser));
                }
            }
            Integer capacity = row.read("circle.scene.capacity", Cells::count, problems);
            Long existing = known.get(key(placeKey, name));
            if (place != null && !name.isEmpty()) {
                Integer first = seen.putIfAbsent(key(placeKey, name), row.number());
                if (first != null) {
                    problems.add(ImportProblem.at(row, "circle.scene.name", "imports.value.duplicate", first));
                }
            }
            String label = placeText + " " + name;
            if (problems.isEmpty()) {
                SceneForm form = new SceneForm(place.positionId(), typeId, name, targets, kind,
                        kind == OrganiserKind.INSTITUTION ? null : organiser, institutionId, row.get("circle.scene.schedule"),
                        capacity);
                checked.parsed.add(new Parsed(row.number(), form, existing, existing == null ? null : scenes.form(existing),
                        label, row.texts(COLUMNS)));
            } else {
                checked.problems.addAll(problems);
                checked.errorRows.put(row.number(), label);
            }
        });
        return checked;
    }

    /** An enum's values by their names in every language (and by the constant's own name). */
    private static <E extends Enum<E>> Map<String, E> byName(E[] values, java.util.function.Function<E, String> key) {
        Map<String, E> names = new HashMap<>();
        for (E value : values) {
            names.put(value.name(), value);
            Translations.SUPPORTED.forEach(locale -> names.put(Cells.clean(Translations.translate(key.apply(value), locale)),
                    value));
        }
        return names;
    }

    private Map<String, Place> positionIndex(Optional<Long> town) {
        Map<String, Place> index = new HashMap<>();
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("p.town_id = ?", t));
        jdbc.query("""
                SELECT t.name, c.name, p.name, p.id, p.community_id FROM service_position p
                JOIN community c ON c.id = p.community_id JOIN town t ON t.id = p.town_id""" + sql.where(),
                rs -> {
                    index.put(key(rs.getString(1), rs.getString(2), rs.getString(3)), new Place(rs.getLong(4), rs.getLong(5)));
                }, sql.args());
        return index;
    }

    private Map<String, Long> sceneIndex(Optional<Long> town) {
        Map<String, Long> index = new HashMap<>();
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("s.town_id = ?", t));
        jdbc.query("""
                SELECT t.name, c.name, p.name, s.name, s.id FROM scene s JOIN service_position p ON p.id = s.position_id
                JOIN community c ON c.id = s.community_id JOIN town t ON t.id = s.town_id""" + sql.where(),
                rs -> {
                    index.put(key(key(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getString(4)), rs.getLong(5));
                }, sql.args());
        return index;
    }

    private static String key(String... parts) {
        return java.util.Arrays.stream(parts).map(Cells::clean).collect(Collectors.joining("|"));
    }

    /** The columns an import would change for a scene that exists. */
    private static List<PreviewRow.Change> changes(Parsed p, Map<Long, String> typeNames) {
        SceneForm before = Objects.requireNonNull(p.before());
        SceneForm after = p.form();
        List<PreviewRow.Change> changes = new ArrayList<>(0);
        if (before.typeId() != after.typeId()) {
            changes.add(new PreviewRow.Change("circle.scene.type", typeNames.getOrDefault(before.typeId(), ""),
                    typeNames.getOrDefault(after.typeId(), "")));
        }
        if (!before.groups().equals(after.groups())) {
            changes.add(new PreviewRow.Change("circle.scene.groups", groupNames(before.groups()), groupNames(after.groups())));
        }
        if (before.organiserKind() != after.organiserKind() || !Objects.equals(before.institutionId(), after.institutionId())
                || after.institutionId() == null && !Objects.equals(before.organiserName(), after.organiserName())) {
            changes.add(new PreviewRow.Change("circle.scene.organiser", Objects.toString(before.organiserName(), ""),
                    p.texts().getOrDefault("circle.scene.organiser", "")));
        }
        if (!Objects.equals(before.schedule(), after.schedule())) {
            changes.add(new PreviewRow.Change("circle.scene.schedule", Objects.toString(before.schedule(), ""),
                    Objects.toString(after.schedule(), "")));
        }
        if (!Objects.equals(before.capacity(), after.capacity())) {
            changes.add(new PreviewRow.Change("circle.scene.capacity", String.valueOf(before.capacity()),
                    String.valueOf(after.capacity())));
        }
        return changes;
    }

    private static String groupNames(Set<TargetGroup> groups) {
        return groups.stream().sorted().map(g -> Translations.translate(g.messageKey(), Translations.CHINESE))
                .collect(Collectors.joining("、"));
    }
}
