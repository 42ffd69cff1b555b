package cn.haitang.console.organization;

/** Tier 1 of a community as the detail panel shows it, with the version the user saw. */
public record CommunityOrgRow(long id, long version, long communityId, OrgKind kind, String name, String secretary,
                              int membersCount) {

    public CommunityOrgForm toForm() {
        return new CommunityOrgForm(kind, name, secretary, membersCount);
    }
}
