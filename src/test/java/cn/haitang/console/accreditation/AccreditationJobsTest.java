package cn.haitang.console.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The daily jobs: certificates that ran out end, and a node without the lease skips. */
class AccreditationJobsTest extends AccreditationTest {

    @Autowired
    SiteRegistryService registry;

    @Autowired
    AccreditationJobs jobs;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @Test
    void expiredCertificatesAreEndedByTheJob() {
        long siteId = jdbc.queryForObject("SELECT id FROM accr_site WHERE state = 'CURRENT' ORDER BY valid_to LIMIT 1", Long.class);
        LocalDate validTo = jdbc.queryForObject("SELECT valid_to FROM accr_site WHERE id = ?", LocalDate.class, siteId);
        assertThat(registry.expireSites(validTo)).isZero();
        assertThat(registry.expireSites(validTo.plusDays(1))).isPositive();
        em.flush();
        assertThat(jdbc.queryForObject("SELECT state FROM accr_site WHERE id = ?", String.class, siteId)).isEqualTo("EXPIRED");
        long app = jdbc.queryForObject("SELECT application_id FROM accr_site WHERE id = ?", Long.class, siteId);
        assertThat(accr.state(app)).isEqualTo(AppState.EXPIRED);
    }

    @Test
    void anotherNodeHoldingTheLeaseMeansThisOneSkips() {
        jdbc.update("UPDATE accr_job_lock SET locked_until = DATE_ADD(UTC_TIMESTAMP(6), INTERVAL 1 HOUR), locked_by = 'other'"
                + " WHERE name = ?", AccreditationJobs.LOCK);
        assertThat(jobs.runIfLeased(LocalDate.now())).isFalse();
        jdbc.update("UPDATE accr_job_lock SET locked_until = '2000-01-01' WHERE name = ?", AccreditationJobs.LOCK);
        assertThat(jobs.runIfLeased(LocalDate.now())).isTrue();
    }
}
