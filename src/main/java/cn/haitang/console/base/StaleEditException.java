package cn.haitang.console.base;

/** Someone else changed the record since the user opened it: reload and edit again. */
public class StaleEditException extends RuleViolationException {

    public StaleEditException() {
        super("error.stale");
    }

    /** Refuses the edit when the version the user saw is not the current one. */
    public static void check(long seenVersion, long currentVersion) {
        if (seenVersion != currentVersion) {
            throw new StaleEditException();
        }
    }
}
