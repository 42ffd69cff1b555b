package cn.haitang.console.funds;

import java.math.BigDecimal;

/** A fund's balance and its income and spending to date (POSTED movements, reversals netted). */
public record FundFacts(BigDecimal balance, BigDecimal income, BigDecimal spending) {
}
