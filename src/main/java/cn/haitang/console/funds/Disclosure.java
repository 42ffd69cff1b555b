package cn.haitang.console.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The public disclosure (资金公示) of a fund for a period: opening and closing balance, what came in and went out. */
public record Disclosure(FundRow fund, LocalDate from, LocalDate to, BigDecimal opening, BigDecimal income,
                         BigDecimal spending, BigDecimal closing, List<DisclosureLine> lines) {
}
