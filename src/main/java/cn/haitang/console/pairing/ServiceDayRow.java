package cn.haitang.console.pairing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Whether a pairing held its unified service day in a month. */
public record ServiceDayRow(long pairingId, String institutionName, String townName, int serviceDay,
                            LocalDate plannedDate, int held, @Nullable LocalDate firstHeldOn) {
    public boolean wasHeld() {
        return held > 0;
    }
}
