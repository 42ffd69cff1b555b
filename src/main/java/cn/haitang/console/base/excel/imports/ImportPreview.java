package cn.haitang.console.base.excel.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What saving a file would do, shown before anything is written: every row with its status (new,
 * update with its changes, unchanged, error, skipped with why), every problem at its row and column,
 * and the file's columns that are ignored. Saving is offered only when there is no problem.
 */
public record ImportPreview(List<PreviewRow> rows, List<ImportProblem> problems, List<String> ignoredHeaders, int headerRow) {

    /** Builds the preview of a scan: the handler's rows and the scan's skipped rows, in file order. */
    public static ImportPreview of(TableReader.Scan scan, List<PreviewRow> rows, List<ImportProblem> problems) {
        List<PreviewRow> all = new ArrayList<>(rows.size() + scan.skipped().size());
        all.addAll(rows);
        all.addAll(scan.skipped());
        all.sort(Comparator.comparingInt(PreviewRow::row));
        List<ImportProblem> allProblems = new ArrayList<>(scan.problems());
        allProblems.addAll(problems);
        allProblems.sort(Comparator.comparingInt(ImportProblem::row));
        return new ImportPreview(List.copyOf(all), List.copyOf(allProblems), scan.ignoredHeaders(), scan.headerRow());
    }

    public long count(RowStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    /** True when saving would write something and nothing is wrong. */
    public boolean saveable() {
        return problems.isEmpty() && (count(RowStatus.NEW) > 0 || count(RowStatus.UPDATE) > 0);
    }
}
