package cn.haitang.console.funds;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A community's proposal: the problem, the plan, its budget lines, the team, who benefits, whether it earns income. */
public record ProposalForm(@Nullable Long communityId, @Nullable String title, @Nullable String problem, @Nullable String plan,
                           @Nullable String team, @Nullable Integer expectedBeneficiaries, boolean earnsIncome,
                           List<Line> budget) {

    /** One budget line. */
    public record Line(@Nullable String item, @Nullable BigDecimal amount) {
    }
}
