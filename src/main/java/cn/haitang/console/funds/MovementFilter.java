package cn.haitang.console.funds;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A ledger's filters: kind, status, a period and a search in counterparty and purpose. */
public record MovementFilter(@Nullable MovementKind kind, @Nullable MovementStatus status, @Nullable LocalDate from,
                             @Nullable LocalDate to, @Nullable String text) {

    public static MovementFilter all() {
        return new MovementFilter(null, null, null, null, null);
    }
}
