package cn.haitang.console.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.support.ServiceTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The daily jobs: certificates that ran out end, and a node without the lease skips. */
@Transactional
class AccreditationJobsTest extends ServiceTest {

    @Autowired
    SiteRegistryService registry;

    @Autowired
    AccreditationTestData accr;

    @Autowired
    AccreditationJobs jobs;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @Autowired
    JdbcTemplate jdbc;

    /** A city round of the test's own, open today. */
    long round;

    @BeforeEach
    void ownRound() {
        round = accr.round(50);
    }

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
