package cn.haitang.console.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CentralHouseholdRepository extends JpaRepository<CentralHousehold, Long> {

    List<CentralHousehold> findByGridGroupIdOrderByMemberName(long gridGroupId);

    List<CentralHousehold> findByCompoundId(long compoundId);

    Optional<CentralHousehold> findByGridGroupIdAndMemberName(long gridGroupId, String memberName);

    long countByGridGroupId(long gridGroupId);
}
