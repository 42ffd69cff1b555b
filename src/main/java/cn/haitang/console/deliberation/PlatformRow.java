package cn.haitang.console.deliberation;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A platform in a list, with its sessions counted in SQL. */
public record PlatformRow(long id, long version, String name, PlatformKind kind, long townId, String townName, long communityId,
                          String communityName, @Nullable Long compoundId, @Nullable String compoundName, String venue,
                          String host, Rhythm rhythm, boolean active, long sessions, @Nullable LocalDate lastHeldOn) {
}
