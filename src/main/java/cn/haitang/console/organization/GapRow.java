package cn.haitang.console.organization;

/** A compound on a gap list, with where it lies and how far its micro-grids are covered. */
public record GapRow(long compoundId, String compoundName, String townName, String communityName, int households,
                     int microGrids, int gridGroups) {
}
