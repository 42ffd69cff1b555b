package cn.haitang.console.organization;

/**
 * A party-member central household as lists show it. {@code phone} is masked (138****5678) unless the
 * caller is the city admin or the coordinator of its area; {@code phoneMasked} says which.
 */
public record HouseholdRow(long id, long version, long gridGroupId, long compoundId, long townId, String memberName,
                           String phone, boolean phoneMasked, String buildingUnit, int linkedHouseholds) {

    public HouseholdForm toForm() {
        return new HouseholdForm(memberName, phoneMasked ? "" : phone, buildingUnit, linkedHouseholds);
    }
}
