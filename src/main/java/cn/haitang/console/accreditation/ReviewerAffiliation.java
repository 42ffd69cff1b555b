package cn.haitang.console.accreditation;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A reviewer belongs to an institution (机关企事业单位); used to find conflicts with paired communities. */
@Entity
@Table(name = "accr_reviewer_affiliation")
class ReviewerAffiliation extends AbstractEntity {

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    protected ReviewerAffiliation() {
    }

    ReviewerAffiliation(long userId, long institutionId) {
        this.userId = userId;
        this.institutionId = institutionId;
    }

    long getUserId() {
        return userId;
    }

    long getInstitutionId() {
        return institutionId;
    }
}
