package cn.haitang.console.funds;

import java.math.BigDecimal;

/** A sum under a key: a month ("2025-03"), a movement kind, a town's name. */
public record AmountLine(String key, BigDecimal income, BigDecimal spending) {
}
