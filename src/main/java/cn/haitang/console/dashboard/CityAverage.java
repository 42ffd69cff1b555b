package cn.haitang.console.dashboard;

/** The whole city's rates, shown beside a town's own for comparison. */
public record CityAverage(Rate entityBranches, Rate functionalBranches, Rate gridCoverage, Rate committees) {
}
