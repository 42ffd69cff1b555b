package cn.haitang.console.accreditation;

import org.jspecify.annotations.Nullable;

/** A score entered for one criterion. */
public record ScoreInput(long criterionId, @Nullable Integer score, String comment) {
}
