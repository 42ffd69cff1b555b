package cn.haitang.console.support;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reading exported sheets in tests: the table without the "exported by" line every export ends with. */
public final class Sheets {

    private Sheets() {
    }

    /** The index of the table's last row: the last row, or the one before the footer's blank line. */
    public static int lastDataRow(Sheet sheet) {
        int last = sheet.getLastRowNum();
        Row row = sheet.getRow(last);
        Cell first = row == null ? null : row.getCell(0);
        String text = first == null ? "" : first.toString();
        if (text.startsWith("导出人") || text.startsWith("Exported by")) {
            // the lines below the table follow one blank (absent) row
            while (last > 0 && sheet.getRow(last) != null) {
                last--;
            }
            last--;
        }
        return last;
    }
}
