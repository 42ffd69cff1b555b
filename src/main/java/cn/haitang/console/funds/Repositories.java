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

interface MovementRepository extends JpaRepository<Movement, Long> {

    /** The movement, its row locked: approvals and reversals of one movement take turns and see the latest. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Movement m where m.id = :id")
    Optional<Movement> findLocked(long id);

    boolean existsByReversesId(long reversesId);

    Optional<Movement> findBySourceMovementId(long sourceMovementId);
}

interface VoucherRepository extends JpaRepository<Voucher, Long> {
}
