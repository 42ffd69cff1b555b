package cn.haitang.console.funds;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.support.ServiceTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo reproduces the article's figures, and its ledgers keep the ledger's invariants. */
class FundsDemoDataTest extends ServiceTest {

    @Autowired
    FundService funds;
    @Autowired
    ProposalService proposals;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCityFundRaisedAMillionAnd42CommunityFundsRaised268Million() {
        login.as("admin");
        FundRow city = funds.listFunds(new FundFilter(null, null, FundKind.CITY, "善美海棠红"), PageRequest.of(0, 5)).getFirst();
        assertThat(city.income()).isEqualByComparingTo("1000000");
        assertThat(city.spending()).isPositive();
        assertThat(city.balance()).isEqualByComparingTo(city.income().subtract(city.spending())).isPositive();
        List<FundRow> community = funds.listFunds(new FundFilter(null, null, FundKind.COMMUNITY, "治理基金"),
                PageRequest.of(0, 100)).stream().filter(f -> !f.name().startsWith("测试")).toList();
        assertThat(community).hasSize(42);
        assertThat(community.stream().map(FundRow::income).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("2680000");
        assertThat(community).allSatisfy(f -> assertThat(f.balance()).isNotNegative());
        assertThat(community).extracting(FundRow::townName).contains("虞山街道", "梅李镇");
        assertThat(community.stream().mapToLong(FundRow::pending).sum()).isPositive();
        Long mismatched = jdbc.queryForObject("""
                SELECT COUNT(*) FROM fund f WHERE (SELECT COALESCE(SUM(total), 0) FROM fund_tally y WHERE y.fund_id = f.id)
                <> (SELECT COALESCE(SUM(signed_amount), 0) FROM fund_movement m WHERE m.fund_id = f.id AND m.status = 'POSTED')""",
                Long.class);
        assertThat(mismatched).isZero();
    }

    @Test
    void twoContestYearsAwarded45ProjectsInEveryState() {
        login.as("admin");
        List<ProjectRow> all = proposals.list(ProjectFilter.all(), PageRequest.of(0, 500)).stream()
                .filter(p -> !p.title().startsWith("测试")).toList();
        assertThat(all).hasSizeGreaterThan(45);
        assertThat(all).filteredOn(p -> p.grantAmount() != null).hasSize(45);
        assertThat(all).extracting(ProjectRow::state).contains(ProjectState.NOT_AWARDED, ProjectState.AWARDED,
                ProjectState.IN_PROGRESS, ProjectState.CLOSED);
        assertThat(all).filteredOn(p -> p.title().equals("解忧毛线铺") || p.title().equals("60帮80"))
                .hasSize(2).allSatisfy(p -> assertThat(p.grantAmount()).isPositive());
        assertThat(proposals.count(new ProjectFilter(null, null, null, null, null, true))).isPositive();
    }

    @Test
    void aCoordinatorSeesTheCityFundBesideTheirTownsFundsButMayNotWriteToIt() {
        login.as("admin");
        FundRow city = funds.listFunds(new FundFilter(null, null, FundKind.CITY, "善美海棠红"), PageRequest.of(0, 5)).getFirst();
        login.as("yushan");
        assertThat(funds.fund(city.id()).balance()).isEqualByComparingTo(city.balance());
        assertThat(funds.writable(city.id())).isFalse();
        assertThat(funds.listFunds(new FundFilter(null, null, FundKind.CITY, "善美海棠红"), PageRequest.of(0, 5)))
                .extracting(FundRow::id).containsExactly(city.id());
        assertThat(funds.fundOptions(false)).extracting(Option::name).doesNotContain("善美海棠红");
        assertThat(funds.listFunds(FundFilter.all(), PageRequest.of(0, 100))).isNotEmpty()
                .extracting(FundRow::townName).containsOnly("虞山街道", null);
    }
}
