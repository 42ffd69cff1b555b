package cn.haitang.console.pairing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A key small matter as raised. */
public record MatterForm(String title, String description, @Nullable MatterCategory category,
                         @Nullable MatterSource source, @Nullable Long communityId,
                         @Nullable Long compoundId, @Nullable LocalDate raisedOn) {
}
