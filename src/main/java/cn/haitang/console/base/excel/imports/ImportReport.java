package cn.haitang.console.base.excel.imports;

import cn.haitang.console.base.excel.ExcelWriter;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/** The problems of an import as a workbook a user can download, fix from and keep: row, column, value read, problem. */
public final class ImportReport {

    private ImportReport() {
    }

    public static void write(List<ImportProblem> problems, Locale locale, OutputStream out) {
        try (ExcelWriter excel = new ExcelWriter(locale)) {
            ExcelWriter.SheetWriter sheet = excel.sheetOfKeys("imports.report.sheet", "imports.report.row",
                    "imports.report.column", "imports.report.value", "imports.report.message");
            for (ImportProblem p : problems) {
                sheet.row(p.row() == 0 ? null : p.row(), p.columnHeader(locale), p.value(), p.message(locale));
            }
            sheet.columnWidth(3, 70);
            excel.write(out);
        }
    }
}
