package cn.haitang.console.deliberation;

import org.jspecify.annotations.Nullable;

/** A party's position in a round as entered: both of the same consultation. */
public record PositionForm(@Nullable Long roundId, @Nullable Long partyId, @Nullable Stance stance,
                           @Nullable String statement) {
}
