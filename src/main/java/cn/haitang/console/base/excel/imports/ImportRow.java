package cn.haitang.console.base.excel.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** One data row of an import: its number as Excel shows it and its cleaned text by column key. */
public record ImportRow(int number, Map<String, String> values) {

    /** The cell's text, cleaned ({@link Cells#clean}); empty when blank or when the file has no such column. */
    public String get(String column) {
        return values.getOrDefault(column, "");
    }

    public boolean has(String column) {
        return !get(column).isEmpty();
    }

    /**
     * The cell read as a value (e.g. {@code Cells::date}); a cell that cannot be read adds its problem to
     * {@code problems} and gives null, so that every problem of the row is reported at once.
     */
    public <T> @Nullable T read(String column, Function<String, T> reading, List<ImportProblem> problems) {
        try {
            return reading.apply(get(column));
        } catch (CellProblem p) {
            problems.add(ImportProblem.at(this, column, p));
            return null;
        }
    }

    /** The row's text by column, kept to report a problem found later (at saving) with the value read. */
    public Map<String, String> texts(List<ImportColumn> columns) {
        Map<String, String> texts = new HashMap<>();
        columns.forEach(c -> texts.put(c.key(), get(c.key())));
        return texts;
    }
}
