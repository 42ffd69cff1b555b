package cn.haitang.console.pairing;

import cn.haitang.console.audit.PersonalDataLog;
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
 * moves (history kept), withdrawal, counts (the Excel import is {@link ReportImportService}), by area and institution. ID
 * numbers and phones are masked for every caller who is neither a city admin nor the coordinator of the
 * person's town/street.
 */
@Service
@Transactional
public class ReportingService {

    /** The template's example person: a row with this ID number is the example, never imported. */
    static final String EXAMPLE_ID_NUMBER = "32058119850312001X";
    static final String EXAMPLE_NAME = "张伟";

    private static final int EXPORT_PAGE = 5000;

    private final GridReportRepository reports;
    private final GridReportMoveRepository moves;
    private final ReportQueries queries;
    private final InstitutionService institutions;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    /** This list's name in the personal-data log. */
    static final String PERSONAL_DATA_SUBJECT = "pairing.reports";

    private final Clock clock;
    private final PersonalDataLog personalData;

    ReportingService(GridReportRepository reports, GridReportMoveRepository moves, ReportQueries queries,
                     InstitutionService institutions, CurrentUser currentUser, JdbcTemplate jdbc, Clock clock,
                     PersonalDataLog personalData) {
        this.personalData = personalData;
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
        return logged(filter, queries.list(filter, PairingChecks.town(scope, filter.townId()), scope, window));
    }

    /** A page that shows ID numbers in full goes into the personal-data log (who saw how many, with which filter). */
    private List<ReportRow> logged(ReportFilter filter, List<ReportRow> page) {
        int full = (int) page.stream().filter(r -> !r.idNumber().contains("*")).count();
        if (full > 0) {
            personalData.viewed(PERSONAL_DATA_SUBJECT, PersonalDataLog.describe(filter), full);
        }
        return page;
    }

    public List<ReportRow> list(ReportFilter filter, long offset, int limit) {
        return list(filter, Window.of(offset, limit));
    }

    /** Keyset page: the reports older than {@code beforeId} (0 = from the newest), for deep pages and exports. */
    @Transactional(readOnly = true)
    public List<ReportRow> listBefore(ReportFilter filter, long beforeId, int limit) {
        return logged(filter, unloggedBefore(filter, beforeId, limit));
    }

    private List<ReportRow> unloggedBefore(ReportFilter filter, long beforeId, int limit) {
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

    /** Writes exactly the filtered reports with ID numbers and phones masked for everyone (the default export). */
    @Transactional(readOnly = true)
    public int export(ReportFilter filter, OutputStream out, Locale locale) {
        return export(filter, out, locale, false, null);
    }

    /**
     * Writes exactly the filtered reports, streamed in keyset pages. ID numbers and phones are masked unless the
     * caller asks for them in full ({@code 含敏感信息}) with a reason, and then only where the list shows them in full
     * (a city admin; a coordinator for their own town). Either way the export goes into the personal-data log.
     */
    @Transactional(readOnly = true)
    public int export(ReportFilter filter, OutputStream out, Locale locale, boolean unmasked, @Nullable String reason) {
        String given = unmasked ? PersonalDataLog.requireReason(reason) : null;
        try (ExcelWriter excel = new ExcelWriter(locale)) {
            ExcelWriter.SheetWriter sheet = excel.sheetOfKeys("pairing.reports.sheet", "pairing.report.kind",
                    "pairing.report.name", "pairing.report.idNumber", "pairing.report.phone", "pairing.institution",
                    "pairing.report.skills", "pairing.town", "pairing.community", "pairing.compound", "pairing.report.grid",
                    "pairing.report.reportedOn", "pairing.report.status");
            long before = 0;
            while (true) {
                List<ReportRow> page = unloggedBefore(filter, before, EXPORT_PAGE);
                for (ReportRow r : page) {
                    sheet.row(excel.t(r.kind().messageKey()), r.name(),
                            unmasked ? r.idNumber() : Masking.idNumber(r.idNumber()),
                            unmasked ? r.phone() : Masking.phone(r.phone()), r.institutionName(),
                            r.skills(), r.townName(), r.communityName(), r.compoundName(), r.gridName(), r.reportedOn(),
                            excel.t(r.status().messageKey()));
                }
                if (page.size() < EXPORT_PAGE) {
                    break;
                }
                before = page.getLast().id();
            }
            if (unmasked) {
                sheet.footer(excel.t("personalData.footer.reason", given));
            }
            excel.write(out);
            personalData.exported(PERSONAL_DATA_SUBJECT, PersonalDataLog.describe(filter), sheet.rows(), unmasked, given);
            return sheet.rows();
        }
    }
}
