package cn.haitang.console.funds;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A community's proposal to the contest and, once awarded, the project it becomes. */
@Entity
@Table(name = "contest_project")
class ContestProject extends AbstractEntity {

    @Column(name = "contest_year_id", nullable = false, updatable = false)
    private long contestYearId;
    @Column(name = "town_id", nullable = false)
    private long townId;
    @Column(name = "community_id", nullable = false)
    private long communityId;
    @Column(nullable = false, length = 100)
    private String title;
    @Column(nullable = false, length = 1000)
    private String problem;
    @Column(nullable = false, length = 2000)
    private String plan;
    @Column(nullable = false, length = 200)
    private String team;
    @Column(name = "expected_beneficiaries", nullable = false)
    private int expectedBeneficiaries;
    @Column(name = "earns_income", nullable = false)
    private boolean earnsIncome;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProjectState state;
    @Column(name = "grant_amount", precision = 14, scale = 2)
    private @Nullable BigDecimal grantAmount;
    @Column(name = "grant_movement_id")
    private @Nullable Long grantMovementId;
    @Column(name = "beneficiaries_reached")
    private @Nullable Integer beneficiariesReached;
    @Column(name = "closing_evaluation", length = 1000)
    private @Nullable String closingEvaluation;

    protected ContestProject() {
    }

    ContestProject(long contestYearId, long townId, ProposalForm form) {
        this.contestYearId = contestYearId;
        this.state = ProjectState.SUBMITTED;
        describe(townId, form);
    }

    void describe(long townId, ProposalForm f) {
        this.townId = townId;
        this.communityId = java.util.Objects.requireNonNull(f.communityId());
        this.title = java.util.Objects.requireNonNull(f.title());
        this.problem = java.util.Objects.requireNonNull(f.problem());
        this.plan = java.util.Objects.requireNonNull(f.plan());
        this.team = java.util.Objects.requireNonNull(f.team());
        this.expectedBeneficiaries = java.util.Objects.requireNonNull(f.expectedBeneficiaries());
        this.earnsIncome = f.earnsIncome();
    }

    void award(BigDecimal amount) {
        this.state = ProjectState.AWARDED;
        this.grantAmount = amount;
    }

    void paidBy(long movementId) {
        this.grantMovementId = movementId;
    }

    void decline() {
        this.state = ProjectState.NOT_AWARDED;
    }

    void start() {
        this.state = ProjectState.IN_PROGRESS;
    }

    void close(int reached, String evaluation) {
        this.state = ProjectState.CLOSED;
        this.beneficiariesReached = reached;
        this.closingEvaluation = evaluation;
    }

    long getContestYearId() {
        return contestYearId;
    }

    long getTownId() {
        return townId;
    }

    long getCommunityId() {
        return communityId;
    }

    String getTitle() {
        return title;
    }

    ProjectState getState() {
        return state;
    }
}
