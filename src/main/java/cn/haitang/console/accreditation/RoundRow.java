package cn.haitang.console.accreditation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A round in lists, with the number of its applications. */
public record RoundRow(long id, long version, Level level, int year, String title, LocalDate opensOn, LocalDate closesOn, LocalDate reviewDeadline, int quota, long rubricId, String rubricName, BigDecimal minSatisfaction, BigDecimal minFeeCollection, BigDecimal spreadThreshold, long applications) {
}
