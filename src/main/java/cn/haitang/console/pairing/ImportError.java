package cn.haitang.console.pairing;

/** A row of an import that was refused: row number (as in Excel), column and the message key with its arguments. */
public record ImportError(int row, String column, String messageKey, java.util.List<Object> arguments) {
}
