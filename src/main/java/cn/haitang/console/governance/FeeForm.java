package cn.haitang.console.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Fee collection of one period, in yuan. */
public record FeeForm(@Nullable LocalDate periodStart, @Nullable LocalDate periodEnd, @Nullable BigDecimal due, @Nullable BigDecimal collected) {
}
