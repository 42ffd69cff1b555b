package cn.haitang.console.governance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Fee collection of one period: rate (fraction, 4 decimals) and arrears in yuan. */
public record FeeRow(long id, LocalDate periodStart, LocalDate periodEnd, BigDecimal due, BigDecimal collected, BigDecimal rate, BigDecimal arrears, long version) {
}
