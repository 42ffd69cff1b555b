package cn.haitang.console.funds;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The figures of the dashboard and the monthly report: the city fund's balance (null for a town's view),
 * what community funds raised and hold, contest money granted and spent, projects by state, lines by area.
 */
public record CityFigures(@Nullable BigDecimal cityBalance, long communityFunds, BigDecimal raised, BigDecimal balance,
                          BigDecimal granted, BigDecimal projectSpent, List<StateCount> projects, List<AreaFigures> areas) {
}
