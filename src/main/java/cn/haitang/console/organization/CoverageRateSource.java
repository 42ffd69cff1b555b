package cn.haitang.console.organization;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The seam for rates other features own (the committee formation rate of the governance feature): a
 * Spring bean implementing this is shown as one more column of the coverage figures, summed from
 * its per-community counts to towns and the city, and snapshotted monthly with the others.
 */
public interface CoverageRateSource {

    /** A short stable key, stored in the monthly snapshots (e.g. "committee"). */
    String key();

    /** The message key of the rate's column title. */
    String titleKey();

    /** Position among the contributed columns. */
    default int order() {
        return 100;
    }

    /**
     * Numerator and denominator per community id (computed in SQL), for the whole city or one
     * town/street. Called by the coverage service after it checked the caller's scope.
     */
    Map<Long, Counts> countsPerCommunity(@Nullable Long townId);

    record Counts(int numerator, int denominator) {
    }
}
