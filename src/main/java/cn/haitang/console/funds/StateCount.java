package cn.haitang.console.funds;

/** How many projects are in a state. */
public record StateCount(ProjectState state, long projects) {
}
