package cn.haitang.console.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of the personal-data log: who saw or exported which list, how many rows, in full or masked, and why. */
public record PersonalDataAccess(long id, Instant occurredAt, String username, String action, String subject,
                                 @Nullable String filterText, int rowCount, boolean unmasked, @Nullable String reason) {

    public static final String VIEW = "VIEW";
    public static final String EXPORT = "EXPORT";
}
