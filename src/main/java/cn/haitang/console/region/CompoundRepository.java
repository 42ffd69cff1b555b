package cn.haitang.console.region;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CompoundRepository extends JpaRepository<Compound, Long>, JpaSpecificationExecutor<Compound> {

    List<Compound> findByCommunityIdOrderByName(long communityId);

    Optional<Compound> findByCommunityIdAndName(long communityId, String name);

    long countByCommunityId(long communityId);
}
