package cn.haitang.console.pairing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A pairing seen from either side. */
public record PairingRow(long id, long version, long institutionId, String institutionName, long townId, String townName,
                         String communityNames, LocalDate startDate,
                         @Nullable LocalDate endDate, PairingStatus status,
                         String services, int serviceDay) {
}
