package cn.haitang.console.organization;

import org.jspecify.annotations.Nullable;

/** The compound list's filters; nulls mean "any". The caller's scope is applied on top. */
public record CompoundFilter(@Nullable Long townId, @Nullable Long communityId, Presence entityBranch,
                             Presence functionalBranch, @Nullable String name) {

    public static CompoundFilter all() {
        return new CompoundFilter(null, null, Presence.ANY, Presence.ANY, null);
    }
}
