package cn.haitang.console.deliberation;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.security.Scope;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The checks the deliberation services share: the scope's town filter, "not found", dates of things that happened. */
final class DelibChecks {

    private DelibChecks() {
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

    /** The date something happened: required, not after today, not before {@link FieldChecks#EARLIEST_RECORD}. */
    static LocalDate happened(String field, @Nullable LocalDate date, LocalDate today) {
        FieldChecks.required(field, date);
        if (date.isAfter(today)) {
            throw RuleViolationException.atField(field, "delib.error.dateInFuture");
        }
        return FieldChecks.pastRecord(field, date, today);
    }
}
