package cn.haitang.console.deliberation;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.excel.ExcelWriter;
import cn.haitang.console.base.excel.Workbooks;
import cn.haitang.console.base.i18n.Translations;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads a ballot workbook (household, owner, exclusive area, choice) row by row with the same checks as a ballot
 * entered by hand; collects every refusal instead of stopping at the first. Choices are read in either language
 * (同意/反对/弃权, agree/disagree/abstain). The template's example household is skipped.
 */
@Component
class BallotImport {

    static final String[] COLUMNS = {"delib.ballot.household", "delib.ballot.ownerName", "delib.ballot.area",
            "delib.ballot.choice"};
    static final String EXAMPLE_HOUSEHOLD = "示例-1幢101室";
    static final int MAX_ROWS = 20_000;

    record Parsed(int rows, List<BallotForm> ballots, List<BallotImportError> errors) {
    }

    Parsed parse(InputStream in, Collection<String> existingHouseholds) {
        List<BallotImportError> errors = new ArrayList<>();
        List<BallotForm> ballots = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        Set<String> seen = new HashSet<>(existingHouseholds);
        int rows = 0;
        try (Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = Workbooks.firstVisibleSheet(workbook).orElse(null);
            if (sheet == null) {
                return new Parsed(0, List.of(), List.of(new BallotImportError(0, "", "delib.import.empty", List.of())));
            }
            String header = headerProblem(sheet.getRow(0), formatter);
            if (header != null) {
                return new Parsed(0, List.of(), List.of(new BallotImportError(1, header, "delib.import.headers", List.of())));
            }
            if (sheet.getLastRowNum() > MAX_ROWS) {
                return new Parsed(sheet.getLastRowNum(), List.of(),
                        List.of(new BallotImportError(0, "", "delib.import.tooManyRows", List.of(MAX_ROWS))));
            }
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row == null || blank(row, formatter) || EXAMPLE_HOUSEHOLD.equals(text(row, 0, formatter))
                        || cn.haitang.console.base.excel.ExcelWriter.isExportedByLine(text(row, 0, formatter))) {
                    continue;
                }
                rows++;
                int excelRow = i + 1;
                BigDecimal area = area(row, formatter);
                if (area == null) {
                    errors.add(new BallotImportError(excelRow, COLUMNS[2], "delib.import.area", List.of()));
                    continue;
                }
                Choice choice = choice(text(row, 3, formatter));
                if (choice == null) {
                    errors.add(new BallotImportError(excelRow, COLUMNS[3], "delib.import.choice", List.of()));
                    continue;
                }
                try {
                    BallotForm ballot = VoteService.validBallot(new BallotForm(text(row, 0, formatter),
                            text(row, 1, formatter), area, choice));
                    if (!seen.add(ballot.household())) {
                        errors.add(new BallotImportError(excelRow, COLUMNS[0], "delib.error.ballot.duplicate",
                                List.of(ballot.household())));
                        continue;
                    }
                    ballots.add(ballot);
                } catch (RuleViolationException e) {
                    errors.add(new BallotImportError(excelRow, column(e.getField()), e.getMessageKey(),
                            List.of(e.getArguments())));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolationException) {
                throw (RuleViolationException) e;
            }
            return new Parsed(0, List.of(), List.of(new BallotImportError(0, "", "delib.import.unreadable", List.of())));
        }
        if (rows == 0 && errors.isEmpty()) {
            errors.add(new BallotImportError(0, "", "delib.import.empty", List.of()));
        }
        return new Parsed(rows, ballots, errors);
    }

    private static String column(@Nullable String field) {
        return switch (field == null ? "" : field) {
            case "household" -> COLUMNS[0];
            case "ownerName" -> COLUMNS[1];
            case "area" -> COLUMNS[2];
            case "choice" -> COLUMNS[3];
            default -> "";
        };
    }

    private static @Nullable BigDecimal area(Row row, DataFormatter formatter) {
        Cell cell = row.getCell(2);
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            // the cell's value as Excel shows it (a double never reaches a sum): 86.35, not 86.3499999…
            return new BigDecimal(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString());
        }
        String text = text(row, 2, formatter);
        try {
            return text.isEmpty() ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static @Nullable Choice choice(String text) {
        for (Choice c : Choice.values()) {
            for (Locale l : Translations.SUPPORTED) {
                if (text.equalsIgnoreCase(Translations.translate(c.messageKey(), l)) || text.equalsIgnoreCase(c.name())) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String text(Row row, int column, DataFormatter formatter) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : formatter.formatCellValue(cell).strip();
    }

    private static boolean blank(Row row, DataFormatter formatter) {
        for (int c = 0; c < COLUMNS.length; c++) {
            if (!text(row, c, formatter).isEmpty()) {
                return false;
            }
        }
        return true;
    }

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

    void template(OutputStream out, Locale locale) {
        try (ExcelWriter excel = new ExcelWriter(locale)) {
            ExcelWriter.SheetWriter sheet = excel.sheetOfKeys("delib.ballots.sheet", COLUMNS);
            sheet.row(EXAMPLE_HOUSEHOLD, "张三", 86.35, excel.t(Choice.AGREE.messageKey()));
            excel.write(out);
        }
    }

    void errorReport(BallotImportResult result, OutputStream out, Locale locale) {
        try (ExcelWriter excel = new ExcelWriter(locale)) {
            ExcelWriter.SheetWriter sheet = excel.sheetOfKeys("delib.import.errors", "delib.import.row",
                    "delib.import.column", "delib.import.message");
            for (BallotImportError e : result.errors()) {
                sheet.row(e.row(), e.column().isEmpty() ? "" : excel.t(e.column()),
                        excel.t(e.messageKey(), e.arguments().toArray()));
            }
            excel.write(out);
        }
    }
}
