package cn.haitang.console.accreditation;

import org.springframework.data.jpa.repository.JpaRepository;

interface AffiliationRepository extends JpaRepository<ReviewerAffiliation, Long> {

    java.util.List<ReviewerAffiliation> findByUserId(long userId);

    java.util.List<ReviewerAffiliation> findByUserIdIn(java.util.Collection<Long> userIds);
}
