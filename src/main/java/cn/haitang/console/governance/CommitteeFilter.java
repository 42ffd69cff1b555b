package cn.haitang.console.governance;

import org.jspecify.annotations.Nullable;

/** Filters of the committees overview: area (town, community), kind, term ending within N days of today. */
public record CommitteeFilter(@Nullable Long townId, @Nullable CommitteeKind kind, @Nullable Integer expiringWithinDays,
                              @Nullable Long communityId) {

    public CommitteeFilter(@Nullable Long townId, @Nullable CommitteeKind kind, @Nullable Integer expiringWithinDays) {
        this(townId, kind, expiringWithinDays, null);
    }
}
