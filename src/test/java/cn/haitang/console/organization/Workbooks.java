package cn.haitang.console.organization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds .xlsx files for import tests: the template's header row and the given rows of text. */
public final class Workbooks {

    private Workbooks() {
    }

    public static byte[] of(byte[] template, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            int r = 1;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    row.createCell(i).setCellValue(values.get(i));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A household list kept the way a street office keeps one (issue 13): a hidden scratch sheet first, a
     * merged title row, a header with half-width brackets, a trailing space, a synonym and an extra column,
     * phones with spaces and dashes, a blank row, a totals row and a note below the table.
     */
    public static byte[] streetOfficeHouseholds(String community, String compound, String grid) {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet scratch = book.createSheet("草稿");
        scratch.createRow(0).createCell(0).setCellValue("镇（街道）");
        Sheet sheet = book.createSheet("中心户");
        cn.haitang.console.base.excel.imports.MessyWorkbooks.titled(sheet, "虞山街道党员中心户情况统计表（2024年10月）", 9, List.of(
                List.of("序号", "镇(街道) ", "所属社区", "小区名称", "微网格", "中心户姓名", "联系电话", "楼栋单元", "联系户数"),
                List.of("1", "虞山街道", community, compound, grid, "导入周九", "138 1234 5678", "2幢1单元", "１２"),
                List.of("2", "虞山街道", community, compound, grid, "导入吴十", "139-1234-5678", "2幢2单元", "28人"),
                List.of(),
                List.of("合计", "", "", "", "", "2人", "", "", "40"),
                List.of("注：本表由社区党委填报。")));
        book.setActiveSheet(1);
        book.setSheetHidden(0, true);
        return cn.haitang.console.base.excel.imports.MessyWorkbooks.bytes(book);
    }
}
