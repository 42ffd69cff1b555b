package cn.haitang.console.notices;

import org.jspecify.annotations.Nullable;

/** Per addressed town (none: reviewers who belong to no town): its recipients and how many have read the notice. */
public record TownReadCount(@Nullable Long townId, @Nullable String townName, long recipients, long readers) {

    public boolean allRead() {
        return recipients > 0 && readers == recipients;
    }
}
