package cn.haitang.console.funds;

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
import cn.haitang.console.base.i18n.Translations;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import of a fund's movements from a bookkeeper's sheet (date, kind, amount, counterparty, anonymous,
 * purpose), on the shared import mechanism: a preview of every row before anything is written, then all
 * rows or none in one transaction. Every row is recorded through {@link LedgerService#record}, so it meets
 * exactly the rules a movement typed in the form meets (scope, dates, amounts, no overdraft in the order of
 * the file, a second person's approval above the threshold, audit); a row any rule refuses is reported at
 * its cell and nothing of the file is kept. Grants to a project or scene, project income and allocations
 * name other records and are entered in the form.
 */
@Service
public class MovementImportService {

    public static final int MAX_ROWS = 5_000;
    static final List<MovementKind> KINDS = List.of(MovementKind.DONATION, MovementKind.INTEREST, MovementKind.GRANT,
            MovementKind.OPERATING);
    static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required("funds.movement.date", "日期", "发生日期", "收支日期", "date"),
            ImportColumn.required("funds.movement.kind", "类别", "收支类别", "类型", "kind"),
            ImportColumn.required("funds.movement.amountYuan", "金额", "金额(元)", "amount"),
            ImportColumn.required("funds.movement.counterparty", "对方", "捐赠人", "收款方", "付款方", "counterparty"),
            ImportColumn.optional("funds.movement.anonymousAsked", "匿名", "是否匿名", "anonymous"),
            ImportColumn.required("funds.movement.purpose", "用途", "摘要", "事由", "purpose"));
    /** The form's fields and the sheet's columns: a refusal of the ledger is shown at the column that caused it. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("movedOn", "funds.movement.date",
            "kind", "funds.movement.kind", "amount", "funds.movement.amountYuan", "counterparty", "funds.movement.counterparty",
            "anonymous", "funds.movement.anonymousAsked", "purpose", "funds.movement.purpose");
    private static final String EXAMPLE_COUNTERPARTY = "（示例）常熟市慈善总会";

    private final LedgerService ledger;

    MovementImportService(LedgerService ledger) {
        this.ledger = ledger;
    }

    /** The empty template with its headers and an example row (recognised and skipped on import). */
    @Transactional(readOnly = true)
    public void template(long fundId, OutputStream out, Locale locale) {
        ledger.writableFund(fundId);
        try (ExcelWriter excel = new ExcelWriter(locale)) {
            ExcelWriter.SheetWriter sheet = excel.sheetOfKeys("funds.import.sheet",
                    COLUMNS.stream().map(ImportColumn::key).toArray(String[]::new));
            sheet.row(LocalDate.of(2026, 3, 1), excel.t("funds.kind.DONATION"), new BigDecimal("5000.00"), EXAMPLE_COUNTERPARTY,
                    excel.t("funds.import.no"), "爱心捐助");
            excel.write(out);
        }
    }

    public void errorReport(List<ImportProblem> problems, OutputStream out, Locale locale) {
        ImportReport.write(problems, locale, out);
    }

    /** What saving the file would add, row by row, with every problem a cell has; writes nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(long fundId, Path file) {
        ledger.writableFund(fundId);
        Checked checked = check(file);
        List<PreviewRow> rows = new ArrayList<>();
        checked.parsed.forEach(p -> rows.add(PreviewRow.of(p.row(), RowStatus.NEW, p.label())));
        checked.errorRows.forEach((row, label) -> rows.add(PreviewRow.of(row, RowStatus.ERROR, label)));
        return ImportPreview.of(checked.scan, rows, checked.problems);
    }

    /**
     * Records every row of the file in its order, or none: a file with a wrong cell, or a row the ledger
     * refuses (an overdraft, a date before the fund opened…), is refused with every problem found.
     */
    @Transactional
    public ImportResult importFile(long fundId, Path file) {
        ledger.writableFund(fundId);
        Checked checked = check(file);
        int rows = checked.parsed.size() + checked.errorRows.size();
        List<ImportProblem> before = RowByRow.before(checked.scan, checked.problems);
        if (!before.isEmpty()) {
            return ImportResult.refused(rows, before);
        }
        List<ImportProblem> refused = RowByRow.save(checked.parsed, Parsed::row, Parsed::values, COLUMN_OF_FIELD,
                "funds.movement.amountYuan", p -> ledger.record(fundId, p.form()));
        if (!refused.isEmpty()) {
            return ImportResult.refused(rows, refused);
        }
        return new ImportResult(rows, checked.parsed.size(), 0, List.of());
    }

    // ---- reading and checking every row, writing nothing ---------------------------------------------

    private record Parsed(int row, MovementForm form, String label, Map<String, String> values) {
    }

    private static final class Checked {
        final List<Parsed> parsed = new ArrayList<>();
        final List<ImportProblem> problems = new ArrayList<>();
        final Map<Integer, String> errorRows = new HashMap<>();
        TableReader.@Nullable Scan scan;
    }

    private Checked check(Path file) {
        Checked checked = new Checked();
        Map<String, MovementKind> kinds = new HashMap<>();
        for (MovementKind k : KINDS) {
            kinds.put(k.name(), k);
            Translations.SUPPORTED.forEach(locale -> kinds.put(Translations.translate("funds.kind." + k, locale), k));
        }
        TableReader reader = new TableReader(COLUMNS).maxRows(MAX_ROWS).exampleRow(
                row -> EXAMPLE_COUNTERPARTY.equals(row.get("funds.movement.counterparty").strip()));
        checked.scan = reader.read(file, row -> {
            List<ImportProblem> problems = new ArrayList<>(0);
            LocalDate movedOn = null;
            try {
                movedOn = Cells.date(row.get("funds.movement.date"));
            } catch (CellProblem p) {
                problems.add(ImportProblem.at(row, "funds.movement.date", p));
            }
            String kindText = row.get("funds.movement.kind");
            MovementKind kind = kinds.get(kindText.strip());
            if (kind == null) {
                problems.add(ImportProblem.at(row, "funds.movement.kind", "funds.import.kind", kindText));
            }
            BigDecimal amount = null;
            try {
                amount = Cells.optionalAmount(row.get("funds.movement.amountYuan"));
                if (amount == null) {
                    problems.add(ImportProblem.at(row, "funds.movement.amountYuan", "imports.value.required"));
                }
            } catch (CellProblem p) {
                problems.add(ImportProblem.at(row, "funds.movement.amountYuan", p));
            }
            Boolean anonymous = yesNo(row.get("funds.movement.anonymousAsked"));
            if (anonymous == null) {
                problems.add(ImportProblem.at(row, "funds.movement.anonymousAsked", "funds.import.yesNo",
                        row.get("funds.movement.anonymousAsked")));
            }
            String counterparty = row.get("funds.movement.counterparty");
            String purpose = row.get("funds.movement.purpose");
            String label = row.get("funds.movement.date") + " " + kindText + " " + row.get("funds.movement.amountYuan") + " "
                    + counterparty;
            if (problems.isEmpty()) {
                checked.parsed.add(new Parsed(row.number(), new MovementForm(kind, movedOn, amount, counterparty,
                        Boolean.TRUE.equals(anonymous), purpose, null, null), label, values(row)));
            } else {
                checked.problems.addAll(problems);
                checked.errorRows.put(row.number(), label);
            }
        });
        return checked;
    }

    private static Map<String, String> values(ImportRow row) {
        Map<String, String> values = new HashMap<>();
        COLUMNS.forEach(c -> values.put(c.key(), row.get(c.key())));
        return values;
    }

    /** 是/否, yes/no, Y/N, 1/0, √; empty is no; anything else is a problem (null). */
    static @Nullable Boolean yesNo(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "", "否", "no", "n", "0", "false", "不匿名" -> false;
            case "是", "yes", "y", "1", "true", "√", "匿名" -> true;
            default -> null;
        };
    }
}
