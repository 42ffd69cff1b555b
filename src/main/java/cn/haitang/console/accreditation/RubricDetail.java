package cn.haitang.console.accreditation;

import java.util.List;

/** A rubric with its criteria in order. */
public record RubricDetail(long id, long version, String name, boolean used, List<CriterionRow> criteria) {
}
