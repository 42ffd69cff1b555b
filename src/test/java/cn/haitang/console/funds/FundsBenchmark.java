package cn.haitang.console.funds;

import cn.haitang.console.support.ServiceTest;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Speed at 10× the demo volume (420 funds, 1 million movements): {@code ./mvnw test -Pbenchmark
 * -Dtest=FundsBenchmark} on a fresh database. Adds communities and their funds, then the movements in SQL
 * (INSERT … SELECT over MariaDB's sequence tables, so the tally triggers run as for any write), and prints
 * the median time of a fund's balance, its monthly statement, the city's figures and a ledger page at the
 * start and near the end. Prints figures; asserts nothing about time.
 */
@Tag("benchmark")
class FundsBenchmark extends ServiceTest {

    static final int FUNDS = 420;
    static final int MOVEMENTS = 1_000_000;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FundService funds;
    @Autowired
    LedgerService ledger;
    @Autowired
    FundsFiguresService figures;

    @Test
    void tenTimesTheDemoVolume() {
        long started = System.currentTimeMillis();
        generate();
        long generated = System.currentTimeMillis() - started;
        login.as("admin");
        long fundCount = jdbc.queryForObject("SELECT COUNT(*) FROM fund", Long.class);
        long movementCount = jdbc.queryForObject("SELECT COUNT(*) FROM fund_movement", Long.class);
        System.out.printf("%nBENCHMARK funds volume: %,d funds, %,d movements (generated in %,d ms)%n", fundCount,
                movementCount, generated);
        long fund = jdbc.queryForObject("""
                SELECT fund_id FROM fund_movement GROUP BY fund_id ORDER BY COUNT(*) DESC LIMIT 1""", Long.class);
        long inFund = ledger.countMovements(fund, MovementFilter.all());
        LocalDate today = LocalDate.now();
        print("a fund's balance (" + inFund + " movements)", () -> funds.facts(fund));
        print("a fund's monthly statement, 24 months", () -> funds.monthly(fund, today.minusMonths(23).withDayOfMonth(1), today));
        print("a fund's breakdown by kind", () -> funds.byKind(fund, LocalDate.of(2000, 1, 1), today));
        print("the city's fund figures (by town)", () -> figures.figures(null, null));
        print("the fund list, first page of 50 with balances", () -> funds.listFunds(FundFilter.all(), PageRequest.of(0, 50)));
        print("ledger page 1 (50)", () -> ledger.movements(fund, MovementFilter.all(), PageRequest.of(0, 50)));
        print("ledger page near the end (50)", () -> ledger.movements(fund, MovementFilter.all(),
                PageRequest.of((int) (inFund / 50) - 1, 50)));
        Long mismatched = jdbc.queryForObject("""
                SELECT COUNT(*) FROM fund f WHERE (SELECT COALESCE(SUM(total), 0) FROM fund_tally y WHERE y.fund_id = f.id)
                <> (SELECT COALESCE(SUM(signed_amount), 0) FROM fund_movement m WHERE m.fund_id = f.id AND m.status = 'POSTED')""",
                Long.class);
        System.out.printf("BENCHMARK funds whose tally differs from their movements: %d%n", mismatched);
    }

    private static void print(String what, Supplier<?> call) {
        for (int i = 0; i < 3; i++) {
            call.get();
        }
        long[] times = new long[15];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            call.get();
            times[i] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(times);
        System.out.printf("BENCHMARK %-50s median %6.1f ms  max %6.1f ms%n", what, times[times.length / 2] / 1e6,
                times[times.length - 1] / 1e6);
    }

    /** New communities with funds up to 420 funds, then movements up to a million, spread over 24 months. */
    private void generate() {
        long existing = jdbc.queryForObject("SELECT COUNT(*) FROM fund", Long.class);
        if (existing < FUNDS) {
            jdbc.update("""
                    INSERT INTO community (town_id, name)
                    SELECT (SELECT MIN(id) FROM town), CONCAT('压测社区', s.seq) FROM seq_1_to_%d s""".formatted(FUNDS - existing));
            jdbc.update("""
                    INSERT INTO fund (kind, name, town_id, community_id, custodian, bank_account, opened_on, approval_threshold)
                    SELECT 'COMMUNITY', CONCAT(c.name, '治理基金'), c.town_id, c.id, CONCAT(c.name, '居委会'), '6228 0000',
                           '2024-01-01', 5000 FROM community c WHERE c.name LIKE '压测社区%'""");
        }
        long have = jdbc.queryForObject("SELECT COUNT(*) FROM fund_movement", Long.class);
        int perFund = (int) ((MOVEMENTS - have) / FUNDS);
        if (perFund <= 0) {
            return;
        }
        jdbc.update("""
                INSERT INTO fund_movement (fund_id, town_id, direction, kind, moved_on, amount, status, counterparty, anonymous,
                                           purpose, recorded_by, recorded_at)
                SELECT f.id, f.town_id, IF(s.seq %% 4 = 0, 'OUT', 'IN'),
                       ELT(1 + s.seq %% 4, 'OPERATING', 'DONATION', 'PROJECT_INCOME', 'INTEREST'),
                       DATE_SUB(CURDATE(), INTERVAL (s.seq * 7919 %% 730) DAY), 10 + (s.seq * 37 %% 990), 'POSTED',
                       CONCAT('捐助人', s.seq %% 500), s.seq %% 9 = 0, '压测收支', 'admin', NOW(6)
                FROM fund f CROSS JOIN seq_1_to_%d s""".formatted(perFund));
    }
}
