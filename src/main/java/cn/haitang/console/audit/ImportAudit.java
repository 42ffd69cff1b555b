package cn.haitang.console.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit record of a bulk import whose rows are written as JDBC batches, past Hibernate and so past
 * {@link AuditTrail}: one entry per import (who, when, which file, how many rows were new, updated,
 * unchanged and skipped), written in the import's own transaction, so a refused or rolled-back import
 * leaves none. One entry per row would cost a second row written per imported row (and its JSON): at
 * 100,000 rows that is the import's time again. Rows an import updates through JPA keep their per-row
 * entries from {@link AuditTrail}.
 */
@Component
public class ImportAudit {

    private static final String INSERT = """
            INSERT INTO audit_entry (occurred_at, username, action, entity_type, entity_id, summary, changes)
            VALUES (?, ?, 'IMPORT', ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    ImportAudit(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What an import did, recorded inside its transaction (which must be open). */
    public record Counts(int created, int updated, int unchanged, int skipped) {
    }

    /**
     * Records an import of {@code entityType} rows (the entity's simple name, as the trail names it) from a
     * file; {@code fileName} may be blank when the upload had none.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordImport(String entityType, String fileName, Counts counts) {
        String file = fileName.isBlank() ? "-" : fileName.strip();
        Map<String, Map<String, Object>> document = new LinkedHashMap<>();
        put(document, "file", file);
        put(document, "created", counts.created());
        put(document, "updated", counts.updated());
        put(document, "unchanged", counts.unchanged());
        put(document, "skipped", counts.skipped());
        String summary = "file: " + file + "; created: " + counts.created() + "; updated: " + counts.updated()
                + "; unchanged: " + counts.unchanged() + "; skipped: " + counts.skipped();
        jdbc.update(INSERT, Timestamp.from(clock.instant()), AuditTrail.currentUsername(), entityType,
                file.length() > 64 ? file.substring(0, 63) + "…" : file,
                summary.length() > 1000 ? summary.substring(0, 999) + "…" : summary, json.writeValueAsString(document));
    }

    private static void put(Map<String, Map<String, Object>> document, String name, Object after) {
        Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("before", null);
        pair.put("after", after);
        document.put(name, pair);
    }
}
