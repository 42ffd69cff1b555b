package cn.haitang.console.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A fund in the list, with its balance, income and spending to date and its movements awaiting approval. */
public record FundRow(long id, long version, FundKind kind, String name, @Nullable Long townId, @Nullable String townName,
                      @Nullable Long communityId, @Nullable String communityName, String custodian, String bankAccount,
                      LocalDate openedOn, BigDecimal approvalThreshold, BigDecimal balance, BigDecimal income,
                      BigDecimal spending, long pending) {
}
