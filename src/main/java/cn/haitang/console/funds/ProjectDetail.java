package cn.haitang.console.funds;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A project's page: its row, the proposal's texts, its budget lines, milestones and closing evaluation. */
public record ProjectDetail(ProjectRow row, String problem, String plan, String team, int expectedBeneficiaries,
                            @Nullable Integer beneficiariesReached, @Nullable String closingEvaluation,
                            List<BudgetLineRow> budget, List<MilestoneRow> milestones) {
}
