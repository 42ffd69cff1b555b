package cn.haitang.console.accreditation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A round as the admin edits it. */
public record RoundForm(Level level, int year, String title, LocalDate opensOn, LocalDate closesOn, LocalDate reviewDeadline, int quota, long rubricId, BigDecimal minSatisfaction, BigDecimal minFeeCollection, BigDecimal spreadThreshold) {
}
