package cn.haitang.console.base.excel.imports;

import cn.haitang.console.base.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Saving an import's checked rows one by one through the feature's own service, so that each meets exactly the
 * rules of its form: a row the service refuses becomes a problem at its row and at the column of the refused
 * field, with the value read; when any row is refused the import's transaction is rolled back, so nothing of
 * the file is kept. Call inside the import's {@code @Transactional} method.
 */
public final class RowByRow {

    private RowByRow() {
    }

    /**
     * Saves every row in the file's order; returns the refusals (empty when all were saved).
     *
     * @param columnOfField the column of each form field a refusal may name
     * @param fallbackColumn where a refusal that names no known field is shown
     */
    public static <R> List<ImportProblem> save(List<R> rows, ToIntFunction<R> rowNumber, Function<R, Map<String, String>> texts,
                                               Map<String, String> columnOfField, String fallbackColumn, Consumer<R> save) {
        List<ImportProblem> refused = new ArrayList<>();
        for (R row : rows) {
            try {
                save.accept(row);
            } catch (RuleViolationException e) {
                String column = columnOfField.getOrDefault(e.getField() == null ? "" : e.getField(), fallbackColumn);
                refused.add(new ImportProblem(rowNumber.applyAsInt(row), column, texts.apply(row).getOrDefault(column, ""),
                        e.getMessageKey(), List.of(e.getArguments())));
            }
        }
        if (!refused.isEmpty()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return refused;
    }

    /** The file's own problems and those of its rows, when there are any: the import is refused before saving. */
    public static List<ImportProblem> before(TableReader.Scan scan, List<ImportProblem> rowProblems) {
        List<ImportProblem> all = new ArrayList<>(scan.problems());
        all.addAll(rowProblems);
        return all;
    }
}
