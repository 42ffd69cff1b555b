package cn.haitang.console.pairing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A joint service activity as entered; an empty number stays null (refused, never taken as 0). */
public record ActivityForm(long institutionId, long communityId, @Nullable Long compoundId,
                           long typeId, @Nullable LocalDate date, @Nullable Integer participants,
                           @Nullable BigDecimal hours, String description) {
}
