package cn.haitang.console.region;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** What a user enters for a compound; a different community on an existing compound moves it. */
public record CompoundForm(@Nullable Long communityId, @Nullable String name, @Nullable String address,
                           @Nullable Integer yearBuilt, @Nullable Integer buildings, @Nullable Integer households, boolean gated,
                           @Nullable ManagementMode managementMode, boolean committeeRequired,
                           @Nullable String committeeExemption, @Nullable BigDecimal exclusiveArea,
                           @Nullable Integer ownerCount) {

    /** The form as it was before the art. 278 figures: a compound without them. */
    public CompoundForm(@Nullable Long communityId, @Nullable String name, @Nullable String address,
                        @Nullable Integer yearBuilt, @Nullable Integer buildings, @Nullable Integer households, boolean gated,
                        @Nullable ManagementMode managementMode, boolean committeeRequired,
                        @Nullable String committeeExemption) {
        this(communityId, name, address, yearBuilt, buildings, households, gated, managementMode, committeeRequired,
                committeeExemption, null, null);
    }

    /** The same compound with another total exclusive area and owner count. */
    public CompoundForm withOwnership(@Nullable BigDecimal area, @Nullable Integer owners) {
        return new CompoundForm(communityId, name, address, yearBuilt, buildings, households, gated, managementMode,
                committeeRequired, committeeExemption, area, owners);
    }

    /** The same compound under another name. */
    public CompoundForm withName(String otherName) {
        return new CompoundForm(communityId, otherName, address, yearBuilt, buildings, households, gated, managementMode,
                committeeRequired, committeeExemption, exclusiveArea, ownerCount);
    }

    /** The same compound in another community (a move). */
    public CompoundForm withCommunity(long otherCommunityId) {
        return new CompoundForm(otherCommunityId, name, address, yearBuilt, buildings, households, gated, managementMode,
                committeeRequired, committeeExemption, exclusiveArea, ownerCount);
    }
}
