package cn.haitang.console.organization;

/** One problem of an import: the Excel row number (as Excel shows it), the column's header, the message. */
public record ImportError(int row, String column, String message) {
}
