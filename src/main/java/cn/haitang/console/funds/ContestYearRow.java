package cn.haitang.console.funds;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A contest year with its calendar, fund and budget, and how many proposals and awards it has. */
public record ContestYearRow(long id, long version, int year, String name, long fundId, String fundName, BigDecimal budget,
                             LocalDate callOpens, LocalDate callCloses, LocalDate reviewEnds, LocalDate awardsOn,
                             LocalDate implementationEnds, LocalDate closingOn, long proposals, long awarded,
                             BigDecimal granted) {
}
