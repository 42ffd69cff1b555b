package cn.haitang.console.accreditation;

import org.jspecify.annotations.Nullable;

/** A criterion as the admin enters it; a missing maximum is refused by the service. */
public record CriterionForm(String name, @Nullable Integer maxScore, @Nullable String guidance) {
}
