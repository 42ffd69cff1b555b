package cn.haitang.console.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GridGroupRepository extends JpaRepository<GridGroup, Long> {

    List<GridGroup> findByBranchIdOrderByName(long branchId);

    List<GridGroup> findByCompoundId(long compoundId);

    Optional<GridGroup> findByMicroGridId(long microGridId);

    long countByBranchId(long branchId);
}
