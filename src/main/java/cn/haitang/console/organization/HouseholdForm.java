package cn.haitang.console.organization;

import org.jspecify.annotations.Nullable;

/** What a user enters for a party-member central household. */
public record HouseholdForm(@Nullable String memberName, @Nullable String phone, @Nullable String buildingUnit,
                            int linkedHouseholds) {
}
