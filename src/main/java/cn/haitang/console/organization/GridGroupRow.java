package cn.haitang.console.organization;

/** A grid party group with its micro-grid and branch, and the version the user saw. */
public record GridGroupRow(long id, long version, long branchId, BranchType branchType, long microGridId,
                           String microGridName, long compoundId, long townId, String name, String leader,
                           int membersCount) {

    public GridGroupForm toForm() {
        return new GridGroupForm(microGridId, name, leader, membersCount);
    }
}
