package cn.haitang.console.deliberation;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.excel.ExcelWriter;
import cn.haitang.console.base.excel.imports.Cells;
import cn.haitang.console.base.excel.imports.ImportColumn;
import cn.haitang.console.base.excel.imports.ImportProblem;
import cn.haitang.console.base.excel.imports.TableReader;
import cn.haitang.console.base.excel.imports.UploadedFile;
import cn.haitang.console.base.i18n.Translations;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads a ballot workbook (household, owner, exclusive area, choice) with the shared import reader and the same
 * checks as a ballot entered by hand; collects every refusal instead of stopping at the first. Choices are read in either language
 * (同意/反对/弃权, agree/disagree/abstain). The template's example household is skipped.
 */
@Component
class BallotImport {

    static final String[] COLUMNS = {"delib.ballot.household", "delib.ballot.ownerName", "delib.ballot.area",
            "delib.ballot.choice"};
    static final String EXAMPLE_HOUSEHOLD = "示例-1幢101室";
    static final int MAX_ROWS = 20_000;
    /** The columns as the shared reader finds them: the template's words in either language and their usual synonyms. */
    private static final List<ImportColumn> READ = List.of(
            ImportColumn.required(COLUMNS[0], "户号", "房号", "户室", "门牌号", "房屋", "household"),
            ImportColumn.required(COLUMNS[1], "业主", "业主姓名", "姓名", "owner"),
            ImportColumn.required(COLUMNS[2], "专有部分面积", "专有面积", "建筑面积", "面积", "面积(㎡)", "area"),
            ImportColumn.required(COLUMNS[3], "表决意见", "意见", "表决", "choice"));

    record Parsed(int rows, List<BallotForm> ballots, List<BallotImportError> errors) {
    }

    /**
     * Reads the ballots of a workbook with the shared reader (the header found below title rows, columns by
     * their usual names in any order, hidden sheets, totals and notes rows and the template's example skipped,
     * numbers as people write them), then checks each ballot as one entered by hand.
     */
    Parsed parse(InputStream in, Collection<String> existingHouseholds) {
        List<BallotImportError> errors = new ArrayList<>();
        List<BallotForm> ballots = new ArrayList<>();
        Set<String> seen = new HashSet<>(existingHouseholds);
        int[] rows = {0};
        TableReader.Scan scan;
        try (UploadedFile file = UploadedFile.of(in)) {
            scan = new TableReader(READ).maxRows(MAX_ROWS)
                    .exampleRow(row -> EXAMPLE_HOUSEHOLD.equals(row.get(COLUMNS[0])))
                    .read(file.path(), row -> {
                        rows[0]++;
                        List<ImportProblem> problems = new ArrayList<>(0);
                        BigDecimal area = row.read(COLUMNS[2], Cells::optionalArea, problems);
                        Choice choice = choice(row.get(COLUMNS[3]));
                        if (!problems.isEmpty() || area == null) {
                            errors.add(new BallotImportError(row.number(), COLUMNS[2], "delib.import.area", List.of()));
                        } else if (choice == null) {
                            errors.add(new BallotImportError(row.number(), COLUMNS[3], "delib.import.choice", List.of()));
                        } else {
                            add(row.number(), new BallotForm(row.get(COLUMNS[0]), row.get(COLUMNS[1]), area, choice), seen,
                                    ballots, errors);
                        }
                    });
        }
        // a file refused as a whole (unreadable, no header, a column missing, too many rows) says why, in the
        // shared words; its header names are given in Chinese, the language of the files towns keep
        scan.problems().forEach(p -> errors.add(new BallotImportError(p.row(), p.column(), p.messageKey(),
                p.arguments().stream().map(a -> a instanceof TableReader.Header h
                        ? (Object) Translations.translate(h.key(), Translations.CHINESE) : a).toList())));
        return new Parsed(rows[0], ballots, errors);
    }

    /** A ballot checked as one entered by hand, and once per household (in the file and in the vote). */
    private static void add(int row, BallotForm form, Set<String> seen, List<BallotForm> ballots,
                            List<BallotImportError> errors) {
        try {
            BallotForm ballot = VoteService.validBallot(form);
            if (!seen.add(ballot.household())) {
                errors.add(new BallotImportError(row, COLUMNS[0], "delib.error.ballot.duplicate", List.of(ballot.household())));
                return;
            }
            ballots.add(ballot);
        } catch (RuleViolationException e) {
            errors.add(new BallotImportError(row, column(e.getField()), e.getMessageKey(), List.of(e.getArguments())));
        }
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
