package cn.haitang.console.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of a public disclosure; the counterparty of an anonymous donation is already replaced;
 * {@code projectTitle} names the contest project or the happiness scene a grant went to.
 */
public record DisclosureLine(LocalDate movedOn, MovementKind kind, boolean incoming, BigDecimal amount,
                             String counterparty, String purpose, @Nullable String projectTitle, boolean reversal) {
}
