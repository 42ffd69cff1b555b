package cn.haitang.console.organization;

import org.jspecify.annotations.Nullable;

/** What a user enters for a community party committee or general branch. */
public record CommunityOrgForm(@Nullable OrgKind kind, @Nullable String name, @Nullable String secretary,
                               int membersCount) {
}
