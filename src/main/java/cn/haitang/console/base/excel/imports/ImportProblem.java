package cn.haitang.console.base.excel.imports;

import cn.haitang.console.base.i18n.Translations;
import java.util.List;
import java.util.Locale;

/**
 * One problem of an import: the row as Excel numbers it (0 for the file as a whole), the column's
 * header key (empty for the row or file), the value read, and the message key with its arguments.
 */
public record ImportProblem(int row, String column, String value, String messageKey, List<Object> arguments) {

    public static ImportProblem ofFile(String messageKey, Object... arguments) {
        return new ImportProblem(0, "", "", messageKey, List.of(arguments));
    }

    public static ImportProblem at(ImportRow row, String column, CellProblem problem) {
        return new ImportProblem(row.number(), column, row.get(column), problem.messageKey(), problem.arguments());
    }

    public static ImportProblem at(ImportRow row, String column, String messageKey, Object... arguments) {
        return new ImportProblem(row.number(), column, row.get(column), messageKey, List.of(arguments));
    }

    public String message(Locale locale) {
        Object[] args = arguments.stream().map(a -> a instanceof TableReader.Header h
                ? Translations.translate(h.key(), locale) : a).toArray();
        return Translations.translate(messageKey, locale, args);
    }

    public String columnHeader(Locale locale) {
        return column.isEmpty() ? "" : Translations.translate(column, locale);
    }
}
