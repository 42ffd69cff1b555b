package cn.haitang.console.accreditation;

/** A criterion as the admin edits it. */
public record CriterionForm(String name, int maxScore, String guidance) {
}
