package cn.haitang.console.funds;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A proposal or project in the list: what it asked for and was granted, the jury's average total and how
 * many jurors scored it, its progress (mean of its milestones), late milestones, spending and income.
 */
public record ProjectRow(long id, long version, long contestYearId, int year, String townName, long communityId,
                         String communityName, String title, ProjectState state, boolean earnsIncome, BigDecimal requested,
                         @Nullable BigDecimal grantAmount, BigDecimal spent, BigDecimal income, @Nullable BigDecimal score,
                         long jurors, int progress, long lateMilestones) {
}
