package cn.haitang.console.base.excel.imports;

import java.util.Map;

/** One data row of an import: its number as Excel shows it and its cleaned text by column key. */
public record ImportRow(int number, Map<String, String> values) {

    /** The cell's text, cleaned ({@link Cells#clean}); empty when blank or when the file has no such column. */
    public String get(String column) {
        return values.getOrDefault(column, "");
    }

    public boolean has(String column) {
        return !get(column).isEmpty();
    }
}
