package cn.haitang.console.base.excel.imports;

import java.util.List;

/** The outcome of saving an import: every row saved (no errors) or none (with every problem). */
public record ImportResult(int rows, int created, int updated, List<ImportProblem> errors) {

    public static ImportResult refused(int rows, List<ImportProblem> problems) {
        return new ImportResult(rows, 0, 0, List.copyOf(problems));
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
