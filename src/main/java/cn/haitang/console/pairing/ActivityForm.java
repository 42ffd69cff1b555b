package cn.haitang.console.pairing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A joint service activity as entered. */
public record ActivityForm(long institutionId, long communityId, @Nullable Long compoundId,
                           long typeId, LocalDate date, int participants, BigDecimal hours,
                           String description) {
}
