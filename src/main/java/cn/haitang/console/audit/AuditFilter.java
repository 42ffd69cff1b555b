package cn.haitang.console.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Filters of the audit trail: user, entity type (and optionally one entity), date range. */
public record AuditFilter(String username, @Nullable String entityType, @Nullable String entityId,
                          @Nullable LocalDate from, @Nullable LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter("", null, null, null, null);
    }

    public static AuditFilter ofEntity(String entityType, long entityId) {
        return new AuditFilter("", entityType, String.valueOf(entityId), null, null);
    }
}
