package cn.haitang.console.accreditation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An accredited site with its certificate and validity. */
public record SiteRow(long id, long version, long applicationId, long compoundId, String compoundName, String communityName, long townId, String townName, Level level, String certificateNo, LocalDate validFrom, LocalDate validTo, String state, @Nullable String revokeReason) {
}
