package cn.haitang.console.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The latest satisfaction and fee-collection rates of a compound (fractions, 4 decimals; empty when none recorded). */
public record CompoundPropertyFigures(long compoundId, @Nullable BigDecimal satisfactionRate, @Nullable LocalDate surveyDate, @Nullable BigDecimal feeRate, @Nullable LocalDate feePeriodEnd) {
}
