package cn.haitang.console.base.excel.imports;

import java.util.List;

/**
 * What is wrong with one cell, as a message key with its arguments (the first argument is the value
 * as it was read, so the message can quote it). Thrown by {@link Cells}' parsers and caught by a row
 * handler, which turns it into an {@link ImportProblem} at its row and column.
 */
public final class CellProblem extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public CellProblem(String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
