package cn.haitang.console.deliberation;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A topic with its outcome; for a topic sent to the board, the matter's current state. */
public record TopicRow(long id, long version, long sessionId, LocalDate heldOn, String platformName, String communityName,
                       @Nullable String compoundName, String title, @Nullable String description, TopicOutcome outcome,
                       @Nullable LocalDate dueOn, @Nullable String result, @Nullable LocalDate resolvedOn,
                       @Nullable String reason, @Nullable Long matterId,
                       cn.haitang.console.pairing.@Nullable MatterState matterState, @Nullable Long consultationId,
                       @Nullable String consultationTitle) {
}
