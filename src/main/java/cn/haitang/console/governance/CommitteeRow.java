package cn.haitang.console.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A committee with where it lies, its term and its members (counted in SQL). */
public record CommitteeRow(long id, long compoundId, String compoundName, String communityName, long townId,
                           String townName, CommitteeKind kind, LocalDate termStart, LocalDate termEnd, int members,
                           int partyMembers, long version) {

    /** The cross-appointment rate (交叉任职率): party members among the members; empty without members. */
    public @Nullable BigDecimal crossAppointmentRate() {
        return Rates.of(partyMembers, members);
    }
}
