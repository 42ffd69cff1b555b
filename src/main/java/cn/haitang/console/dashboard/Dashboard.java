package cn.haitang.console.dashboard;

import cn.haitang.console.pairing.MonthStateCount;
import java.util.List;

/** Everything the dashboard shows at once: the cards, the breakdown by area, and matters per month by state. */
public record Dashboard(DashboardFigures figures, List<AreaLine> areas, List<MonthStateCount> mattersPerMonth) {
}
