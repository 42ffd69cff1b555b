package cn.haitang.console.accreditation;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoundRepository extends JpaRepository<Round, Long> {

    boolean existsByRubricId(long rubricId);

    boolean existsByYearAndTitleAndIdNot(int year, String title, long id);

    java.util.List<Round> findAllByOrderByYearDescIdDesc();

    java.util.Optional<Round> findFirstByLevelOrderByYearDescIdDesc(Level level);
}
