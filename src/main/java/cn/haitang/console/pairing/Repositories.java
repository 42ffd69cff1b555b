package cn.haitang.console.pairing;

import org.springframework.data.jpa.repository.JpaRepository;

/** The module's repositories: package-private, used by its services only. */
final class Repositories {
    private Repositories() {
    }
}

interface InstitutionRepository extends JpaRepository<Institution, Long> {
    boolean existsByNameAndIdNot(String name, long id);
}

interface PairingRepository extends JpaRepository<Pairing, Long> {
    java.util.Optional<Pairing> findByInstitutionIdAndStatus(long institutionId, PairingStatus status);
}

interface PairingCommunityRepository extends JpaRepository<PairingCommunity, Long> {
    java.util.List<PairingCommunity> findByPairingId(long pairingId);
}

interface ActivityTypeRepository extends JpaRepository<ActivityType, Long> {
    boolean existsByNameAndIdNot(String name, long id);
}

interface ActivityRepository extends JpaRepository<Activity, Long> {
}

interface ActivityAttachmentRepository extends JpaRepository<ActivityAttachment, Long> {
}

interface GridReportRepository extends JpaRepository<GridReport, Long> {
    java.util.Optional<GridReport> findByIdNumber(String idNumber);

    java.util.List<GridReport> findByIdNumberIn(java.util.Collection<String> idNumbers);
}

interface GridReportMoveRepository extends JpaRepository<GridReportMove, Long> {
}

interface MatterRepository extends JpaRepository<Matter, Long> {
}

interface MatterClaimRepository extends JpaRepository<MatterClaim, Long> {
    boolean existsByMatterIdAndInstitutionId(long matterId, long institutionId);
}

interface MatterStepRepository extends JpaRepository<MatterStep, Long> {
}
