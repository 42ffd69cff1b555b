package cn.haitang.console.accreditation;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** An application ranked by result in its round; within the quota or not. */
public record RankRow(long applicationId, long version, int rank, String compoundName, String townName, AppState state, @Nullable BigDecimal result, @Nullable BigDecimal spread, boolean flagged, boolean withinQuota) {
}
