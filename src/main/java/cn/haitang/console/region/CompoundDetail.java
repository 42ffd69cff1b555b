package cn.haitang.console.region;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A compound with all its fields and the version the user saw, for the edit form. */
public record CompoundDetail(long id, long version, long communityId, String communityName, long townId,
                             String townName, String name, String address, @Nullable Integer yearBuilt,
                             int buildings, int households, boolean gated, ManagementMode managementMode,
                             boolean committeeRequired, @Nullable String committeeExemption,
                             @Nullable BigDecimal exclusiveArea, @Nullable Integer ownerCount) {

    public CompoundForm toForm() {
        return new CompoundForm(communityId, name, address, yearBuilt, buildings, households, gated, managementMode,
                committeeRequired, committeeExemption, exclusiveArea, ownerCount);
    }
}
