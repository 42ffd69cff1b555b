package cn.haitang.console.organization;

import java.util.List;

/** A compound's organisation: its branches, their grid groups and the groups' central households. */
public record CompoundStructure(List<BranchRow> branches, List<GridGroupRow> gridGroups, List<HouseholdRow> households) {
}
