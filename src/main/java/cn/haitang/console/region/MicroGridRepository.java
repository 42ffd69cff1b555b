package cn.haitang.console.region;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MicroGridRepository extends JpaRepository<MicroGrid, Long> {

    List<MicroGrid> findByCompoundIdOrderByName(long compoundId);

    Optional<MicroGrid> findByCompoundIdAndName(long compoundId, String name);

    long countByCompoundId(long compoundId);
}
