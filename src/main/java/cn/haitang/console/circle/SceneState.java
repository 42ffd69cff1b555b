package cn.haitang.console.circle;

import java.util.EnumSet;
import java.util.Set;

/**
 * A scene's lifecycle: planned → running ⇄ paused → closed. Pausing and closing need a reason; a closed
 * scene stays closed (its records stay as history); sessions are recorded only while running.
 */
public enum SceneState {
    PLANNED, RUNNING, PAUSED, CLOSED;

    public String messageKey() {
        return "circle.state." + name();
    }

    /** The states this one may move to. */
    public Set<SceneState> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(RUNNING, CLOSED);
            case RUNNING -> EnumSet.of(PAUSED, CLOSED);
            case PAUSED -> EnumSet.of(RUNNING, CLOSED);
            case CLOSED -> EnumSet.noneOf(SceneState.class);
        };
    }

    /** Whether moving into this state needs a reason. */
    public boolean needsReason() {
        return this == PAUSED || this == CLOSED;
    }
}
