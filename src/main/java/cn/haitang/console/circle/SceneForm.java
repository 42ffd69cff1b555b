package cn.haitang.console.circle;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A happiness scene as entered; an empty number stays null (refused, never taken as 0). */
public record SceneForm(long positionId, long typeId, @Nullable String name, Set<TargetGroup> groups,
                        @Nullable OrganiserKind organiserKind, @Nullable String organiserName,
                        @Nullable Long institutionId, @Nullable String schedule, @Nullable Integer capacity) {
}
