package cn.haitang.console.circle;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One step in a scene's history. */
public record StateChangeRow(SceneState fromState, SceneState toState, @Nullable String reason, LocalDate changedOn,
                             String changedBy) {
}
