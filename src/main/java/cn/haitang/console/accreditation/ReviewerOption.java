package cn.haitang.console.accreditation;

import java.util.List;

/** A reviewer the admin may assign, with the conflicts that forbid it. */
public record ReviewerOption(long userId, String username, String displayName, List<Conflict> conflicts, boolean assigned) {
}
