package cn.haitang.console.funds;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A fund: its identity and custody. It has no balance column: the balance is the sum of its movements. */
@Entity
@Table(name = "fund")
class Fund extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FundKind kind;
    @Column(nullable = false, length = 100)
    private String name;
    @Column(name = "town_id")
    private @Nullable Long townId;
    @Column(name = "community_id")
    private @Nullable Long communityId;
    @Column(nullable = false, length = 100)
    private String custodian;
    @Column(name = "bank_account", nullable = false, length = 64)
    private String bankAccount;
    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;
    @Column(name = "approval_threshold", nullable = false, precision = 14, scale = 2)
    private BigDecimal approvalThreshold;

    protected Fund() {
    }

    Fund(FundKind kind, @Nullable Long townId, @Nullable Long communityId, FundForm form) {
        this.kind = kind;
        this.townId = townId;
        this.communityId = communityId;
        describe(form);
    }

    void describe(FundForm form) {
        this.name = form.name();
        this.custodian = form.custodian();
        this.bankAccount = form.bankAccount();
        this.openedOn = form.openedOn();
        this.approvalThreshold = form.approvalThreshold();
    }

    FundKind getKind() {
        return kind;
    }

    String getName() {
        return name;
    }

    @Nullable Long getTownId() {
        return townId;
    }

    @Nullable Long getCommunityId() {
        return communityId;
    }

    LocalDate getOpenedOn() {
        return openedOn;
    }

    BigDecimal getApprovalThreshold() {
        return approvalThreshold;
    }
}
