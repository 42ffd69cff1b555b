package cn.haitang.console.pairing;

import java.time.LocalDate;
import java.util.Random;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The pairing benchmark's 10× generator, for other features' benchmarks (the dashboard's). */
public final class PairingVolume {

    private PairingVolume() {
    }

    /** Adds nine more times the demo's reports, activities and matters (bulk JDBC); skips when already there. */
    public static void tenTimes(ApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM grid_report", Long.class) >= 410_000) {
            return;
        }
        DemoPairing demo = context.getBean(DemoPairing.class);
        Random random = new Random(77L);
        LocalDate today = LocalDate.now(PairingService.ZONE);
        DemoPairing.World world = DemoPairing.World.load(jdbc);
        for (int round = 1; round <= 9; round++) {
            demo.insertReports(world, random, today, round, DemoPairing.MEMBERS, DemoPairing.VOLUNTEERS, 0, 0);
        }
        demo.insertActivities(world, random, today, 1, 11);
        demo.insertMatters(world, random, today, 9);
        jdbc.execute("ANALYZE TABLE grid_report, activity, matter, matter_claim, matter_step");
    }
}
