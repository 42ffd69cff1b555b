package cn.haitang.console.funds;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.support.ServiceTest;
import cn.haitang.console.support.TestLogin;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two people writing to one fund at the same moment, each in a transaction of their own (committed, so
 * not rolled back): the fund's row lock makes them take turns, so they cannot overdraw it, and a movement
 * is approved once.
 */
class LedgerConcurrencyTest extends ServiceTest {

    @Autowired
    LedgerService ledger;
    @Autowired
    FundService funds;
    @Autowired
    FundsQueries queries;
    @Autowired
    FundsTestData data;
    @Autowired
    TestLogin testLogin;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** What this class committed (its threads cannot share a rolled-back transaction), removed after each test. */
    private final List<FundsTestData.CommunityFund> committed = new ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void removeWhatWasCommitted() {
        for (FundsTestData.CommunityFund fund : committed) {
            long id = fund.fundId();
            jdbc.update("DELETE FROM fund_voucher WHERE movement_id IN (SELECT id FROM fund_movement WHERE fund_id = ?)", id);
            jdbc.update("UPDATE fund_movement SET reverses_id = NULL, source_movement_id = NULL WHERE fund_id = ?", id);
            jdbc.update("DELETE FROM fund_movement WHERE fund_id = ?", id);
            jdbc.update("DELETE FROM fund_tally WHERE fund_id = ?", id);
            jdbc.update("DELETE FROM fund WHERE id = ?", id);
            // the new community and compound would otherwise count in every city figure of later tests
            jdbc.update("DELETE FROM micro_grid WHERE compound_id = ?", fund.place().compoundId());
            jdbc.update("DELETE FROM compound WHERE id = ?", fund.place().compoundId());
            jdbc.update("DELETE FROM community WHERE id = ?", fund.place().communityId());
        }
        committed.clear();
    }

    /** Runs the calls at once, each on its own thread as its own user; returns what each threw (null: succeeded). */
    private List<Throwable> atOnce(List<String> users, List<Callable<?>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Throwable>> results = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            String user = users.get(i);
            Callable<?> call = calls.get(i);
            results.add(pool.submit(() -> {
                testLogin.as(user);
                start.await();
                try {
                    call.call();
                    return null;
                } catch (Throwable t) {
                    return t;
                } finally {
                    testLogin.logout();
                }
            }));
        }
        start.countDown();
        List<Throwable> outcomes = new ArrayList<>();
        for (Future<Throwable> f : results) {
            outcomes.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return outcomes;
    }

    @Test
    void twoPeopleSpendingFromOneFundAtOnceCannotOverdrawIt() throws Exception {
        FundsTestData.CommunityFund fund = data.communityFund("yushan", "100000");
        committed.add(fund);
        login.as("yushan");
        ledger.record(fund.fundId(), LedgerServiceTest.donation("1000", "常熟市虞山街道商会", false));
        List<Throwable> outcomes = atOnce(List.of("yushan", "admin"), List.of(
                () -> ledger.record(fund.fundId(), LedgerServiceTest.spending("700")),
                () -> ledger.record(fund.fundId(), LedgerServiceTest.spending("700"))));
        assertThat(outcomes).filteredOn(t -> t == null).hasSize(1);
        assertThat(outcomes).filteredOn(t -> t != null).singleElement()
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("funds.error.insufficient"));
        login.as("yushan");
        assertThat(funds.facts(fund.fundId()).balance()).isEqualByComparingTo("300");
        assertThat(queries.balanceFromMovements(fund.fundId())).isEqualByComparingTo("300");
    }

    @Test
    void twoApproversApprovingTheSameSpendingAtOnceApproveItOnce() throws Exception {
        FundsTestData.CommunityFund fund = data.communityFund("yushan", "100");
        committed.add(fund);
        login.as("yushan");
        ledger.record(fund.fundId(), LedgerServiceTest.donation("1000", "常熟市虞山街道商会", false));
        long id = ledger.record(fund.fundId(), LedgerServiceTest.spending("600"));
        long version = ledger.movement(id).version();
        login.as("admin");
        List<Throwable> outcomes = atOnce(List.of("admin", "admin"), List.of(
                () -> {
                    ledger.approve(id, version);
                    return null;
                },
                () -> {
                    ledger.approve(id, version);
                    return null;
                }));
        assertThat(outcomes).filteredOn(t -> t == null).hasSize(1);
        assertThat(outcomes).filteredOn(t -> t != null).singleElement().isInstanceOf(RuleViolationException.class)
                .extracting(t -> ((RuleViolationException) t).getMessageKey()).isEqualTo("error.stale");
        assertThat(funds.facts(fund.fundId()).balance()).isEqualByComparingTo("400");
        assertThat(ledger.movement(id).status()).isEqualTo(MovementStatus.POSTED);
        assertThat(new BigDecimal("400")).isEqualByComparingTo(queries.balanceFromMovements(fund.fundId()));
    }
}
