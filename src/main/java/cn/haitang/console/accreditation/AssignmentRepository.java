package cn.haitang.console.accreditation;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    java.util.List<Assignment> findByApplicationIdOrderById(long applicationId);

    java.util.Optional<Assignment> findByApplicationIdAndReviewerId(long applicationId, long reviewerId);

    boolean existsByApplicationIdAndReviewerIdAndStateNot(long applicationId, long reviewerId, Assignment.State state);
}
