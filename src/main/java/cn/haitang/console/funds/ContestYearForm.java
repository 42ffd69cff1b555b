package cn.haitang.console.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A contest year's form: the calendar runs call → review → awards → implementation → closing evaluation. */
public record ContestYearForm(@Nullable Integer year, @Nullable String name, @Nullable Long fundId, @Nullable BigDecimal budget,
                              @Nullable LocalDate callOpens, @Nullable LocalDate callCloses, @Nullable LocalDate reviewEnds,
                              @Nullable LocalDate awardsOn, @Nullable LocalDate implementationEnds,
                              @Nullable LocalDate closingOn) {
}
