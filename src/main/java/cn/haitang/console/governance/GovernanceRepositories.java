package cn.haitang.console.governance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompoundCommitteeRepository extends JpaRepository<CompoundCommittee, Long> {
    Optional<CompoundCommittee> findByCompoundId(long compoundId);
}

interface CommitteeCandidateRepository extends JpaRepository<CommitteeCandidate, Long> {
    long countByCommitteeId(long committeeId);
}

interface CommitteeMemberRepository extends JpaRepository<CommitteeMember, Long> {
    List<CommitteeMember> findByCommitteeId(long committeeId);
}

interface PropertyCompanyRepository extends JpaRepository<PropertyCompany, Long> {
    Optional<PropertyCompany> findByCreditCode(String creditCode);

    Optional<PropertyCompany> findByName(String name);
}

interface PropertyServiceTermRepository extends JpaRepository<PropertyServiceTerm, Long> {
    Optional<PropertyServiceTerm> findByCompoundIdAndUntilIsNull(long compoundId);

    boolean existsByCompanyId(long companyId);
}

interface SatisfactionSurveyRepository extends JpaRepository<SatisfactionSurvey, Long> {
}

interface FeePeriodRepository extends JpaRepository<FeePeriod, Long> {
}

interface PropertyDisputeRepository extends JpaRepository<PropertyDispute, Long> {
}

interface CoordinationMeetingRepository extends JpaRepository<CoordinationMeeting, Long> {
}
