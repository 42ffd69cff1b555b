package cn.haitang.console.funds;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The module's repositories: package-private, used by its services only. */
final class Repositories {
    private Repositories() {
    }
}

interface FundRepository extends JpaRepository<Fund, Long> {

    /** The fund, its row locked until the transaction ends: writes that check its balance take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from Fund f where f.id = :id")
    Optional<Fund> findLocked(long id);

    boolean existsByNameAndIdNot(String name, long id);

    boolean existsByCommunityId(long communityId);

    Optional<Fund> findByCommunityId(long communityId);
}

interface FundMovementRepository extends JpaRepository<FundMovement, Long> {

    /** The movement, its row locked: approvals and reversals of one movement take turns and see the latest. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from FundMovement m where m.id = :id")
    Optional<FundMovement> findLocked(long id);

    boolean existsByReversesId(long reversesId);

    Optional<FundMovement> findBySourceMovementId(long sourceMovementId);
}

interface FundVoucherRepository extends JpaRepository<FundVoucher, Long> {
}

interface ContestYearRepository extends JpaRepository<ContestYear, Long> {
    boolean existsByYearAndIdNot(int year, long id);
}

interface ContestCriterionRepository extends JpaRepository<ContestCriterion, Long> {
    java.util.List<ContestCriterion> findByContestYearIdOrderBySortOrder(long contestYearId);
}

interface ContestProjectRepository extends JpaRepository<ContestProject, Long> {
    boolean existsByContestYearIdAndTitleAndIdNot(long contestYearId, String title, long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from ContestProject p where p.id = :id")
    Optional<ContestProject> findLocked(long id);
}

interface ContestBudgetLineRepository extends JpaRepository<ContestBudgetLine, Long> {
    java.util.List<ContestBudgetLine> findByProjectId(long projectId);
}

interface ContestScoreRepository extends JpaRepository<ContestScore, Long> {
    Optional<ContestScore> findByProjectIdAndCriterionIdAndJuror(long projectId, long criterionId, String juror);
}

interface ContestMilestoneRepository extends JpaRepository<ContestMilestone, Long> {
}
