package cn.haitang.console.deliberation;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A platform in a list, with its sessions counted in SQL; {@code venue} is the service position's name when it meets
 * on one ({@code positionId}), otherwise its address.
 */
public record PlatformRow(long id, long version, String name, PlatformKind kind, long townId, String townName, long communityId,
                          String communityName, @Nullable Long compoundId, @Nullable String compoundName,
                          @Nullable Long positionId, String venue,
                          String host, Rhythm rhythm, boolean active, long sessions, @Nullable LocalDate lastHeldOn) {
}
