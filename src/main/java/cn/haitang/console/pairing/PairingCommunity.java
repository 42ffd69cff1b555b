package cn.haitang.console.pairing;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A community of the paired town/street that a pairing covers. */
@Entity
@Table(name = "pairing_community")
class PairingCommunity extends AbstractEntity {

    @Column(name = "pairing_id", nullable = false)
    private long pairingId;
    @Column(name = "community_id", nullable = false)
    private long communityId;

    protected PairingCommunity() {
    }

    PairingCommunity(long pairingId, long communityId) {
        this.pairingId = pairingId;
        this.communityId = communityId;
    }

    long getPairingId() {
        return pairingId;
    }

    long getCommunityId() {
        return communityId;
    }
}
