package cn.haitang.console.circle;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.security.Scope;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The checks every circle service shares: the scope's town filter, "not found", phones and their masking. */
final class CircleChecks {

    private CircleChecks() {
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

    /** A mainland mobile (13812345678) or a landline with its area code (0512-52345678). */
    static String phone(String field, @Nullable String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw RuleViolationException.atField(field, "validation.required");
        }
        if (!v.matches("1[3-9]\\d{9}") && !v.matches("0\\d{2,3}-?\\d{7,8}")) {
            throw RuleViolationException.atField(field, "circle.error.phone");
        }
        return v;
    }

    /** 138****5678, 0512****5678: the first three and the last four stay. */
    static String maskPhone(String value) {
        if (value.length() < 8) {
            return "*".repeat(value.length());
        }
        return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
    }
}
