package cn.haitang.console.region;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommunityRepository extends JpaRepository<Community, Long> {

    List<Community> findByTownIdOrderByName(long townId);

    Optional<Community> findByTownIdAndName(long townId, String name);
}
