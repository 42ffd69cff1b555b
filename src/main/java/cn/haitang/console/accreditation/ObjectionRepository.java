package cn.haitang.console.accreditation;

import org.springframework.data.jpa.repository.JpaRepository;

interface ObjectionRepository extends JpaRepository<Objection, Long> {

    java.util.List<Objection> findByApplicationIdOrderByReceivedOnAscIdAsc(long applicationId);

    long countByApplicationIdAndState(long applicationId, Objection.State state);
}
