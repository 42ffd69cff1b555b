package cn.haitang.console.accreditation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Conflicts of interest found from our own data. Pure, unit-tested. */
public final class ConflictRules {

    private ConflictRules() {
    }

    public static List<Conflict> find(@Nullable Long reviewerTownId, Set<Long> reviewerInstitutions, long applicationTownId,
                                      Set<Long> institutionsPairedWithCommunity) {
        List<Conflict> conflicts = new ArrayList<>();
        if (Objects.equals(reviewerTownId, applicationTownId)) {
            conflicts.add(new Conflict(Conflict.Kind.SAME_TOWN, null));
        }
        Set<Long> shared = new TreeSet<>(reviewerInstitutions);
        shared.retainAll(institutionsPairedWithCommunity);
        shared.forEach(id -> conflicts.add(new Conflict(Conflict.Kind.PAIRED_INSTITUTION, id)));
        return List.copyOf(conflicts);
    }
}
