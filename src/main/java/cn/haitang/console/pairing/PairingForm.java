package cn.haitang.console.pairing;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A pairing as entered: the town/street, its communities, dates, agreed services and monthly service day
 * (null when the field was left empty: refused, never taken as 0).
 */
public record PairingForm(long institutionId, @Nullable Long townId,
                          Set<Long> communityIds, @Nullable LocalDate startDate,
                          String services, @Nullable Integer serviceDay) {
}
