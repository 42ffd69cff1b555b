package cn.haitang.console.accreditation;

import org.jspecify.annotations.Nullable;

/** One criterion of the scoring form with the reviewer's score so far. */
public record ScoreLine(long criterionId, String name, int maxScore, String guidance, @Nullable Integer score, String comment) {
}
