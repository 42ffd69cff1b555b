package cn.haitang.console.organization;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a user enters for a compound party branch. */
public record BranchForm(@Nullable BranchType type, @Nullable String name, @Nullable String secretary,
                         int membersCount, @Nullable LocalDate formedOn) {
}
