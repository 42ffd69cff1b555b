package cn.haitang.console.notices;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Per addressed town (none: reviewers who belong to no town): its recipients, how many have read the notice, how
 * many replies it has sent and when the last one came (null: none).
 */
public record TownReadCount(@Nullable Long townId, @Nullable String townName, long recipients, long readers,
                            long replies, @Nullable Instant lastReplyAt) {

    public boolean allRead() {
        return recipients > 0 && readers == recipients;
    }

    public boolean replied() {
        return replies > 0;
    }
}
