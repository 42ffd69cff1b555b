package cn.haitang.console.organization;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** Tier 1: the party committee or general branch of a community, one per community. */
@Entity
@Table(name = "community_party_org")
public class CommunityPartyOrg extends AbstractEntity {

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(name = "town_id", nullable = false)
    private long townId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrgKind kind;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(nullable = false, length = 32)
    private String secretary;

    @Column(name = "members_count", nullable = false)
    private int membersCount;

    protected CommunityPartyOrg() {
    }

    CommunityPartyOrg(long communityId, long townId) {
        this.communityId = communityId;
        this.townId = townId;
    }

    void describe(OrgKind kind, String name, String secretary, int membersCount) {
        this.kind = kind;
        this.name = name;
        this.secretary = secretary;
        this.membersCount = membersCount;
    }

    public long getCommunityId() {
        return communityId;
    }

    public long getTownId() {
        return townId;
    }

    public OrgKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getSecretary() {
        return secretary;
    }

    public int getMembersCount() {
        return membersCount;
    }
}
