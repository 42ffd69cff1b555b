package cn.haitang.console.funds;

import org.jspecify.annotations.Nullable;

/** The fund list's filters: area, kind and a name search. */
public record FundFilter(@Nullable Long townId, @Nullable Long communityId, @Nullable FundKind kind, @Nullable String text) {

    public static FundFilter all() {
        return new FundFilter(null, null, null, null);
    }
}
