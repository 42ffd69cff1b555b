package cn.haitang.console.funds;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.security.Scope;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The checks the funds services share: who may touch a fund, "not found", the range of an amount. */
final class FundsChecks {

    /** The largest amount a movement, a threshold or a budget can have (DECIMAL(14,2)). */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    static final BigDecimal MIN_AMOUNT = new BigDecimal("0.01");

    private FundsChecks() {
    }

    /** The city fund is the city admins' only; a community fund its town's coordinator's and the admins'. */
    static void requireFund(Scope scope, Fund fund) {
        requireFundTown(scope, fund.getTownId());
    }

    static void requireFundTown(Scope scope, @Nullable Long townId) {
        if (townId == null) {
            scope.requireAdmin();
        } else {
            scope.requireTown(townId);
        }
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
}
