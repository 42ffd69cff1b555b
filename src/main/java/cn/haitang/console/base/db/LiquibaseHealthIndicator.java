package cn.haitang.console.base.db;

import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reports in {@code /actuator/health} which schema version the database is on: how many changesets
 * Liquibase has applied and the latest one. Down when the changelog table cannot be read.
 */
@Component("liquibaseHealthIndicator")
class LiquibaseHealthIndicator implements HealthIndicator {

    private final JdbcTemplate jdbc;

    LiquibaseHealthIndicator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Health health() {
        try {
            Map<String, Object> latest = jdbc.queryForMap("""
                    SELECT (SELECT COUNT(*) FROM DATABASECHANGELOG) AS applied, ID AS latest, DATEEXECUTED AS executed
                    FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED DESC LIMIT 1""");
            return Health.up()
                    .withDetail("changesetsApplied", latest.get("applied"))
                    .withDetail("latestChangeset", latest.get("latest"))
                    .withDetail("latestExecutedAt", String.valueOf(latest.get("executed")))
                    .build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName() + ": " + e.getMessage()).build();
        }
    }
}
