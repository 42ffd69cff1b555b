package cn.haitang.console.funds;

import java.math.BigDecimal;

/** One area's (a town's, or a community's) fund figures: funds, raised, spent and balance, projects awarded, granted. */
public record AreaFigures(long areaId, String areaName, long funds, BigDecimal raised, BigDecimal spent, BigDecimal balance,
                          long awarded, BigDecimal granted) {
}
