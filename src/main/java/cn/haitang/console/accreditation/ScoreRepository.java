package cn.haitang.console.accreditation;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScoreRepository extends JpaRepository<Score, Long> {

    java.util.List<Score> findByAssignmentId(long assignmentId);
}
