package cn.haitang.console.governance;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A four-party coordination meeting (四方协同) of a compound. */
@Entity
@Table(name = "coordination_meeting")
class CoordinationMeeting extends AbstractEntity {

    @Column(name = "compound_id", nullable = false)
    private long compoundId;

    @Column(name = "town_id", nullable = false)
    private long townId;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Column(name = "community_party", nullable = false)
    private boolean communityParty;

    @Column(name = "compound_branch", nullable = false)
    private boolean compoundBranch;

    @Column(nullable = false)
    private boolean committee;

    @Column(name = "property_company", nullable = false)
    private boolean propertyCompany;

    @Column(nullable = false, length = 1000)
    private String topics;

    @Column(nullable = false, length = 1000)
    private String decisions;

    protected CoordinationMeeting() {
    }

    CoordinationMeeting(long compoundId, long townId) {
        this.compoundId = compoundId;
        this.townId = townId;
    }

    void describe(LocalDate date, boolean communityParty, boolean compoundBranch, boolean committee,
                  boolean propertyCompany, String topics, String decisions) {
        this.meetingDate = date;
        this.communityParty = communityParty;
        this.compoundBranch = compoundBranch;
        this.committee = committee;
        this.propertyCompany = propertyCompany;
        this.topics = topics;
        this.decisions = decisions;
    }

    long getCompoundId() {
        return compoundId;
    }

    long getTownId() {
        return townId;
    }
}
