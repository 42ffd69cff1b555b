package cn.haitang.console.deliberation;
import org.jspecify.annotations.Nullable;

/**
 * A platform as entered. Its venue is either a service position of its community ({@code positionId}, from the
 * service circle) or an address ({@code venue}); with a position the address is not kept.
 */
public record PlatformForm(@Nullable String name, @Nullable PlatformKind kind, @Nullable Long communityId, @Nullable Long compoundId,
                           @Nullable String venue, @Nullable String host, @Nullable Rhythm rhythm,
                           @Nullable Long positionId) {

    /** A platform meeting at an address (no service position). */
    public PlatformForm(@Nullable String name, @Nullable PlatformKind kind, @Nullable Long communityId,
                        @Nullable Long compoundId, @Nullable String venue, @Nullable String host, @Nullable Rhythm rhythm) {
        this(name, kind, communityId, compoundId, venue, host, rhythm, null);
    }
}
