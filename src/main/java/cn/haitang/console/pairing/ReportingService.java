package cn.haitang.console.pairing;

import cn.haitang.console.base.db.Window;
import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.db.Sql;
import cn.haitang.console.base.excel.ExcelWriter;
import cn.haitang.console.base.excel.Workbooks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.base.i18n.Translations;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.format.DateTimeParseException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-service party members and volunteers reporting (报到) to the micro-grid where they live: registration,
 * moves (history kept), withdrawal, the all-or-nothing Excel import, counts by area and institution. ID
 * numbers and phones are masked for every caller who is neither a city admin nor the coordinator of the
 * person's town/street.
 */
@Service
@Transactional
public class ReportingService {

    public static final int MAX_IMPORT_ROWS = 20_000;
    /** The template's example person: a row with this ID number is the example, never imported. */
    static final String EXAMPLE_ID_NUMBER = "32058119850312001X";
    static final String EXAMPLE_NAME = "张伟";
    /** The import template's columns, in order (message keys of their headers). */
    static final String[] COLUMNS = {"pairing.report.kind", "pairing.report.name", "pairing.report.idNumber",
            "pairing.report.phone", "pairing.institution", "pairing.report.skills", "pairing.town", "pairing.community",
            "pairing.compound", "pairing.report.grid", "pairing.report.reportedOn"};

    private static final int EXPORT_PAGE = 5000;

    private final GridReportRepository reports;
    private final GridReportMoveRepository moves;
    private final ReportQueries queries;
    private final InstitutionService institutions;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReportingService(GridReportRepository reports, GridReportMoveRepository moves, ReportQueries queries,
                     InstitutionService institutions, CurrentUser currentUser, JdbcTemplate jdbc, Clock clock) {
        this.reports = reports;
        this.moves = moves;
        this.queries = queries;
        this.institutions = institutions;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ------------------------------------------------------------------ lists

    /** Reports, newest first; ID numbers and phones masked unless the caller may see them. */
    @Transactional(readOnly = true)
    public List<ReportRow> list(ReportFilter filter, Window window) {
        Scope scope = currentUser.scope();
        return queries.list(filter, PairingChecks.town(scope, filter.townId()), scope, window);
    }

    public List<ReportRow> list(ReportFilter filter, long offset, int limit) {
        return list(filter, Window.of(offset, limit));
    }

    /** Keyset page: the reports older than {@code beforeId} (0 = from the newest), for deep pages and exports. */
    @Transactional(readOnly = true)
    public List<ReportRow> listBefore(ReportFilter filter, long beforeId, int limit) {
        Scope scope = currentUser.scope();
        return queries.listBefore(filter, PairingChecks.town(scope, filter.townId()), scope, beforeId, limit);
    }

    @Transactional(readOnly = true)
    public long count(ReportFilter filter) {
        return queries.count(filter, PairingChecks.town(currentUser.scope(), filter.townId()));
    }

    @Transactional(readOnly = true)
    public ReportRow report(long id) {
        GridReport report = load(id);
        return queries.report(report.requireId(), currentUser.scope());
    }

    /** The grids a person reported to before, newest first. */
    @Transactional(readOnly = true)
    public List<ReportMoveRow> movesOf(long id) {
        load(id);
        return queries.moves(id);
    }

    /** Whether the caller sees personal data of a person in this town/street in full. */
    static boolean seesFull(Scope scope, long townId) {
        return scope.isCityWide() || scope.covers(townId);
    }

    private GridReport load(long id) {
        GridReport report = reports.findById(id).orElseThrow(PairingChecks::notFound);
        currentUser.scope().requireTown(report.getTownId());
        return report;
    }

    // ------------------------------------------------------------------ writes

    /** Registers a person with a micro-grid of the caller's area. One report per ID number. */
    public long register(ReportForm form) {
        String idNumber = validIdNumber(form.idNumber());
        Person person = validPerson(form);
        if (reports.findByIdNumber(idNumber).isPresent()) {
            throw RuleViolationException.atField("idNumber", "pairing.error.report.duplicate");
        }
        GridPlace place = place(form.gridId());
        LocalDate on = validDate(form.reportedOn());
        GridReport report = new GridReport(idNumber);
        report.describe(form.kind(), person.name(), person.phone(), form.institutionId(), person.skills());
        report.placeAt(place, on);
        return reports.save(report).requireId();
    }

    /** Changes a person's name, phone, institution or skills (not their grid: see {@link #move}). */
    public void update(long id, long seenVersion, ReportForm form) {
        GridReport report = load(id);
        StaleEditException.check(seenVersion, report.getVersion());
        Person person = validPerson(form);
        report.describe(form.kind(), person.name(), person.phone(), form.institutionId(), person.skills());
        reports.flush();
    }

    /** Moves a person to another micro-grid; the earlier one stays in the history. */
    public void move(long id, long seenVersion, @Nullable Long gridId, @Nullable LocalDate on) {
        GridReport report = load(id);
        StaleEditException.check(seenVersion, report.getVersion());
        GridPlace place = place(gridId);
        LocalDate date = validDate(on);
        if (place.gridId() == report.getGridId()) {
            throw RuleViolationException.atField("gridId", "pairing.error.report.sameGrid");
        }
        if (date.isBefore(report.getReportedOn())) {
            throw RuleViolationException.atField("date", "pairing.error.report.moveBeforeReport");
        }
        moves.save(new GridReportMove(id, report.getGridId(), report.getTownId(), report.getReportedOn(), date));
        report.placeAt(place, date);
        reports.flush();
    }

    /** Withdraws a person from reporting; registering again reactivates them. */
    public void withdraw(long id, long seenVersion) {
        GridReport report = load(id);
        StaleEditException.check(seenVersion, report.getVersion());
        if (report.getStatus() == ReportStatus.WITHDRAWN) {
            throw new RuleViolationException("pairing.error.report.alreadyWithdrawn");
        }
        report.withdraw();
        reports.flush();
    }

    /** A person's name, phone and skills as they are stored. */
    private record Person(String name, String phone, @Nullable String skills) {
    }

    private Person validPerson(ReportForm form) {
        if (form.kind() == null) {
            throw RuleViolationException.atField("kind", "pairing.error.required");
        }
        String name = PairingChecks.text("name", form.name(), 32);
        if (form.phone() == null || !form.phone().strip().matches("1[3-9]\\d{9}")) {
            throw RuleViolationException.atField("phone", "pairing.error.phone");
        }
        if (form.kind() == ReportKind.MEMBER) {
            if (form.institutionId() == null) {
                throw RuleViolationException.atField("institutionId", "pairing.error.report.memberNeedsInstitution");
            }
            Integer exists = jdbc.queryForObject("SELECT COUNT(*) FROM institution WHERE id = ?", Integer.class,
                    form.institutionId());
            if (exists == null || exists == 0) {
                throw RuleViolationException.atField("institutionId", "error.notFound");
            }
        }
        String skills = FieldChecks.optionalText("skills", form.skills(), 200);
        return new Person(name, form.phone().strip(), skills);
    }

    private String validIdNumber(@Nullable String value) {
        String id = value == null ? "" : IdNumbers.normalise(value);
        String problem = IdNumbers.problem(id);
        if (problem != null) {
            throw RuleViolationException.atField("idNumber", problem);
        }
        return id;
    }

    /** The day a person reported or moved: from {@link FieldChecks#EARLIEST_RECORD} to today. */
    private LocalDate validDate(@Nullable LocalDate date) {
        return PairingChecks.recordDate("reportedOn", date, today());
    }

    private GridPlace place(@Nullable Long gridId) {
        if (gridId == null) {
            throw RuleViolationException.atField("gridId", "pairing.error.required");
        }
        List<GridPlace> places = jdbc.query("""
                SELECT g.id, g.compound_id, cp.community_id, g.town_id FROM micro_grid g JOIN compound cp ON cp.id = g.compound_id
                WHERE g.id = ?""", (rs, n) -> new GridPlace(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)), gridId);
        if (places.isEmpty()) {
            throw RuleViolationException.atField("gridId", "error.notFound");
        }
        currentUser.scope().requireTown(places.getFirst().townId());
        return places.getFirst();
    }

    // ------------------------------------------------------------------ counts

    /** Active members and volunteers by town, community, compound, grid or institution (in the caller's area). */
    @Transactional(readOnly = true)
    public List<ReportCount> countsBy(ReportLevel level, @Nullable Long townId) {
        return queries.countsBy(level, PairingChecks.town(currentUser.scope(), townId));
    }

    /** Every institution's report rate: members reported (anywhere) / its in-service members. */
    @Transactional(readOnly = true)
    public List<InstitutionRow> institutionRates() {
        return institutions.listInstitutions(InstitutionFilter.all(), 0, 10_000);
    }

    // ------------------------------------------------------------------ Excel

    /** Writes exactly the filtered reports, masked as in the list, streamed in keyset pages. */
    @Transactional(readOnly = true)
    public int export(ReportFilter filter, OutputStream out, Locale locale) {
        try (ExcelWriter excel = new ExcelWriter(locale)) {
            ExcelWriter.SheetWriter sheet = excel.sheetOfKeys("pairing.reports.sheet", "pairing.report.kind",
                    "pairing.report.name", "pairing.report.idNumber", "pairing.report.phone", "pairing.institution",
                    "pairing.report.skills", "pairing.town", "pairing.community", "pairing.compound", "pairing.report.grid",
                    "pairing.report.reportedOn", "pairing.report.status");
            long before = 0;
            while (true) {
                List<ReportRow> page = listBefore(filter, before, EXPORT_PAGE);
                for (ReportRow r : page) {
                    sheet.row(excel.t(r.kind().messageKey()), r.name(), r.idNumber(), r.phone(), r.institutionName(),
                            r.skills(), r.townName(), r.communityName(), r.compoundName(), r.gridName(), r.reportedOn(),
                            excel.t(r.status().messageKey()));
                }
                if (page.size() < EXPORT_PAGE) {
                    break;
                }
                before = page.getLast().id();
            }
            excel.write(out);
            return sheet.rows();
        }
    }

    /** The empty import template with its headers and one example row. */
    public void template(OutputStream out, Locale locale) {
        currentUser.scope().townFilter();
        try (Sheets sheet = new Sheets("pairing.reports.sheet", locale, COLUMNS)) {
            sheet.row(sheet.t("pairing.reportKind.MEMBER"), EXAMPLE_NAME, EXAMPLE_ID_NUMBER, "13812345678", "常熟市第一人民医院",
                    "医疗", "虞山街道", "张坝社区", "义庄公寓", "第1网格", LocalDate.of(2026, 3, 1));
            sheet.writeTo(out);
        }
    }

    /** The refused rows as a workbook (row, column, message), in the caller's language. */
    public void errorReport(ImportResult result, OutputStream out, Locale locale) {
        try (Sheets sheet = new Sheets("pairing.import.errors", locale, "pairing.import.row", "pairing.import.column",
                "pairing.import.message")) {
            for (ImportError e : result.errors()) {
                sheet.row(e.row(), e.column().isEmpty() ? "" : Translations.translate(e.column(), locale),
                        Translations.translate(e.messageKey(), locale, e.arguments().toArray()));
            }
            sheet.writeTo(out);
        }
    }

    /**
     * Imports a workbook of reports, all or nothing: every row is checked first and any refused row
     * leaves the database untouched, with the errors row by row. A person already reported (same ID
     * number) is updated, and moved when the grid differs, instead of duplicated.
     */
    public ImportResult importWorkbook(InputStream in) {
        Scope scope = currentUser.scope();
        Optional<Long> own = scope.townFilter();
        List<ImportError> errors = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = Workbooks.firstVisibleSheet(workbook).orElse(null);
            if (sheet == null) {
                return new ImportResult(0, 0, 0, List.of(new ImportError(0, "", "pairing.import.empty", List.of())));
            }
            int last = sheet.getLastRowNum();
            String headerProblem = headerProblem(sheet.getRow(0), formatter);
            if (headerProblem != null) {
                return new ImportResult(0, 0, 0, List.of(new ImportError(1, headerProblem, "pairing.import.headers",
                        List.of())));
            }
            if (last > MAX_IMPORT_ROWS) {
                return new ImportResult(last, 0, 0, List.of(new ImportError(0, "", "pairing.import.tooManyRows",
                        List.of(MAX_IMPORT_ROWS))));
            }
            Map<String, GridPlace> grids = gridIndex(own);
            Map<String, Long> institutionIds = new HashMap<>();
            jdbc.query("SELECT id, name FROM institution", rs -> {
                institutionIds.put(rs.getString(2), rs.getLong(1));
            });
            Map<String, Integer> seen = new HashMap<>();
            LocalDate today = today();
            for (int i = 1; i <= last; i++) {
                Row row = sheet.getRow(i);
                if (row == null || isBlank(row, formatter)
                        || (EXAMPLE_NAME.equals(text(row, 1, formatter))
                        && EXAMPLE_ID_NUMBER.equals(IdNumbers.normalise(text(row, 2, formatter))))) {
                    continue; // blank, or the template's own example person (another name with that number is checked)
                }
                int excelRow = i + 1;
                int before = errors.size();
                String kindText = text(row, 0, formatter);
                ReportKind kind = kindText.equals(Translations.translate("pairing.reportKind.MEMBER", Translations.CHINESE))
                        || kindText.equalsIgnoreCase("MEMBER") ? ReportKind.MEMBER
                        : kindText.equals(Translations.translate("pairing.reportKind.VOLUNTEER", Translations.CHINESE))
                        || kindText.equalsIgnoreCase("VOLUNTEER") ? ReportKind.VOLUNTEER : null;
                if (kind == null) {
                    errors.add(err(excelRow, 0, "pairing.import.kind", kindText));
                }
                String name = text(row, 1, formatter);
                if (name.isEmpty()) {
                    errors.add(err(excelRow, 1, "pairing.error.required"));
                } else if (name.length() > 32) {
                    errors.add(err(excelRow, 1, "pairing.error.tooLong", 32));
                }
                String idNumber = IdNumbers.normalise(text(row, 2, formatter));
                String idProblem = IdNumbers.problem(idNumber);
                if (idProblem != null) {
                    errors.add(err(excelRow, 2, idProblem));
                } else if (seen.containsKey(idNumber)) {
                    errors.add(err(excelRow, 2, "pairing.import.duplicateInFile", seen.get(idNumber)));
                } else {
                    seen.put(idNumber, excelRow);
                }
                String phone = text(row, 3, formatter);
                if (!phone.matches("1[3-9]\\d{9}")) {
                    errors.add(err(excelRow, 3, "pairing.error.phone"));
                }
                String institutionName = text(row, 4, formatter);
                Long institutionId = institutionName.isEmpty() ? null : institutionIds.get(institutionName);
                if (!institutionName.isEmpty() && institutionId == null) {
                    errors.add(err(excelRow, 4, "pairing.import.unknownInstitution", institutionName));
                } else if (kind == ReportKind.MEMBER && institutionId == null) {
                    errors.add(err(excelRow, 4, "pairing.error.report.memberNeedsInstitution"));
                }
                String skills = text(row, 5, formatter);
                if (skills.length() > 200) {
                    errors.add(err(excelRow, 5, "pairing.error.tooLong", 200));
                }
                String gridKey = text(row, 6, formatter) + "|" + text(row, 7, formatter) + "|" + text(row, 8, formatter)
                        + "|" + text(row, 9, formatter);
                GridPlace place = grids.get(gridKey);
                if (place == null) {
                    errors.add(err(excelRow, 9, own.isPresent() ? "pairing.import.gridOutsideArea" : "pairing.import.unknownGrid",
                            gridKey.replace('|', ' ')));
                }
                LocalDate reportedOn = date(row.getCell(10), formatter);
                if (reportedOn == null) {
                    errors.add(err(excelRow, 10, "pairing.import.date"));
                } else if (reportedOn.isAfter(today)) {
                    errors.add(err(excelRow, 10, "pairing.error.dateInFuture"));
                }
                if (errors.size() == before) {
                    parsed.add(new Parsed(excelRow, kind, name, idNumber, phone, institutionId, skills, place, reportedOn));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolationException rv) {
                throw rv;
            }
            return new ImportResult(0, 0, 0, List.of(new ImportError(0, "", "pairing.import.unreadable", List.of())));
        }
        int rows = parsed.size() + (int) errors.stream().map(ImportError::row).distinct().count();
        if (!errors.isEmpty()) {
            return new ImportResult(rows, 0, 0, errors);
        }
        if (parsed.isEmpty()) {
            return new ImportResult(0, 0, 0, List.of(new ImportError(0, "", "pairing.import.empty", List.of())));
        }
        // Re-import by natural key: look everyone up in chunks.
        Map<String, GridReport> existing = new HashMap<>();
        for (int from = 0; from < parsed.size(); from += 1000) {
            List<String> ids = parsed.subList(from, Math.min(parsed.size(), from + 1000)).stream().map(Parsed::idNumber).toList();
            reports.findByIdNumberIn(ids).forEach(r -> existing.put(r.getIdNumber(), r));
        }
        for (Parsed p : parsed) {
            GridReport current = existing.get(p.idNumber());
            if (current != null && !scope.covers(current.getTownId())) {
                errors.add(new ImportError(p.row(), "pairing.report.idNumber", "pairing.import.personOutsideArea", List.of()));
            }
        }
        if (!errors.isEmpty()) {
            return new ImportResult(rows, 0, 0, errors);
        }
        int created = 0;
        int updated = 0;
        List<GridReport> batch = new ArrayList<>();
        for (Parsed p : parsed) {
            GridReport report = existing.get(p.idNumber());
            if (report == null) {
                report = new GridReport(p.idNumber());
                report.describe(p.kind(), p.name(), p.phone(), p.institutionId(), p.skills());
                report.placeAt(p.place(), p.reportedOn());
                batch.add(report);
                created++;
            } else {
                report.describe(p.kind(), p.name(), p.phone(), p.institutionId(), p.skills());
                if (report.getGridId() != p.place().gridId()) {
                    moves.save(new GridReportMove(report.requireId(), report.getGridId(), report.getTownId(),
                            report.getReportedOn(), p.reportedOn().isBefore(report.getReportedOn()) ? report.getReportedOn()
                            : p.reportedOn()));
                    report.placeAt(p.place(), p.reportedOn().isBefore(report.getReportedOn()) ? report.getReportedOn()
                            : p.reportedOn());
                } else if (report.getStatus() == ReportStatus.WITHDRAWN) {
                    report.placeAt(p.place(), p.reportedOn());
                }
                updated++;
            }
        }
        reports.saveAll(batch);
        reports.flush();
        return new ImportResult(parsed.size(), created, updated, List.of());
    }

    private record Parsed(int row, ReportKind kind, String name, String idNumber, String phone, @Nullable Long institutionId,
                          String skills, GridPlace place, LocalDate reportedOn) {
    }

    private Map<String, GridPlace> gridIndex(Optional<Long> town) {
        Map<String, GridPlace> index = new HashMap<>();
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("g.town_id = ?", t));
        jdbc.query("""
                SELECT t.name, c.name, cp.name, g.name, g.id, cp.id, c.id, t.id FROM micro_grid g
                JOIN compound cp ON cp.id = g.compound_id JOIN community c ON c.id = cp.community_id
                JOIN town t ON t.id = g.town_id""" + sql.where(), rs -> {
            index.put(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4),
                    new GridPlace(rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
        }, sql.args());
        return index;
    }

    /**
     * The header row's first column that is not the template's, or null when all are (Chinese or English
     * headers, spaces ignored). A file without the header row is refused instead of read from its second row.
     */
    private static @Nullable String headerProblem(@Nullable Row header, DataFormatter formatter) {
        for (int c = 0; c < COLUMNS.length; c++) {
            String found = header == null ? "" : text(header, c, formatter).replaceAll("\\s+", "");
            boolean matches = false;
            for (Locale l : Translations.SUPPORTED) {
                matches |= found.equalsIgnoreCase(Translations.translate(COLUMNS[c], l).replaceAll("\\s+", ""));
            }
            if (!matches) {
                return COLUMNS[c];
            }
        }
        return null;
    }

    private static ImportError err(int row, int column, String key, Object... args) {
        return new ImportError(row, COLUMNS[column], key, List.of(args));
    }

    private static boolean isBlank(Row row, DataFormatter formatter) {
        for (int c = 0; c < COLUMNS.length; c++) {
            if (!text(row, c, formatter).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String text(Row row, int column, DataFormatter formatter) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : formatter.formatCellValue(cell).strip();
    }

    private static @Nullable LocalDate date(@Nullable Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String text = formatter.formatCellValue(cell).strip();
        try {
            return text.isEmpty() ? null : LocalDate.parse(text.replace('/', '-'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

}
