package cn.haitang.console.circle;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A grant a scene received from a fund, as its page shows it: positive for the grant, negative for the
 * movement that reversed one.
 */
public record SceneGrantRow(long movementId, LocalDate movedOn, String fundName, BigDecimal amount, String purpose,
                            boolean reversal) {
}
