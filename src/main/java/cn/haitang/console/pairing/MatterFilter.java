package cn.haitang.console.pairing;

import org.jspecify.annotations.Nullable;

/** Filters of the board; null means any. {@code openToClaim} shows published matters still open to claims. */
public record MatterFilter(@Nullable Long townId, @Nullable Long communityId,
                           @Nullable MatterCategory category, @Nullable MatterState state,
                           @Nullable Long claimedBy, boolean openToClaim,
                           @Nullable String text) {
    public static MatterFilter all() {
        return new MatterFilter(null, null, null, null, null, false, null);
    }
}
