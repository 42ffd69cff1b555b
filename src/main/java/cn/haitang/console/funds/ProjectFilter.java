package cn.haitang.console.funds;

import org.jspecify.annotations.Nullable;

/** The project list's filters; {@code lateOnly} keeps projects with a milestone past due and not done. */
public record ProjectFilter(@Nullable Long yearId, @Nullable Long townId, @Nullable Long communityId,
                            @Nullable ProjectState state, @Nullable String text, boolean lateOnly) {

    public static ProjectFilter all() {
        return new ProjectFilter(null, null, null, null, null, false);
    }
}
