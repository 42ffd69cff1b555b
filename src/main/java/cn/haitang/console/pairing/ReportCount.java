package cn.haitang.console.pairing;

/** Active reports of one area or institution: members and volunteers. */
public record ReportCount(long id, String name, long members, long volunteers) {
    public long total() {
        return members + volunteers;
    }
}
