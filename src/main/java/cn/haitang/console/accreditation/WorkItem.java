package cn.haitang.console.accreditation;

import java.time.LocalDate;

/** A reviewer's assignment in their worklist; {@code state} is {@value Suspension#STATE} while a conflict suspends it. */
public record WorkItem(long assignmentId, long applicationId, String roundTitle, Level level, String compoundName, String townName, LocalDate deadline, String state, boolean overdue) {
}
