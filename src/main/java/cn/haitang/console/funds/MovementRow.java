package cn.haitang.console.funds;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A movement in a fund's ledger, the project or scene a grant went to, who recorded and approved it and what reversed it. */
public record MovementRow(long id, long version, long fundId, LocalDate movedOn, MovementKind kind, boolean incoming,
                          BigDecimal amount, MovementStatus status, String counterparty, boolean anonymous, String purpose,
                          @Nullable Long projectId, @Nullable String projectTitle, @Nullable Long sceneId,
                          @Nullable String sceneName, @Nullable Long reversesId,
                          @Nullable Long reversedById, @Nullable String reason, String recordedBy, Instant recordedAt,
                          @Nullable String approvedBy, long vouchers) {

    /** The amount with its sign: positive in, negative out. */
    public BigDecimal signedAmount() {
        return incoming ? amount : amount.negate();
    }
}
