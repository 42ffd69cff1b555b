package cn.haitang.console.accreditation;

import org.springframework.data.jpa.repository.JpaRepository;

interface CriterionRepository extends JpaRepository<Criterion, Long> {

    java.util.List<Criterion> findByRubricIdOrderBySortOrder(long rubricId);

    void deleteByRubricId(long rubricId);
}
