package cn.haitang.console.region;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TownRepository extends JpaRepository<Town, Long> {

    List<Town> findAllByOrderBySortOrder();

    Optional<Town> findByName(String name);
}
