package cn.haitang.console.organization;

import java.net.InetAddress;
import java.time.Clock;
import java.time.YearMonth;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes the monthly snapshot of the coverage figures. It is checked every night, so a node that was
 * down on the 1st catches up; the job_lock row makes the snapshot of a month happen once, whichever
 * node and however many nodes run the check.
 */
@Component
class CoverageSnapshotJob {

    private static final Logger log = LoggerFactory.getLogger(CoverageSnapshotJob.class);

    private final CoverageService coverage;
    private final Clock clock;
    private final String node;

    CoverageSnapshotJob(CoverageService coverage, Clock clock) {
        this.coverage = coverage;
        this.clock = clock;
        this.node = nodeName();
    }

    @Scheduled(cron = "${haitang.coverage.snapshot-cron:0 10 0 * * *}", zone = "Asia/Shanghai")
    void run() {
        try {
            coverage.snapshotIfDue(YearMonth.now(clock), node);
        } catch (RuntimeException e) {
            log.error("Coverage snapshot failed; the next run retries", e);
        }
    }

    private static String nodeName() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
        } catch (java.io.IOException e) {
            return "node-" + UUID.randomUUID();
        }
    }
}
