package cn.haitang.console.organization;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A compound party branch with the version the user saw. */
public record BranchRow(long id, long version, long compoundId, long townId, BranchType type, String name,
                        String secretary, int membersCount, @Nullable LocalDate formedOn) {

    public BranchForm toForm() {
        return new BranchForm(type, name, secretary, membersCount, formedOn);
    }
}
