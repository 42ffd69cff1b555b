package cn.haitang.console.base.excel;

import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** What every import asks of a workbook before reading it. */
public final class Workbooks {

    private Workbooks() {
    }

    /**
     * The first sheet the user can see. A hidden (or very hidden) sheet is an old or scratch sheet the
     * user does not know is there: reading it imported rows nobody meant to send.
     */
    public static Optional<Sheet> firstVisibleSheet(Workbook workbook) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                return Optional.of(workbook.getSheetAt(i));
            }
        }
        return Optional.empty();
    }
}
