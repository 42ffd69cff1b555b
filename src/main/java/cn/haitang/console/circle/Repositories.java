package cn.haitang.console.circle;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The module's repositories: package-private, used by its services only. */
final class Repositories {
    private Repositories() {
    }
}

interface SceneTypeRepository extends JpaRepository<SceneType, Long> {
    boolean existsByNameAndIdNot(String name, long id);
}

interface ServicePositionRepository extends JpaRepository<ServicePosition, Long> {
    boolean existsByCommunityIdAndNameAndIdNot(long communityId, String name, long id);
}

interface PositionHoursRepository extends JpaRepository<PositionHours, Long> {
    List<PositionHours> findByPositionId(long positionId);
}

interface SceneRepository extends JpaRepository<Scene, Long> {
    boolean existsByPositionId(long positionId);
}

interface SceneStateChangeRepository extends JpaRepository<SceneStateChange, Long> {
}

interface ServiceRecordRepository extends JpaRepository<ServiceRecord, Long> {
}

interface ServiceRecordPersonRepository extends JpaRepository<ServiceRecordPerson, Long> {
    List<ServiceRecordPerson> findByRecordId(long recordId);
}

interface CirclePhotoRepository extends JpaRepository<CirclePhoto, Long> {
    List<CirclePhoto> findByRecordId(long recordId);
}
