package cn.haitang.console.organization;

import org.jspecify.annotations.Nullable;

/** What a user enters for a grid party group. */
public record GridGroupForm(@Nullable Long microGridId, @Nullable String name, @Nullable String leader,
                            int membersCount) {
}
