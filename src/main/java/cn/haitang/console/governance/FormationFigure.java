package cn.haitang.console.governance;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Committee figures of an area (the city, a town/street or a community; id 0 for the city): compounds
 * required to form a committee, how many of them have one, and the committee members with how many
 * of them are party members (cross-appointment).
 */
public record FormationFigure(long id, String name, long required, long formed, long members, long partyMembers) {

    /** Committee formation rate = formed / required (a fraction, 4 decimals); empty when none is required. */
    public @Nullable BigDecimal formationRate() {
        return Rates.of(formed, required);
    }

    /** Compounds required to form a committee that have none: the length of the gap list. */
    public long gap() {
        return required - formed;
    }

    /** Cross-appointment rate (交叉任职率) = party members among committee members. */
    public @Nullable BigDecimal crossAppointmentRate() {
        return Rates.of(partyMembers, members);
    }
}
