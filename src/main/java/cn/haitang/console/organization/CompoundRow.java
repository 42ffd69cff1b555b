package cn.haitang.console.organization;

import cn.haitang.console.region.ManagementMode;
import org.jspecify.annotations.Nullable;

/** A line of the compound list: the compound, where it lies and its organisation at a glance. */
public record CompoundRow(long id, String name, long townId, String townName, String communityName, String address,
                          @Nullable Integer yearBuilt, int buildings, int households, boolean gated,
                          ManagementMode managementMode, boolean entityBranch, boolean functionalBranch,
                          int microGrids, int gridGroups, int centralHouseholds,
                          java.math.@Nullable BigDecimal exclusiveArea, @Nullable Integer ownerCount) {
}
