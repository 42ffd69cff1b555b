package cn.haitang.console.accreditation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A reviewer's assignment as the application page shows it; total and comment are null while hidden.
 * {@code state} is {@value Suspension#STATE} while a conflict that arose after the assignment suspends
 * it, and {@code suspension} says why.
 */
public record ReviewRow(long assignmentId, long version, long reviewerId, String reviewerName, String state,
                        LocalDate deadline, @Nullable BigDecimal total, @Nullable String comment,
                        @Nullable String recusalReason, @Nullable Instant submittedAt,
                        @Nullable Suspension suspension) {
}
