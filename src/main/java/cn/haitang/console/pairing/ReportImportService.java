package cn.haitang.console.pairing;

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
import cn.haitang.console.base.excel.imports.TableReader;
import cn.haitang.console.base.excel.imports.UploadedFile;
import cn.haitang.console.base.i18n.Translations;
import cn.haitang.console.base.search.SearchIndexing;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The import of reporting people from the files towns keep, on the shared import mechanism: a preview
 * of every row (new, update with its changes, unchanged, error, skipped) before anything is written,
 * then all rows or none in one transaction. New people go in JDBC batches; a person already reported
 * (same ID number) is updated, and moved when the grid differs. Every row is checked against the
 * caller's area: a coordinator's file naming another town's grid or person is refused at those rows.
 */
@Service
public class ReportImportService {

    /** A city-wide file: 100,000 rows stream in well under the limit. */
    public static final int MAX_ROWS = 200_000;
    static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required("pairing.report.kind", "类别", "人员类型", "身份"),
            ImportColumn.required("pairing.report.name", "名字", "人员姓名"),
            ImportColumn.required("pairing.report.idNumber", ImportColumn.ID_NUMBER),
            ImportColumn.required("pairing.report.phone", ImportColumn.PHONE),
            ImportColumn.optional("pairing.institution", "单位", "工作单位", "所在单位"),
            ImportColumn.optional("pairing.report.skills", "特长", "专长", "技能"),
            ImportColumn.required("pairing.town", ImportColumn.TOWN),
            ImportColumn.required("pairing.community", "社区", "村(社区)", "社区(村)"),
            ImportColumn.required("pairing.compound", "小区", "小区名称"),
            ImportColumn.required("pairing.report.grid", "网格", "微网格名称"),
            ImportColumn.required("pairing.report.reportedOn", "报到时间", "日期"));
    private static final int BATCH = 1000;
    private static final String INSERT = """
            INSERT INTO grid_report (kind, name, id_number, phone, institution_id, skills, grid_id, compound_id, community_id,
                                     town_id, reported_on, status, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', 0)""";

    private final GridReportRepository reports;
    private final GridReportMoveRepository moves;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SearchIndexing search;
    private final ImportAudit audit;

    ReportImportService(GridReportRepository reports, GridReportMoveRepository moves, CurrentUser currentUser,
                        JdbcTemplate jdbc, Clock clock, SearchIndexing search, ImportAudit audit) {
        this.audit = audit;
        this.search = search;
        this.reports = reports;
        this.moves = moves;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The empty import template with its headers and the example row (recognised and skipped on import). */
    public void template(OutputStream out, Locale locale) {
        currentUser.scope().townFilter();
        try (ExcelWriter excel = new ExcelWriter(locale)) {
            ExcelWriter.SheetWriter sheet = excel.sheetOfKeys("pairing.reports.sheet",
                    COLUMNS.stream().map(ImportColumn::key).toArray(String[]::new));
            sheet.row(excel.t("pairing.reportKind.MEMBER"), ReportingService.EXAMPLE_NAME, ReportingService.EXAMPLE_ID_NUMBER, "13812345678",
                    "常熟市第一人民医院", "医疗", "虞山街道", "张坝社区", "义庄公寓", "第1网格", LocalDate.of(2026, 3, 1));
            excel.write(out);
        }
    }

    /** The problems as a workbook (row, column, value read, problem), in the caller's language. */
    public void errorReport(List<ImportProblem> problems, OutputStream out, Locale locale) {
        ImportReport.write(problems, locale, out);
    }

    /** What saving the file would do, row by row; writes nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(Path file) {
        Checked checked = check(file);
        List<PreviewRow> rows = new ArrayList<>(checked.parsed.size() + checked.errorRows.size());
        for (Parsed p : checked.parsed) {
            Existing e = checked.existing.get(p.idNumber());
            rows.add(e == null ? PreviewRow.of(p.row(), cn.haitang.console.base.excel.imports.RowStatus.NEW, p.name())
                    : PreviewRow.update(p.row(), p.name(), changes(e, p, checked)));
        }
        checked.errorRows.forEach((row, label) -> rows.add(PreviewRow.of(row,
                cn.haitang.console.base.excel.imports.RowStatus.ERROR, label)));
        return ImportPreview.of(checked.scan, rows, checked.problems);
    }

    /** Saves every row of the file, or none when any row is wrong (with every problem). */
    @Transactional
    public ImportResult importFile(Path file) {
        return importFile(file, file.getFileName().toString());
    }

    /**
     * Saves every row of the file, or none when any row is wrong (with every problem); the import leaves one
     * audit entry naming the uploaded file and its counts (the new people go in JDBC batches, past the per-entity
     * trail; people it updates keep their own entries).
     */
    @Transactional
    public ImportResult importFile(Path file, String fileName) {
        Checked checked = check(file);
        int rows = checked.parsed.size() + checked.errorRows.size();
        if (!checked.problems.isEmpty() || !checked.scan.readable()) {
            List<ImportProblem> all = new ArrayList<>(checked.scan.problems());
            all.addAll(checked.problems);
            return ImportResult.refused(rows, all);
        }
        List<Parsed> fresh = new ArrayList<>();
        List<Parsed> known = new ArrayList<>();
        for (Parsed p : checked.parsed) {
            Existing e = checked.existing.get(p.idNumber());
            if (e == null) {
                fresh.add(p);
            } else if (!changes(e, p, checked).isEmpty()) {
                known.add(p);
            }
        }
        List<Long> inserted = new ArrayList<>(fresh.size());
        for (int from = 0; from < fresh.size(); from += BATCH) {
            List<Parsed> chunk = fresh.subList(from, Math.min(fresh.size(), from + BATCH));
            insert(chunk);
            inserted.addAll(jdbc.queryForList("SELECT id FROM grid_report WHERE id_number IN ("
                    + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")", Long.class,
                    chunk.stream().map(Parsed::idNumber).toArray()));
        }
        reindexAfterCommit(inserted);
        for (int from = 0; from < known.size(); from += BATCH) {
            List<Parsed> chunk = known.subList(from, Math.min(known.size(), from + BATCH));
            Map<String, GridReport> entities = new HashMap<>();
            reports.findByIdNumberIn(chunk.stream().map(Parsed::idNumber).toList())
                    .forEach(r -> entities.put(r.getIdNumber(), r));
            for (Parsed p : chunk) {
                update(entities.get(p.idNumber()), p);
            }
            reports.flush();
        }
        audit.recordImport("GridReport", fileName, new ImportAudit.Counts(fresh.size(), known.size(),
                checked.parsed.size() - fresh.size() - known.size(), checked.scan.skipped().size()));
        // rows that change nothing are neither written nor counted as updated
        return new ImportResult(checked.parsed.size(), fresh.size(), known.size(), List.of());
    }

    /** New rows in one JDBC batch (the JPA entities' IDENTITY ids would make Hibernate insert them one by one). */
    private void insert(List<Parsed> chunk) {
        jdbc.batchUpdate(INSERT, chunk, chunk.size(), (ps, p) -> {
            ps.setString(1, p.kind().name());
            ps.setString(2, p.name());
            ps.setString(3, p.idNumber());
            ps.setString(4, p.phone());
            ps.setObject(5, p.kind() == ReportKind.MEMBER ? p.institutionId() : null);
            ps.setString(6, p.skills().isBlank() ? null : p.skills());
            ps.setLong(7, p.place().gridId());
            ps.setLong(8, p.place().compoundId());
            ps.setLong(9, p.place().communityId());
            ps.setLong(10, p.place().townId());
            ps.setDate(11, Date.valueOf(p.reportedOn()));
        });
    }

    /**
     * JDBC inserts bypass the search index's JPA listener: once the import has committed, the new people
     * are indexed in the background (the index reads committed rows; a rolled-back import indexes nothing).
     */
    private void reindexAfterCommit(List<Long> ids) {
        if (ids.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                // a platform thread: a virtual one that ended while the MariaDB driver held its socket's lock left
                // that pooled connection locked for the next request (a suite hung on it)
                Thread indexing = new Thread(() -> {
                    for (int from = 0; from < ids.size(); from += BATCH) {
                        search.reindex(GridReport.class, ids.subList(from, Math.min(ids.size(), from + BATCH)));
                    }
                }, "report-import-indexing");
                indexing.setDaemon(true);
                indexing.start();
            }
        });
    }

    /** {@link #importFile} of a stream (copied to a temporary file first, so it is read from disk). */
    @Transactional
    public ImportResult importWorkbook(InputStream in) {
        try (UploadedFile file = UploadedFile.of(in)) {
            return importFile(file.path());
        }
    }

    private void update(GridReport report, Parsed p) {
        report.describe(p.kind(), p.name(), p.phone(), p.institutionId(), p.skills());
        if (report.getGridId() != p.place().gridId()) {
            LocalDate on = p.reportedOn().isBefore(report.getReportedOn()) ? report.getReportedOn() : p.reportedOn();
            moves.save(new GridReportMove(report.requireId(), report.getGridId(), report.getTownId(), report.getReportedOn(), on));
            report.placeAt(p.place(), on);
        } else if (report.getStatus() == ReportStatus.WITHDRAWN) {
            report.placeAt(p.place(), p.reportedOn());
        }
    }

    // ---- checking every row, writing nothing --------------------------------------------------------

    private record Parsed(int row, ReportKind kind, String name, String idNumber, String phone, @Nullable Long institutionId,
                          String skills, GridPlace place, LocalDate reportedOn) {
    }

    /** A person already reported, as far as an import compares them. */
    private record Existing(long id, String kind, String name, String phone, @Nullable Long institutionId,
                            @Nullable String skills, long gridId, long townId, String status) {
    }

    private static final class Checked {
        final List<Parsed> parsed = new ArrayList<>();
        final List<ImportProblem> problems = new ArrayList<>();
        final Map<Integer, String> errorRows = new HashMap<>();
        final Map<String, Existing> existing = new HashMap<>();
        final Map<Long, String> institutionNames = new HashMap<>();
        final Map<Long, String> gridNames = new HashMap<>();
        TableReader.Scan scan;
    }

    private Checked check(Path file) {
        Scope scope = currentUser.scope();
        Optional<Long> own = scope.townFilter();
        Checked checked = new Checked();
        Map<String, GridPlace> grids = gridIndex(own, checked.gridNames);
        Map<String, Long> institutionIds = new HashMap<>();
        jdbc.query("SELECT id, name FROM institution", rs -> {
            institutionIds.put(rs.getString(2), rs.getLong(1));
            checked.institutionNames.put(rs.getLong(1), rs.getString(2));
        });
        Map<String, Integer> seen = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        String member = Translations.translate("pairing.reportKind.MEMBER", Translations.CHINESE);
        String volunteer = Translations.translate("pairing.reportKind.VOLUNTEER", Translations.CHINESE);
        // the template's own example person: name and number together (another name with that number is checked)
        TableReader reader = new TableReader(COLUMNS).maxRows(MAX_ROWS).exampleRow(row ->
                ReportingService.EXAMPLE_NAME.equals(row.get("pairing.report.name").strip())
                && ReportingService.EXAMPLE_ID_NUMBER.equals(Cells.idNumber(row.get("pairing.report.idNumber"))));
        checked.scan = reader.read(file, row -> {
            List<ImportProblem> problems = new ArrayList<>(0);
            String kindText = row.get("pairing.report.kind");
            ReportKind kind = kindText.equals(member) || kindText.equalsIgnoreCase("MEMBER")
                    ? ReportKind.MEMBER : kindText.equals(volunteer) || kindText.equalsIgnoreCase("VOLUNTEER") ? ReportKind.VOLUNTEER
                    : null;
            if (kind == null) {
                problems.add(ImportProblem.at(row, "pairing.report.kind", "pairing.import.kind", kindText));
            }
            String name = row.get("pairing.report.name");
            if (name.isEmpty()) {
                problems.add(ImportProblem.at(row, "pairing.report.name", "pairing.error.required"));
            } else if (name.codePointCount(0, name.length()) > 32) {
                problems.add(ImportProblem.at(row, "pairing.report.name", "pairing.error.tooLong", 32));
            }
            String idNumber = Cells.idNumber(row.get("pairing.report.idNumber"));
            String idProblem = IdNumbers.problem(idNumber);
            if (idProblem != null) {
                problems.add(ImportProblem.at(row, "pairing.report.idNumber", idProblem));
            } else {
                Integer first = seen.putIfAbsent(idNumber, row.number());
                if (first != null) {
                    problems.add(ImportProblem.at(row, "pairing.report.idNumber", "pairing.import.duplicateInFile", first));
                }
            }
            String phone = "";
            try {
                phone = Cells.mobile(row.get("pairing.report.phone"));
            } catch (CellProblem p) {
                problems.add(ImportProblem.at(row, "pairing.report.phone", p));
            }
            String institutionName = row.get("pairing.institution");
            Long institutionId = institutionName.isEmpty() ? null : institutionIds.get(institutionName);
            if (!institutionName.isEmpty() && institutionId == null) {
                problems.add(ImportProblem.at(row, "pairing.institution", "pairing.import.unknownInstitution", institutionName));
            } else if (kind == ReportKind.MEMBER && institutionId == null) {
                problems.add(ImportProblem.at(row, "pairing.institution", "pairing.error.report.memberNeedsInstitution"));
            }
            String skills = row.get("pairing.report.skills");
            if (skills.codePointCount(0, skills.length()) > 200) {
                problems.add(ImportProblem.at(row, "pairing.report.skills", "pairing.error.tooLong", 200));
            }
            String placeName = row.get("pairing.town") + " " + row.get("pairing.community") + " " + row.get("pairing.compound")
                    + " " + row.get("pairing.report.grid");
            GridPlace place = grids.get(row.get("pairing.town") + "|" + row.get("pairing.community") + "|"
                    + row.get("pairing.compound") + "|" + row.get("pairing.report.grid"));
            if (place == null) {
                problems.add(ImportProblem.at(row, "pairing.report.grid", own.isPresent() ? "pairing.import.gridOutsideArea"
                        : "pairing.import.unknownGrid", placeName));
            }
            LocalDate reportedOn = null;
            try {
                reportedOn = Cells.date(row.get("pairing.report.reportedOn"));
                if (reportedOn.isAfter(today)) {
                    problems.add(ImportProblem.at(row, "pairing.report.reportedOn", "pairing.error.dateInFuture"));
                }
            } catch (CellProblem p) {
                problems.add(ImportProblem.at(row, "pairing.report.reportedOn", p));
            }
            if (problems.isEmpty()) {
                checked.parsed.add(new Parsed(row.number(), kind, name, idNumber, phone, institutionId, skills, place,
                        reportedOn));
            } else {
                checked.problems.addAll(problems);
                checked.errorRows.put(row.number(), name);
            }
        });
        if (checked.scan.readable()) {
            lookUpExisting(checked, scope);
        }
        return checked;
    }

    /** Everyone of the file already reported, in chunks; a person of another town is refused at their row. */
    private void lookUpExisting(Checked checked, Scope scope) {
        for (int from = 0; from < checked.parsed.size(); from += BATCH) {
            List<Parsed> chunk = checked.parsed.subList(from, Math.min(checked.parsed.size(), from + BATCH));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.query("SELECT id, kind, name, phone, institution_id, skills, grid_id, town_id, status, id_number FROM grid_report"
                    + " WHERE id_number IN (" + marks + ")", rs -> {
                checked.existing.put(rs.getString(10), new Existing(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, Long.class), rs.getString(6), rs.getLong(7), rs.getLong(8),
                        rs.getString(9)));
            }, chunk.stream().map(Parsed::idNumber).toArray());
        }
        List<Parsed> refused = new ArrayList<>();
        for (Parsed p : checked.parsed) {
            Existing e = checked.existing.get(p.idNumber());
            if (e != null && !scope.covers(e.townId())) {
                checked.problems.add(new ImportProblem(p.row(), "pairing.report.idNumber", p.idNumber(),
                        "pairing.import.personOutsideArea", List.of()));
                checked.errorRows.put(p.row(), p.name());
                refused.add(p);
            }
        }
        checked.parsed.removeAll(refused);
    }

    /** The columns an import would change for a person already reported. */
    private static List<PreviewRow.Change> changes(Existing e, Parsed p, Checked checked) {
        List<PreviewRow.Change> changes = new ArrayList<>(0);
        if (!e.kind().equals(p.kind().name())) {
            changes.add(new PreviewRow.Change("pairing.report.kind", e.kind(), p.kind().name()));
        }
        if (!e.name().equals(p.name())) {
            changes.add(new PreviewRow.Change("pairing.report.name", e.name(), p.name()));
        }
        if (!e.phone().equals(p.phone())) {
            changes.add(new PreviewRow.Change("pairing.report.phone", e.phone(), p.phone()));
        }
        Long institution = p.kind() == ReportKind.MEMBER ? p.institutionId() : null;
        if (!Objects.equals(e.institutionId(), institution)) {
            changes.add(new PreviewRow.Change("pairing.institution", nameOf(checked.institutionNames, e.institutionId()),
                    nameOf(checked.institutionNames, institution)));
        }
        String skills = p.skills().isBlank() ? null : p.skills();
        if (!Objects.equals(e.skills(), skills)) {
            changes.add(new PreviewRow.Change("pairing.report.skills", Objects.toString(e.skills(), ""), p.skills()));
        }
        if (e.gridId() != p.place().gridId() || !"ACTIVE".equals(e.status())) {
            changes.add(new PreviewRow.Change("pairing.report.grid", checked.gridNames.getOrDefault(e.gridId(), ""),
                    checked.gridNames.getOrDefault(p.place().gridId(), "")));
        }
        return changes;
    }

    private static String nameOf(Map<Long, String> names, @Nullable Long id) {
        return id == null ? "" : names.getOrDefault(id, "");
    }

    private Map<String, GridPlace> gridIndex(Optional<Long> town, Map<Long, String> names) {
        Map<String, GridPlace> index = new HashMap<>();
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("g.town_id = ?", t));
        jdbc.query("""
                SELECT t.name, c.name, cp.name, g.name, g.id, cp.id, c.id, t.id FROM micro_grid g
                JOIN compound cp ON cp.id = g.compound_id JOIN community c ON c.id = cp.community_id
                JOIN town t ON t.id = g.town_id""" + sql.where(), rs -> {
            index.put(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4),
                    new GridPlace(rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
            names.put(rs.getLong(5), rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
        }, sql.args());
        return index;
    }
}
