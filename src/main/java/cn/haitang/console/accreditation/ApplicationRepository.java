package cn.haitang.console.accreditation;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationRepository extends JpaRepository<Application, Long> {

    boolean existsByRoundIdAndCompoundId(long roundId, long compoundId);

    long countByRoundId(long roundId);

    java.util.List<Application> findByStateAndNoticeToBefore(AppState state, java.time.LocalDate day);

    java.util.List<Application> findByRoundIdAndResultNotNullOrderByResultDesc(long roundId);
}
