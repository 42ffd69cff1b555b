package cn.haitang.console.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartyBranchRepository extends JpaRepository<PartyBranch, Long> {

    List<PartyBranch> findByCompoundIdOrderByType(long compoundId);

    Optional<PartyBranch> findByCompoundIdAndType(long compoundId, BranchType type);

    long countByCompoundId(long compoundId);
}
