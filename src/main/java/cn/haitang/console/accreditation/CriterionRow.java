package cn.haitang.console.accreditation;

/** A criterion of a rubric. */
public record CriterionRow(long id, int sortOrder, String name, int maxScore, String guidance) {
}
