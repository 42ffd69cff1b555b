package cn.haitang.console.deliberation;

import org.springframework.data.jpa.repository.JpaRepository;

/** The module's repositories: package-private, used by its services only. */
final class Repositories {
    private Repositories() {
    }
}

interface DelibPlatformRepository extends JpaRepository<Platform, Long> {
}

interface DelibSessionRepository extends JpaRepository<DeliberationSession, Long> {
}

interface DelibSessionPhotoRepository extends JpaRepository<SessionPhoto, Long> {
}

interface DelibTopicRepository extends JpaRepository<Topic, Long> {
    java.util.Optional<Topic> findByMatterId(long matterId);
}

interface DelibConsultationRepository extends JpaRepository<Consultation, Long> {
}

interface DelibPartyRepository extends JpaRepository<Party, Long> {
    boolean existsByConsultationIdAndName(long consultationId, String name);

    boolean existsByConsultationIdAndRole(long consultationId, PartyRole role);
}

interface DelibRoundRepository extends JpaRepository<ConsultationRound, Long> {
    int countByConsultationId(long consultationId);
}


interface DelibVoteRepository extends JpaRepository<OwnersVote, Long> {
    java.util.Optional<OwnersVote> findByConsultationId(long consultationId);
}

interface DelibBallotRepository extends JpaRepository<Ballot, Long> {
    boolean existsByVoteIdAndHousehold(long voteId, String household);
}

interface DelibPositionRepository extends JpaRepository<Position, Long> {
    java.util.Optional<Position> findByRoundIdAndPartyId(long roundId, long partyId);

    boolean existsByPartyId(long partyId);
}

interface DelibPlanTaskRepository extends JpaRepository<PlanTask, Long> {
    boolean existsByPartyId(long partyId);

    int countByConsultationId(long consultationId);
}
