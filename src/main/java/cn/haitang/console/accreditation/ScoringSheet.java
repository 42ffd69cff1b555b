package cn.haitang.console.accreditation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The scoring form of one assignment. {@code state} is {@value Suspension#STATE} (and the form read-only)
 * while a conflict of interest suspends the assignment; {@code suspension} says why.
 */
public record ScoringSheet(long assignmentId, long version, long applicationId, String compoundName, String townName,
                           String roundTitle, String statement, String keyFigures, String state, LocalDate deadline,
                           List<ScoreLine> lines, @Nullable String comment, @Nullable Suspension suspension) {
}
