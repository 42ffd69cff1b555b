package cn.haitang.console.pairing;

import org.jspecify.annotations.Nullable;

/** Filters of the institution registry. */
public record InstitutionFilter(@Nullable String text,
                                @Nullable InstitutionKind kind,
                                @Nullable Long townId) {
    public static InstitutionFilter all() {
        return new InstitutionFilter(null, null, null);
    }
}
