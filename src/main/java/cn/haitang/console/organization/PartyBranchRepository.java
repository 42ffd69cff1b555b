package cn.haitang.console.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartyBranchRepository extends JpaRepository<PartyBranch, Long> {

    List<PartyBranch> findByCompoundIdOrderByType(long compoundId);

    Optional<PartyBranch> findByCompoundIdAndType(long compoundId, BranchType type);

    long countByCompoundId(long compoundId);

    @Query("select distinct b.compoundId from PartyBranch b where b.compoundId in :compounds and b.type = :type"
            + " and (:town is null or b.townId = :town)")
    List<Long> compoundsWithBranch(Collection<Long> compounds, BranchType type, @Nullable Long town);
}
