package cn.haitang.console.deliberation;

/** A refused row of a ballot import: its Excel row number, the column and the message. */
public record BallotImportError(int row, String column, String messageKey, java.util.List<Object> arguments) {
}
