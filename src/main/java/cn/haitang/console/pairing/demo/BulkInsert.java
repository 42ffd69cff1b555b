package cn.haitang.console.pairing.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Multi-row INSERTs (1,000 rows a statement) for seeding large volumes fast. Writes no audit entries. */
final class BulkInsert {

    private static final int CHUNK = 1000;

    private BulkInsert() {
    }

    static void insert(JdbcTemplate jdbc, String table, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int width = rows.getFirst().length;
        String tuple = "(" + String.join(", ", java.util.Collections.nCopies(width, "?")) + ")";
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(columns).append(") VALUES ");
            List<Object> args = new ArrayList<>(chunk.size() * width);
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(tuple);
                args.addAll(Arrays.asList(chunk.get(i)));
            }
            // Set every parameter ourselves: Spring would ask the driver for parameter metadata on each null.
            jdbc.update(sql.toString(), ps -> {
                for (int i = 0; i < args.size(); i++) {
                    Object value = args.get(i);
                    if (value == null) {
                        ps.setNull(i + 1, java.sql.Types.NULL);
                    } else if (value instanceof java.time.LocalDate date) {
                        ps.setDate(i + 1, java.sql.Date.valueOf(date));
                    } else {
                        ps.setObject(i + 1, value);
                    }
                }
            });
        }
    }
}
