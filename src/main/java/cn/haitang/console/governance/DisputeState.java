package cn.haitang.console.governance;

import java.util.EnumSet;
import java.util.Set;

/**
 * The fast-track handling of a property dispute (速裁快审): filed, then mediated or adjudicated (a
 * failed mediation may still go to adjudication), then closed. Nothing leaves CLOSED.
 */
public enum DisputeState {
    FILED,
    MEDIATED,
    ADJUDICATED,
    CLOSED;

    public Set<DisputeState> next() {
        return switch (this) {
            case FILED -> EnumSet.of(MEDIATED, ADJUDICATED);
            case MEDIATED -> EnumSet.of(ADJUDICATED, CLOSED);
            case ADJUDICATED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(DisputeState.class);
        };
    }

    public boolean isOpen() {
        return this != CLOSED;
    }

    public String messageKey() {
        return "gov.disputeState." + name();
    }
}
