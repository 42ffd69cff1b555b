package cn.haitang.console.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the movement form sends. {@code projectId} names the contest project a grant goes to or a project
 * income comes from; {@code sceneId} the happiness scene a grant goes to instead (never both);
 * {@code targetFundId} the community fund an allocation goes to.
 */
public record MovementForm(@Nullable MovementKind kind, @Nullable LocalDate movedOn, @Nullable BigDecimal amount,
                           @Nullable String counterparty, boolean anonymous, @Nullable String purpose,
                           @Nullable Long projectId, @Nullable Long targetFundId, @Nullable Long sceneId) {

    /** A movement that names no scene. */
    public MovementForm(@Nullable MovementKind kind, @Nullable LocalDate movedOn, @Nullable BigDecimal amount,
                        @Nullable String counterparty, boolean anonymous, @Nullable String purpose,
                        @Nullable Long projectId, @Nullable Long targetFundId) {
        this(kind, movedOn, amount, counterparty, anonymous, purpose, projectId, targetFundId, null);
    }
}
