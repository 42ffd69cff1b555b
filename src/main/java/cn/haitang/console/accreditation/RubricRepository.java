package cn.haitang.console.accreditation;

import org.springframework.data.jpa.repository.JpaRepository;

interface RubricRepository extends JpaRepository<Rubric, Long> {

    boolean existsByNameAndIdNot(String name, long id);

    boolean existsByName(String name);

    java.util.List<Rubric> findAllByOrderByName();
}
