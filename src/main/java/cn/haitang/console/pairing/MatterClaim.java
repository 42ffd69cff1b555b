package cn.haitang.console.pairing;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An institution's claim (揭榜) of a matter; several institutions may claim one matter jointly. */
@Entity
@Table(name = "matter_claim")
class MatterClaim extends AbstractEntity {

    @Column(name = "matter_id", nullable = false)
    private long matterId;
    @Column(name = "institution_id", nullable = false)
    private long institutionId;
    @Column(name = "claimed_on", nullable = false)
    private LocalDate claimedOn;

    protected MatterClaim() {
    }

    MatterClaim(long matterId, long institutionId, LocalDate claimedOn) {
        this.matterId = matterId;
        this.institutionId = institutionId;
        this.claimedOn = claimedOn;
    }
}
