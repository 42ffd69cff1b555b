package cn.haitang.console.audit;

public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    /** A bulk import written past Hibernate: one entry per import (see {@link ImportAudit}). */
    IMPORT;

    public String messageKey() {
        return "audit.action." + name();
    }
}
