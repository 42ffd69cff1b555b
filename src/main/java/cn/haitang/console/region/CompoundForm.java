package cn.haitang.console.region;

import org.jspecify.annotations.Nullable;

/** What a user enters for a compound; a different community on an existing compound moves it. */
public record CompoundForm(@Nullable Long communityId, @Nullable String name, @Nullable String address,
                           @Nullable Integer yearBuilt, @Nullable Integer buildings, @Nullable Integer households, boolean gated,
                           @Nullable ManagementMode managementMode, boolean committeeRequired,
                           @Nullable String committeeExemption) {

    /** The same compound under another name. */
    public CompoundForm withName(String otherName) {
        return new CompoundForm(communityId, otherName, address, yearBuilt, buildings, households, gated, managementMode,
                committeeRequired, committeeExemption);
    }

    /** The same compound in another community (a move). */
    public CompoundForm withCommunity(long otherCommunityId) {
        return new CompoundForm(otherCommunityId, name, address, yearBuilt, buildings, households, gated, managementMode,
                committeeRequired, committeeExemption);
    }
}
