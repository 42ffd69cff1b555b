package cn.haitang.console.accreditation;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduled work of accreditation: closing ended notices (公示) and expiring certificates. Several
 * app nodes may share one database, so a run first takes a lease in {@code accr_job_lock} with a
 * conditional UPDATE (only one node's update matches); the steps themselves are conditional on the
 * state, so even a second run on the same day changes nothing.
 */
@Component
class AccreditationJobs {

    static final String LOCK = "accreditation-daily";
    private static final Logger log = LoggerFactory.getLogger(AccreditationJobs.class);
    private static final int LEASE_MINUTES = 10;

    private final NoticeService notices;
    private final SiteRegistryService registry;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    AccreditationJobs(NoticeService notices, SiteRegistryService registry, JdbcTemplate jdbc,
                      TransactionTemplate transactions, Clock clock) {
        this.notices = notices;
        this.registry = registry;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Every 15 minutes (notices end at midnight; a node that was down catches up at its next run). */
    @Scheduled(cron = "${haitang.accreditation.job-cron:0 */15 * * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        runIfLeased(LocalDate.now(clock));
    }

    /** Runs the jobs for the given day when this node gets the lease; false when another node holds it. */
    boolean runIfLeased(LocalDate today) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        int leased = jdbc.update("UPDATE accr_job_lock SET locked_until = ?, locked_by = ? WHERE name = ? AND locked_until < ?",
                now.plusMinutes(LEASE_MINUTES), node, LOCK, now);
        if (leased == 0) {
            log.debug("Accreditation jobs skipped: another node holds the lease");
            return false;
        }
        try {
            Integer closed = transactions.execute(status -> notices.closeEndedNotices(today));
            Integer expired = transactions.execute(status -> registry.expireSites(today));
            if ((closed != null && closed > 0) || (expired != null && expired > 0)) {
                log.info("Accreditation jobs: {} notices closed, {} certificates expired", closed, expired);
            }
        } finally {
            jdbc.update("UPDATE accr_job_lock SET locked_until = ? WHERE name = ? AND locked_by = ?", now, LOCK, node);
        }
        return true;
    }
}
