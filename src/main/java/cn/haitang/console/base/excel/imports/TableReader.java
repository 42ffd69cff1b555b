package cn.haitang.console.base.excel.imports;

import cn.haitang.console.base.i18n.Translations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Reads a table from the first visible sheet of a file, as a person would: the header row is the first
 * of the top {@value #HEADER_SEARCH_ROWS} rows that holds the declared columns' headers (so title rows
 * and merged title cells above it are passed over), headers match after {@link Cells#headerKey}
 * normalising and synonyms, columns in any order, unknown columns ignored with a note. Below it, blank
 * rows, totals rows, notes, repeated headers and the template's example row are skipped and listed;
 * every other row reaches the handler with its cells cleaned.
 */
public final class TableReader {

    public static final int HEADER_SEARCH_ROWS = 30;
    private static final List<String> TOTALS = List.of("合计", "总计", "小计", "共计", "总数", "total", "subtotal", "sum");
    private static final List<String> NOTES = List.of("填表说明", "说明:", "注:", "注1", "备注:", "填表人", "制表", "审核人",
            "填报单位", "导出人", "note:", "notes:", "exported by");

    private final List<ImportColumn> columns;
    private final Map<String, String> byHeader = new HashMap<>();
    private Predicate<ImportRow> example = row -> false;
    private int maxRows = Integer.MAX_VALUE;

    public TableReader(List<ImportColumn> columns) {
        this.columns = List.copyOf(columns);
        for (ImportColumn column : columns) {
            for (java.util.Locale locale : Translations.SUPPORTED) {
                byHeader.putIfAbsent(Cells.headerKey(Translations.translate(column.key(), locale)), column.key());
            }
            column.alternatives().forEach(s -> byHeader.putIfAbsent(Cells.headerKey(s), column.key()));
        }
    }

    /** Recognises the template's example row, which is skipped and never imported. */
    public TableReader exampleRow(Predicate<ImportRow> isExample) {
        this.example = isExample;
        return this;
    }

    /**
     * Refuses a file of more data rows than an import takes at once: rows past the limit are counted (for the
     * message) but never reach the handler, and the file is refused with "at most N rows, the file has M".
     */
    public TableReader maxRows(int max) {
        this.maxRows = max;
        return this;
    }

    /** What reading the file found besides its data rows. */
    public record Scan(int headerRow, List<ImportProblem> problems, List<String> ignoredHeaders, List<PreviewRow> skipped,
                       int dataRows) {

        /** False when the file as a whole is refused (unreadable, no header row, a required column missing). */
        public boolean readable() {
            return problems.isEmpty();
        }
    }

    /** Streams the file's data rows into the handler; nothing reaches it when the file is refused. */
    public Scan read(Path file, Consumer<ImportRow> handler) {
        State state = new State(handler);
        try {
            SheetSource.read(file, state::row);
        } catch (SheetSource.UnreadableFile e) {
            return new Scan(0, List.of(ImportProblem.ofFile(e.messageKey())), List.of(), List.of(), 0);
        } catch (Stop stop) {
            // the header was refused: nothing more to read
        }
        if (state.header == null && state.problems.isEmpty()) {
            state.problems.add(ImportProblem.ofFile(state.rowsSeen == 0 ? "imports.file.empty" : "imports.file.noHeader",
                    HEADER_SEARCH_ROWS, new Header(firstRequired())));
        } else if (state.problems.isEmpty() && state.dataRows == 0) {
            state.problems.add(ImportProblem.ofFile("imports.file.empty"));
        } else if (state.dataRows > maxRows) {
            state.problems.add(ImportProblem.ofFile("imports.file.tooManyRows", maxRows, state.dataRows));
        }
        return new Scan(state.headerNumber, List.copyOf(state.problems), List.copyOf(state.ignored), List.copyOf(state.skipped),
                state.dataRows);
    }

    private String firstRequired() {
        return columns.stream().filter(ImportColumn::required).findFirst().orElse(columns.getFirst()).key();
    }

    /** A header key as a message argument, translated when the message is. */
    public record Header(String key) {
        @Override
        public String toString() {
            return key;
        }
    }

    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private final class State {
        final Consumer<ImportRow> handler;
        final List<ImportProblem> problems = new ArrayList<>();
        final List<String> ignored = new ArrayList<>();
        final List<PreviewRow> skipped = new ArrayList<>();
        @Nullable Map<Integer, String> header;
        int headerNumber;
        int rowsSeen;
        int dataRows;

        State(Consumer<ImportRow> handler) {
            this.handler = handler;
        }

        void row(int number, List<String> cells) {
            rowsSeen++;
            if (header == null) {
                findHeader(number, cells);
                return;
            }
            Map<String, String> values = new LinkedHashMap<>();
            boolean blank = true;
            for (Map.Entry<Integer, String> e : header.entrySet()) {
                String value = e.getKey() < cells.size() ? Cells.clean(cells.get(e.getKey())) : "";
                values.put(e.getValue(), value);
                blank &= value.isEmpty();
            }
            String first = firstText(cells);
            if (blank && first.isEmpty()) {
                return; // a blank row
            }
            String firstKey = Cells.headerKey(first);
            ImportRow row = new ImportRow(number, values);
            if (TOTALS.stream().anyMatch(firstKey::startsWith) || firstCellsAreTotal(cells)) {
                skipped.add(PreviewRow.skipped(number, first, "imports.skipped.total"));
            } else if (NOTES.stream().anyMatch(firstKey::startsWith) || blank) {
                skipped.add(PreviewRow.skipped(number, first, "imports.skipped.note"));
            } else if (matches(cells).size() == header.size()) {
                skipped.add(PreviewRow.skipped(number, first, "imports.skipped.header"));
            } else if (example.test(row)) {
                skipped.add(PreviewRow.skipped(number, first, "imports.skipped.example"));
            } else {
                dataRows++;
                if (dataRows <= maxRows) {
                    handler.accept(row);
                }
            }
        }

        private boolean firstCellsAreTotal(List<String> cells) {
            int seen = 0;
            for (String cell : cells) {
                String key = Cells.headerKey(cell);
                if (key.isEmpty()) {
                    continue;
                }
                if (TOTALS.stream().anyMatch(key::startsWith)) {
                    return true;
                }
                if (++seen == 3) {
                    return false;
                }
            }
            return false;
        }

        private void findHeader(int number, List<String> cells) {
            Map<Integer, String> found = matches(cells);
            long required = columns.stream().filter(ImportColumn::required).count();
            if (found.size() >= Math.max(Math.min(2, columns.size()), (required + 1) / 2)) {
                header = found;
                headerNumber = number;
                for (int i = 0; i < cells.size(); i++) {
                    if (!found.containsKey(i) && !Cells.clean(cells.get(i)).isEmpty()) {
                        ignored.add(Cells.clean(cells.get(i)));
                    }
                }
                for (ImportColumn column : columns) {
                    if (column.required() && !found.containsValue(column.key())) {
                        problems.add(new ImportProblem(number, column.key(), "", "imports.file.missingColumn",
                                List.of(new Header(column.key()))));
                    }
                }
                if (!problems.isEmpty()) {
                    throw new Stop();
                }
            } else if (rowsSeen >= HEADER_SEARCH_ROWS) {
                throw new Stop();
            }
        }

        private Map<Integer, String> matches(List<String> cells) {
            Map<Integer, String> found = new LinkedHashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                String header = Cells.headerKey(cells.get(i));
                String key = byHeader.get(header);
                if (key == null && header.endsWith(")") && header.lastIndexOf('(') > 0) {
                    key = byHeader.get(header.substring(0, header.lastIndexOf('('))); // a unit: 联系户数（户）
                }
                if (key != null && !found.containsValue(key)) {
                    found.put(i, key);
                }
            }
            return found;
        }

        private String firstText(List<String> cells) {
            for (String cell : cells) {
                String text = Cells.clean(cell);
                if (!text.isEmpty()) {
                    return text;
                }
            }
            return "";
        }
    }
}
