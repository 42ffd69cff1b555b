package cn.haitang.console.base.excel.imports;

/** What saving would do with a row of the file. */
public enum RowStatus {
    NEW, UPDATE, UNCHANGED, ERROR, SKIPPED;

    public String messageKey() {
        return "imports.status." + name();
    }
}
