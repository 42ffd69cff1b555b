package cn.haitang.console.deliberation;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A session of a platform; the place is copied from the platform so lists filter on one table. */
@Entity(name = "DelibSession")
@Table(name = "delib_session")
class DeliberationSession extends AbstractEntity {

    @Column(name = "platform_id", nullable = false)
    private long platformId;
    @Column(name = "town_id", nullable = false)
    private long townId;
    @Column(name = "community_id", nullable = false)
    private long communityId;
    @Column(name = "compound_id")
    private @Nullable Long compoundId;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Column(nullable = false, length = 32)
    private String host;
    @Column(nullable = false)
    private int residents;
    @Column(name = "party_members", nullable = false)
    private int partyMembers;
    @Column(name = "owners_committee", nullable = false)
    private int ownersCommittee;
    @Column(name = "property_company", nullable = false)
    private int propertyCompany;
    @Column(nullable = false)
    private int institutions;
    @Column(nullable = false, length = 4000)
    private String minutes;

    protected DeliberationSession() {
    }

    DeliberationSession(Platform platform, SessionForm form) {
        describe(platform, form);
    }

    void describe(Platform platform, SessionForm form) {
        this.platformId = platform.requireId();
        this.townId = platform.getTownId();
        this.communityId = platform.getCommunityId();
        this.compoundId = platform.getCompoundId();
        this.heldOn = form.heldOn();
        this.host = form.host();
        this.residents = form.residents();
        this.partyMembers = form.partyMembers();
        this.ownersCommittee = form.ownersCommittee();
        this.propertyCompany = form.propertyCompany();
        this.institutions = form.institutions();
        this.minutes = form.minutes();
    }

    long getTownId() {
        return townId;
    }

    long getCommunityId() {
        return communityId;
    }

    @Nullable Long getCompoundId() {
        return compoundId;
    }

    long getPlatformId() {
        return platformId;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }
}
