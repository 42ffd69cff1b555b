package cn.haitang.console.accreditation;

import org.springframework.data.jpa.repository.JpaRepository;

interface SiteRepository extends JpaRepository<Site, Long> {

    java.util.Optional<Site> findByApplicationId(long applicationId);

    boolean existsByCompoundIdAndLevelAndStateAndValidToGreaterThanEqual(long compoundId, Level level, Site.State state, java.time.LocalDate day);

    java.util.List<Site> findByStateAndValidToBefore(Site.State state, java.time.LocalDate day);

    long countByCertificateNoStartingWith(String prefix);
}
