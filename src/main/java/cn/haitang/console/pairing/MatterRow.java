package cn.haitang.console.pairing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A matter in a board list. */
public record MatterRow(long id, long version, String title, MatterCategory category, MatterSource source, long townId,
                        String townName, String communityName, @Nullable String compoundName,
                        LocalDate raisedOn, MatterState state, @Nullable String claimants,
                        @Nullable LocalDate publishedOn,
                        @Nullable LocalDate closedOn, int reopenCount) {
}
