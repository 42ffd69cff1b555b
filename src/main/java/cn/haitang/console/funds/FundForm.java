package cn.haitang.console.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the fund form sends; communityId is null for the city fund. */
public record FundForm(@Nullable Long communityId, @Nullable String name, @Nullable String custodian,
                       @Nullable String bankAccount, @Nullable LocalDate openedOn, @Nullable BigDecimal approvalThreshold) {
}
