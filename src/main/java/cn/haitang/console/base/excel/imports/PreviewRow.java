package cn.haitang.console.base.excel.imports;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A row of the preview: its number, what saving would do, a label a person recognises (a name), the
 * changes an update would make, and for a skipped row the message key of why.
 */
public record PreviewRow(int row, RowStatus status, String label, List<Change> changes, @Nullable String reasonKey) {

    /** A column an update changes: its header key, the value now and the value from the file. */
    public record Change(String column, String before, String after) {
    }

    public static PreviewRow of(int row, RowStatus status, String label) {
        return new PreviewRow(row, status, label, List.of(), null);
    }

    public static PreviewRow update(int row, String label, List<Change> changes) {
        return new PreviewRow(row, changes.isEmpty() ? RowStatus.UNCHANGED : RowStatus.UPDATE, label, List.copyOf(changes), null);
    }

    public static PreviewRow skipped(int row, String label, String reasonKey) {
        return new PreviewRow(row, RowStatus.SKIPPED, label, List.of(), reasonKey);
    }
}
