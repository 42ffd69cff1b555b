package cn.haitang.console.governance;

import org.jspecify.annotations.Nullable;

/** Filters of the disputes board: area (town, community, compound), state, severity. */
public record DisputeFilter(@Nullable Long townId, @Nullable DisputeState state, @Nullable DisputeSeverity severity,
                            @Nullable Long compoundId, @Nullable Long communityId) {

    public DisputeFilter(@Nullable Long townId, @Nullable DisputeState state, @Nullable DisputeSeverity severity,
                         @Nullable Long compoundId) {
        this(townId, state, severity, compoundId, null);
    }

    /** The disputes of one compound. */
    public static DisputeFilter ofCompound(long compoundId) {
        return new DisputeFilter(null, null, null, compoundId, null);
    }
}
