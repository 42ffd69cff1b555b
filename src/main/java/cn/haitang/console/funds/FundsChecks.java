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

    /**
     * Who may read a fund: a community fund its town's coordinator and the admins; the city fund every
     * coordinator too (read-only: its ledger and disclosure are theirs to read, never to write).
     */
    static void requireReadable(Scope scope, Fund fund) {
        if (fund.getTownId() == null) {
            scope.townFilter(); // refuses reviewers, who have no area
        } else {
            scope.requireTown(fund.getTownId());
        }
    }

    /** Who may write to a fund: the city fund the city admins only; a community fund its town's coordinator and the admins. */
    static void requireWritable(Scope scope, Fund fund) {
        if (fund.getTownId() == null) {
            requireReadable(scope, fund);
            if (!scope.isAdmin()) {
                throw new RuleViolationException("funds.error.cityFundReadOnly", fund.getName());
            }
        } else {
            scope.requireTown(fund.getTownId());
        }
    }

    static boolean writable(Scope scope, Fund fund) {
        return fund.getTownId() == null ? scope.isAdmin() : scope.covers(fund.getTownId());
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
