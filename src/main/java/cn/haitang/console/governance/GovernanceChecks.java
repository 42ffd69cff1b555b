package cn.haitang.console.governance;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.security.Scope;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/** The checks every governance service shares: the caller's town for a list, a record in scope, dates. */
final class GovernanceChecks {

    private GovernanceChecks() {
    }

    /**
     * The town a list is read for: the wanted one (refused when outside the caller's area), else the
     * caller's own town, else null for the whole city. Callers with no area are refused.
     */
    static @Nullable Long town(Scope scope, @Nullable Long wanted) {
        Optional<Long> own = scope.townFilter();
        if (wanted != null) {
            scope.requireTown(wanted);
            return wanted;
        }
        return own.orElse(null);
    }

    /** A record found by id, refused when missing or outside the caller's area. */
    static <T> T inScope(Optional<T> found, ToLongFunction<T> town, Scope scope) {
        T record = found.orElseThrow(GovernanceChecks::notFound);
        scope.requireTown(town.applyAsLong(record));
        return record;
    }

    static RuleViolationException notFound() {
        return new RuleViolationException("error.notFound");
    }

    /**
     * A date something happened: required, not after today ("gov.error.future", the message the forms
     * have always shown) and not before {@code earliest}.
     */
    static LocalDate pastDate(String field, @Nullable LocalDate date, LocalDate earliest, LocalDate today) {
        LocalDate value = FieldChecks.required(field, date);
        if (value.isAfter(today)) {
            throw RuleViolationException.atField(field, "gov.error.future");
        }
        return FieldChecks.date(field, value, earliest, today);
    }

    /** A record of the campaign's work (survey, fee, dispute, meeting): from {@link FieldChecks#EARLIEST_RECORD}. */
    static LocalDate pastRecord(String field, @Nullable LocalDate date, LocalDate today) {
        return pastDate(field, date, FieldChecks.EARLIEST_RECORD, today);
    }
}
