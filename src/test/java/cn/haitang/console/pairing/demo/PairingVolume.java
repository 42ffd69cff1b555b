package cn.haitang.console.pairing.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmarks' 10× generator on the test side (the pairing benchmark's and the dashboard's): more of
 * the demo's reports, activities and matters, made by {@link DemoPairing}, which stays package-private to
 * the pairing feature in the main code.
 */
public final class PairingVolume {

    private PairingVolume() {
    }

    /**
     * Adds nine more times the demo's reports, activities and matters (bulk JDBC); skips when already
     * there. Returns whether it generated anything.
     */
    public static boolean tenTimes(ApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM grid_report", Long.class) >= 410_000) {
            return false;
        }
        DemoPairing demo = context.getBean(DemoPairing.class);
        Random random = new Random(77L);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        DemoPairing.World world = DemoPairing.World.load(jdbc);
        for (int round = 1; round <= 9; round++) {
            demo.insertReports(world, random, today, round, DemoPairing.MEMBERS, DemoPairing.VOLUNTEERS, 0, 0);
        }
        demo.insertActivities(world, random, today, 1, 11);
        demo.insertMatters(world, random, today, 9);
        jdbc.execute("ANALYZE TABLE grid_report, activity, matter, matter_claim, matter_step");
        return true;
    }

    /** A valid ID number of a Changshu resident, unique for each index, as the demo makes them. */
    public static String idNumber(int index) {
        return DemoPairing.idNumber(index, null);
    }
}
