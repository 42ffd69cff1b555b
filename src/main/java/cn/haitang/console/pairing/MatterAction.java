package cn.haitang.console.pairing;

import java.util.Set;

/**
 * The steps of a matter's life cycle: the ONE state machine of the board. Each step names the states it
 * may start from and the state it leads to; {@link MattersService} refuses any other step.
 * <pre>
 * raised → published → claimed (one or several, joint claims) → in progress → resolved
 *        → accepted by the residents' representative → closed;  resolved/accepted → reopened (in progress)
 * </pre>
 */
public enum MatterAction {
    PUBLISH(Set.of(MatterState.RAISED), MatterState.PUBLISHED),
    CLAIM(Set.of(MatterState.PUBLISHED, MatterState.CLAIMED), MatterState.CLAIMED),
    START(Set.of(MatterState.CLAIMED), MatterState.IN_PROGRESS),
    RESOLVE(Set.of(MatterState.IN_PROGRESS), MatterState.RESOLVED),
    ACCEPT(Set.of(MatterState.RESOLVED), MatterState.ACCEPTED),
    REOPEN(Set.of(MatterState.RESOLVED, MatterState.ACCEPTED), MatterState.IN_PROGRESS),
    CLOSE(Set.of(MatterState.ACCEPTED), MatterState.CLOSED);

    private final Set<MatterState> from;
    private final MatterState to;

    MatterAction(Set<MatterState> from, MatterState to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(MatterState state) {
        return from.contains(state);
    }

    public MatterState target() {
        return to;
    }

    public String messageKey() {
        return "pairing.matterAction." + name();
    }

    /** The steps open to a matter in the given state, in life-cycle order. */
    public static java.util.List<MatterAction> availableFrom(MatterState state) {
        return java.util.Arrays.stream(values()).filter(a -> a.allowedFrom(state)).toList();
    }
}
