package cn.haitang.console.audit;

public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE;

    public String messageKey() {
        return "audit.action." + name();
    }
}
