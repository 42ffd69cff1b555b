package cn.haitang.console.accreditation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An application in lists, names fetched in the same query. */
public record ApplicationRow(long id, long version, long roundId, String roundTitle, Level level, int year, long compoundId, String compoundName, String communityName, long townId, String townName, AppState state, @Nullable Boolean eligible, boolean overridden, @Nullable BigDecimal result, boolean flagged, @Nullable Instant submittedAt, @Nullable LocalDate noticeTo) {
}
