package cn.haitang.console.accreditation;

/**
 * Why an open assignment is suspended now: the reviewer's town/street or institutions changed after the
 * assignment, and the conflict rule that refused it at assignment holds again ({@code detail} names the
 * town or the institution). Computed from live data on every read and before every score, never stored:
 * it lifts by itself when the conflict ends.
 */
public record Suspension(Conflict.Kind kind, String detail) {

    /** The state lists show for a suspended assignment. */
    public static final String STATE = "SUSPENDED";

    /** What the admin reads about the assignment. */
    public String messageKey() {
        return "accreditation.suspension." + kind.name();
    }
}
