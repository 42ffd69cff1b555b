package cn.haitang.console.pairing;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.security.Scope;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The checks every pairing service shares: the scope's town filter, "not found", required texts counted
 * as their columns count them ({@link FieldChecks}, never cut), and dates of things that happened.
 */
final class PairingChecks {

    private PairingChecks() {
    }

    /** The town to filter by: a coordinator's own (refusing another one), or the admin's choice (empty = city). */
    static Optional<Long> town(Scope scope, @Nullable Long requested) {
        Optional<Long> own = scope.townFilter();
        if (requested != null) {
            scope.requireTown(requested);
            return Optional.of(requested);
        }
        return own;
    }

    static RuleViolationException notFound() {
        return new RuleViolationException("error.notFound");
    }

    /** A required text of at most {@code max} characters (code points), stripped. */
    static String text(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            throw RuleViolationException.atField(field, "pairing.error.required");
        }
        return FieldChecks.text(field, value, max);
    }

    /** A required whole number in [min, max]. */
    static int integer(String field, @Nullable Integer value, int min, int max) {
        if (value == null) {
            throw RuleViolationException.atField(field, "pairing.error.required");
        }
        if (value < min || value > max) {
            throw RuleViolationException.atField(field, "pairing.error.range", min, max);
        }
        return value;
    }

    /**
     * The date something happened (an activity, a report, a matter raised): required, not after today,
     * not before {@link FieldChecks#EARLIEST_RECORD}.
     */
    static LocalDate recordDate(String field, @Nullable LocalDate date, LocalDate today) {
        if (date == null) {
            throw RuleViolationException.atField(field, "pairing.error.required");
        }
        if (date.isAfter(today)) {
            throw RuleViolationException.atField(field, "pairing.error.dateInFuture");
        }
        return FieldChecks.pastRecord(field, date, today);
    }
}
