package cn.haitang.console.funds;

/** A rubric criterion and its maximum points. */
public record CriterionRow(long id, String name, int maxPoints) {
}
