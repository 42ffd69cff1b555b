package cn.haitang.console.accreditation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A round as the admin enters it; what is missing is refused by the service at its field. */
public record RoundForm(@Nullable Level level, @Nullable Integer year, String title, @Nullable LocalDate opensOn,
                        @Nullable LocalDate closesOn, @Nullable LocalDate reviewDeadline, @Nullable Integer quota,
                        long rubricId, @Nullable BigDecimal minSatisfaction, @Nullable BigDecimal minFeeCollection,
                        @Nullable BigDecimal spreadThreshold) {
}
