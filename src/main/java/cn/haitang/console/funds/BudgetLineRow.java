package cn.haitang.console.funds;

import java.math.BigDecimal;

/** A budget line with what has been spent against it. */
public record BudgetLineRow(long id, long version, String item, BigDecimal amount, BigDecimal spent) {
}
