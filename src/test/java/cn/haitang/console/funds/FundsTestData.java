package cn.haitang.console.funds;

import cn.haitang.console.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The funds feature's test-data builder: community funds of new communities, a city fund, opened through the services. */
@Component
class FundsTestData {

    static final LocalDate OPENED = LocalDate.of(2024, 1, 1);

    private final TestData data;
    private final FundService funds;
    private final JdbcTemplate jdbc;

    FundsTestData(TestData data, FundService funds, JdbcTemplate jdbc) {
        this.data = data;
        this.funds = funds;
        this.jdbc = jdbc;
    }

    record CommunityFund(long fundId, TestData.Place place) {
    }

    /** A new community of the town with its own governance fund and this approval threshold. */
    CommunityFund communityFund(String townCode, String threshold) {
        TestData.Place place = data.place(townCode);
        long id = data.asAdmin(() -> funds.openFund(new FundForm(place.communityId(), TestData.unique("测试社区治理基金"),
                place.communityName() + "居委会", "6228 4801 2345 6789", OPENED, new BigDecimal(threshold))));
        return new CommunityFund(id, place);
    }

    /** A city-level fund of its own (the demo's 善美海棠红 stays untouched). */
    long cityFund(String threshold) {
        return data.asAdmin(() -> funds.openFund(new FundForm(null, TestData.unique("测试市级专项基金"), "常熟市慈善总会",
                "3222 0101 8888", OPENED, new BigDecimal(threshold))));
    }

    long auditEntries(String entityType, long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = ? AND entity_id = ?", Long.class,
                entityType, String.valueOf(id));
    }
}
