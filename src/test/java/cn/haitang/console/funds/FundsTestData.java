package cn.haitang.console.funds;

import cn.haitang.console.support.TestData;
import java.math.BigDecimal;
import cn.haitang.console.circle.HoursForm;
import cn.haitang.console.circle.OrganiserKind;
import cn.haitang.console.circle.PositionForm;
import cn.haitang.console.circle.PositionKind;
import cn.haitang.console.circle.PositionService;
import cn.haitang.console.circle.SceneForm;
import cn.haitang.console.circle.SceneService;
import cn.haitang.console.circle.Slot;
import cn.haitang.console.circle.TargetGroup;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The funds feature's test-data builder: community funds of new communities, a city fund, opened through the services. */
@Component
class FundsTestData {

    static final LocalDate OPENED = LocalDate.of(2024, 1, 1);

    private final TestData data;
    private final FundService funds;
    private final PositionService positions;
    private final SceneService scenes;
    private final JdbcTemplate jdbc;

    FundsTestData(TestData data, FundService funds, PositionService positions, SceneService scenes, JdbcTemplate jdbc) {
        this.data = data;
        this.funds = funds;
        this.positions = positions;
        this.scenes = scenes;
        this.jdbc = jdbc;
    }

    /** A happiness scene (planned) on a new position of the community, through the circle's services. */
    long scene(long communityId, String name) {
        return data.asAdmin(() -> {
            long position = positions.create(new PositionForm(communityId, TestData.unique("党群服务中心"),
                    PositionKind.SERVICE_CENTRE, "测试路8号", new BigDecimal("120.00"), "社区居委会", null, "陈静",
                    "13912345678", List.of(new HoursForm(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0),
                    Slot.REGULAR))));
            return scenes.create(new SceneForm(position, scenes.types().getFirst().id(), name, Set.of(TargetGroup.ELDERLY),
                    OrganiserKind.COMMUNITY, "社区居委会", null, "每日 11:00–12:30", 60));
        });
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
