package cn.haitang.console.deliberation;

import cn.haitang.console.support.ServiceTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Speed at 10× the demo volume: {@code ./mvnw test -Pbenchmark -Dtest=DeliberationBenchmark} on a fresh database.
 * Grows the demo to 100,000 sessions and adds 167 votes of 3,000 households (≈ 500,000 ballots) with INSERT … SELECT,
 * then prints the median of 7 runs: the session list's first page, a deep offset page and a deep keyset page, and
 * counting a 3,000-household vote (the tally in SQL plus art. 278). Prints figures; asserts nothing about time.
 */
@Tag("benchmark")
class DeliberationBenchmark extends ServiceTest {

    private static final int HOUSEHOLDS = 3000;
    private static final int VOTES = 167;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SessionService sessions;
    @Autowired
    VoteService votes;

    @Test
    void tenTimesTheDemoVolume() {
        login.as("admin");
        generate();
        long sessionCount = jdbc.queryForObject("SELECT COUNT(*) FROM delib_session", Long.class);
        long ballotCount = jdbc.queryForObject("SELECT COUNT(*) FROM delib_ballot", Long.class);
        System.out.printf("%nBENCHMARK volume: %,d sessions, %,d ballots in %,d votes%n", sessionCount, ballotCount,
                jdbc.queryForObject("SELECT COUNT(*) FROM delib_vote", Long.class));
        SessionFilter all = new SessionFilter(null, null, null, null, null);
        long total = sessions.count(all);
        int deepPage = (int) (total / 50) - 2;
        print("sessions: count (whole city)", () -> sessions.count(all));
        print("sessions: first page (50)", () -> sessions.list(all, PageRequest.of(0, 50)));
        print("sessions: deep page by offset (page " + deepPage + ")", () -> sessions.list(all, PageRequest.of(deepPage, 50)));
        var anchor = sessions.list(all, PageRequest.of(deepPage, 50)).getFirst();
        print("sessions: deep page by keyset (same rows)", () -> sessions.listBefore(all, anchor.heldOn(), anchor.id(), 50));
        long yushan = jdbc.queryForObject("SELECT id FROM town WHERE code = 'yushan'", Long.class);
        SessionFilter town = new SessionFilter(yushan, null, null, null, null);
        print("sessions: 虞山街道 first page", () -> sessions.list(town, PageRequest.of(0, 50)));
        List<Long> open = jdbc.queryForList("SELECT id FROM delib_vote WHERE state = 'OPEN' ORDER BY id LIMIT 7", Long.class);
        List<Long> times = new ArrayList<>();
        for (long vote : open) {
            long started = System.nanoTime();
            votes.count(vote, votes.vote(vote).version());
            times.add((System.nanoTime() - started) / 1000);
        }
        Collections.sort(times);
        System.out.printf("BENCHMARK vote of %,d households counted (tally + art. 278 + store): median %.1f ms, max %.1f ms%n",
                HOUSEHOLDS, times.get(times.size() / 2) / 1000.0, times.getLast() / 1000.0);
        print("vote: read a counted vote with its figures", () -> votes.vote(open.getFirst()));
    }

    private void generate() {
        long existing = jdbc.queryForObject("SELECT COUNT(*) FROM delib_session", Long.class);
        if (existing < 90_000) {
            long started = System.currentTimeMillis();
            int copies = (int) Math.ceil((100_000.0 - existing) / existing);
            jdbc.update("""
                    INSERT INTO delib_session (platform_id, town_id, community_id, compound_id, held_on, host, residents,
                        party_members, owners_committee, property_company, institutions, minutes)
                    SELECT s.platform_id, s.town_id, s.community_id, s.compound_id, DATE_SUB(s.held_on, INTERVAL q.seq YEAR),
                        s.host, s.residents, s.party_members, s.owners_committee, s.property_company, s.institutions, s.minutes
                    FROM delib_session s JOIN seq_1_to_%d q""".formatted(copies));
            System.out.printf("BENCHMARK generated sessions in %,d ms%n", System.currentTimeMillis() - started);
        }
        long voteCount = jdbc.queryForObject("SELECT COUNT(*) FROM delib_vote", Long.class);
        if (voteCount < VOTES) {
            long started = System.currentTimeMillis();
            long compound = jdbc.queryForObject("SELECT MIN(id) FROM compound", Long.class);
            jdbc.update("""
                    INSERT INTO delib_consultation (title, question, town_id, community_id, compound_id, opened_on, state)
                    SELECT CONCAT('基准协商', q.seq), '基准', c.town_id, c.community_id, c.id, CURDATE(), 'OPEN'
                    FROM compound c JOIN seq_1_to_%d q WHERE c.id = ?""".formatted(VOTES), compound);
            jdbc.update("""
                    INSERT INTO delib_vote (consultation_id, town_id, compound_id, item, question, total_area, total_owners, state)
                    SELECT k.id, k.town_id, k.compound_id, 'REBUILD_OR_ALTER', '基准表决', 300000.00, %d, 'OPEN'
                    FROM delib_consultation k WHERE k.title LIKE '基准协商%%'""".formatted(HOUSEHOLDS));
            jdbc.update("""
                    INSERT INTO delib_ballot (vote_id, household, owner_name, area, choice)
                    SELECT v.id, CONCAT(q.seq DIV 100 + 1, '幢', q.seq MOD 100 + 1, '室'), '业主', 60 + (q.seq MOD 7000) / 100,
                        CASE WHEN q.seq MOD 10 < 8 THEN 'AGREE' WHEN q.seq MOD 10 = 8 THEN 'DISAGREE' ELSE 'ABSTAIN' END
                    FROM delib_vote v JOIN seq_0_to_%d q WHERE v.question = '基准表决'""".formatted(HOUSEHOLDS - 1));
            System.out.printf("BENCHMARK generated votes and ballots in %,d ms%n", System.currentTimeMillis() - started);
        }
        jdbc.execute("ANALYZE TABLE delib_session, delib_ballot");
    }

    /** Median of 7 runs after one warm-up. */
    private static void print(String label, Supplier<?> call) {
        call.get();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long started = System.nanoTime();
            call.get();
            times.add((System.nanoTime() - started) / 1000);
        }
        Collections.sort(times);
        System.out.printf("BENCHMARK %-48s median %8.1f ms%n", label, times.get(3) / 1000.0);
    }
}
