package cn.haitang.console.deliberation;
import org.jspecify.annotations.Nullable;

/** Filters of the consultation list; null means any. */
public record ConsultationFilter(@Nullable Long townId, @Nullable Long communityId, @Nullable Long compoundId,
                                 @Nullable ConsultationState state, @Nullable String text) {
}
