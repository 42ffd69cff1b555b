package cn.haitang.console.funds.demo;

import cn.haitang.console.base.demo.DemoNames;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo of 治理资金与创投: the city's special fund 善美海棠红 (1,000,000 yuan from charitable donors, the
 * shared canteens' running grants and the contest's grants out), 42 community governance funds whose income
 * (donations, some anonymous, project income, interest) adds up to exactly 2,680,000 yuan, with operating
 * costs, spending awaiting approval and a reversal; and two contest years (last year's and this year's) with
 * 70 proposals scored by three jurors, 45 of them awarded — 解忧毛线铺 and 60帮80 among them — in every
 * implementation state, some late on their milestones. Deterministic (fixed seed), loaded once with JDBC.
 */
@Component
@Profile("demo")
@Order(75) // after the circle's demo (70): the city fund's canteen grants go to its shared canteens
class DemoFunds implements ApplicationRunner {

    static final int COMMUNITY_FUNDS = 42;
    static final BigDecimal COMMUNITY_INCOME = new BigDecimal("2680000.00");
    static final String CITY_FUND = "善美海棠红";
    private static final Logger log = LoggerFactory.getLogger(DemoFunds.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final List<Object[]> movements = new ArrayList<>();

    DemoFunds(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Place(long communityId, long townId, String community, String town) {
    }

    record Fund(long id, Place place, LocalDate opened) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM fund", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        long started = System.currentTimeMillis();
        Random random = new Random(20241020L);
        LocalDate today = LocalDate.now(clock);
        LocalDate cityOpened = LocalDate.of(today.getYear() - 2, 3, 1);
        long city = insert("""
                INSERT INTO fund (kind, name, custodian, bank_account, opened_on, approval_threshold)
                VALUES ('CITY', ?, '常熟市慈善总会', '江苏常熟农村商业银行 3205 8101 0000 6688', ?, 50000.00)""",
                CITY_FUND, cityOpened);
        List<Fund> funds = communityFunds(random, cityOpened);
        cityIncome(city, cityOpened);
        canteenGrants(city, funds, cityOpened, today);
        ContestDemo contest = new ContestDemo(this, random, today, city, funds);
        contest.load();
        communityMovements(random, funds, contest.incomeProjects(), today);
        flushMovements();
        linkCanteenGrants(city);
        log.info("Demo funds: 1 city fund, {} community funds, {} projects in 2 contest years; {} ms",
                funds.size(), contest.proposals(), System.currentTimeMillis() - started);
    }

    /** 42 communities spread over the towns and streets (round robin), each with its governance fund. */
    private List<Fund> communityFunds(Random random, LocalDate cityOpened) {
        List<Place> all = jdbc.query("""
                SELECT c.id, c.town_id, c.name, t.name FROM community c JOIN town t ON t.id = c.town_id
                ORDER BY t.sort_order, c.id""", (rs, n) -> new Place(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getString(4)));
        Map<Long, List<Place>> byTown = new LinkedHashMap<>();
        all.forEach(p -> byTown.computeIfAbsent(p.townId(), k -> new ArrayList<>()).add(p));
        List<Place> chosen = new ArrayList<>();
        for (int round = 0; chosen.size() < COMMUNITY_FUNDS && round < 50; round++) {
            for (List<Place> places : byTown.values()) {
                if (round < places.size() && chosen.size() < COMMUNITY_FUNDS) {
                    chosen.add(places.get(round));
                }
            }
        }
        List<Fund> funds = new ArrayList<>();
        for (Place p : chosen) {
            LocalDate opened = cityOpened.plusDays(random.nextInt(240));
            long id = insert("""
                    INSERT INTO fund (kind, name, town_id, community_id, custodian, bank_account, opened_on, approval_threshold)
                    VALUES ('COMMUNITY', ?, ?, ?, ?, ?, ?, 5000.00)""", p.town() + p.community() + "治理基金", p.townId(),
                    p.communityId(), p.community() + "居民委员会", "6228 4803 " + (1000 + random.nextInt(9000)) + " "
                            + (1000 + random.nextInt(9000)), opened);
            funds.add(new Fund(id, p, opened));
        }
        return funds;
    }

    private void cityIncome(long city, LocalDate opened) {
        Object[][] donors = {{"常熟市慈善总会", "500000.00", false}, {"波司登股份有限公司", "200000.00", false},
                {"江苏常熟农村商业银行", "100000.00", false}, {"隆力奇集团有限公司", "80000.00", false},
                {"梦兰集团有限公司", "50000.00", false}, {"中利集团有限公司", "40000.00", false},
                {"爱心市民", "20000.00", true}, {"常熟市个体劳动者协会", "10000.00", false}};
        for (int i = 0; i < donors.length; i++) {
            movement(city, null, "IN", "DONATION", opened.plusDays(i * 9L), new BigDecimal((String) donors[i][1]),
                    (String) donors[i][0], (Boolean) donors[i][2], "善美海棠红专项基金募集", null, "admin", null);
        }
    }

    /**
     * The shared canteens' running grants, every two months, to the circle's canteen scenes in turn (named by
     * the scene; when the circle has no canteen, to the canteen of a fund's community by name).
     */
    private void canteenGrants(long city, List<Fund> funds, LocalDate opened, LocalDate today) {
        List<String> canteens = jdbc.queryForList("""
                SELECT s.name FROM scene s JOIN scene_type ty ON ty.id = s.type_id
                WHERE ty.name = '社区共享食堂' AND s.state <> 'CLOSED' ORDER BY s.id""", String.class);
        for (int i = 0; i < 12; i++) {
            Fund f = funds.get(i * 3 % funds.size());
            LocalDate day = opened.plusMonths(2 + i * 2L);
            if (day.isAfter(today)) {
                break;
            }
            String to = canteens.isEmpty() ? f.place().community() + "社区共享食堂" : canteens.get(i * 3 % canteens.size());
            movement(city, null, "OUT", "GRANT", day, new BigDecimal("15000.00"), to, false, CANTEEN_GRANT, null, "admin", null);
        }
    }

    private static final String CANTEEN_GRANT = "社区共享食堂运营补助（助餐、送餐）";

    /** The canteen grants name their scene, so each canteen's page lists the grants it received. */
    private void linkCanteenGrants(long city) {
        jdbc.update("""
                UPDATE fund_movement m SET m.scene_id = (SELECT MIN(s.id) FROM scene s WHERE s.name = m.counterparty)
                WHERE m.fund_id = ? AND m.kind = 'GRANT' AND m.project_id IS NULL AND m.purpose = ?""", city, CANTEEN_GRANT);
    }

    /**
     * Each community fund's income, the 42 adding up to exactly 2,680,000 yuan: donations (about one in five
     * anonymous), project income of its awarded projects that earn, bank interest; then operating costs, and
     * here and there a spending above the threshold awaiting approval and a reversed slip.
     */
    private void communityMovements(Random random, List<Fund> funds, Map<Long, List<Long>> incomeProjects, LocalDate today) {
        List<BigDecimal> targets = split(COMMUNITY_INCOME, funds.size(), random, 30_000, 110_000);
        for (int i = 0; i < funds.size(); i++) {
            Fund f = funds.get(i);
            List<Long> projects = incomeProjects.getOrDefault(f.place().communityId(), List.of());
            int donations = 3 + random.nextInt(6);
            int incomes = projects.isEmpty() ? 0 : 1 + random.nextInt(3);
            List<BigDecimal> parts = split(targets.get(i), donations + incomes + 2, random, 1, 10);
            long span = Math.max(30, java.time.temporal.ChronoUnit.DAYS.between(f.opened(), today));
            LocalDate incomeEnd = f.opened().plusDays(span * 2 / 3);
            for (int k = 0; k < parts.size(); k++) {
                LocalDate day = f.opened().plusDays(random.nextLong(Math.max(1, span * 2 / 3)));
                BigDecimal amount = parts.get(k);
                if (k < donations) {
                    boolean anonymous = random.nextInt(5) == 0;
                    String donor = switch (random.nextInt(3)) {
                        case 0 -> DemoNames.person(random);
                        case 1 -> f.place().community() + "物业服务中心";
                        default -> f.place().town() + DONOR_BUSINESSES[random.nextInt(DONOR_BUSINESSES.length)];
                    };
                    movement(f.id(), f.place().townId(), "IN", "DONATION", day, amount, anonymous ? "爱心居民" : donor,
                            anonymous, DONATION_PURPOSES[random.nextInt(DONATION_PURPOSES.length)], null, "admin", null);
                } else if (k < donations + incomes) {
                    movement(f.id(), f.place().townId(), "IN", "PROJECT_INCOME", day.isBefore(incomeEnd) ? day : incomeEnd,
                            amount, "项目义卖及服务收入", false, "创投项目创收回流社区基金",
                            projects.get(random.nextInt(projects.size())), "admin", null);
                } else {
                    movement(f.id(), f.place().townId(), "IN", "INTEREST", day, amount, "江苏常熟农村商业银行", false,
                            "活期存款利息", null, "admin", null);
                }
            }
            BigDecimal spendable = targets.get(i).multiply(new BigDecimal("0.35")).setScale(2, RoundingMode.DOWN);
            List<BigDecimal> costs = split(spendable, 2 + random.nextInt(4), random, 1, 4);
            for (BigDecimal cost : costs) {
                LocalDate day = incomeEnd.plusDays(random.nextLong(Math.max(1, span / 3)));
                String[] what = SPENDINGS[random.nextInt(SPENDINGS.length)];
                boolean approved = cost.compareTo(new BigDecimal("5000")) > 0;
                movement(f.id(), f.place().townId(), "OUT", "OPERATING", day, cost, what[0], false, what[1], null,
                        approved ? f.place().town().startsWith("虞山") ? "yushan" : "admin" : "admin",
                        approved ? "admin" : null);
            }
            if (i % 7 == 0) {
                movementPending(f, today.minusDays(3 + i % 5), new BigDecimal("6800.00"), "常熟市虞山林场苗木有限公司",
                        "小区公共绿地补植");
            }
        }
    }

    private static final String[] DONOR_BUSINESSES = {"商会", "农贸市场经营户", "爱心企业联盟", "物业管理有限公司"};
    private static final String[] DONATION_PURPOSES = {"爱心捐助", "助老助餐捐赠", "社区治理基金定向捐赠", "邻里互助捐赠"};
    private static final String[][] SPENDINGS = {{"常熟市虞山印务有限公司", "议事会宣传折页印制"},
            {"社区志愿者服务队", "志愿服务保险与餐补"}, {"常熟市好邻居家政服务有限公司", "独居老人助浴服务"},
            {"社区共享食堂", "高龄老人助餐补贴"}, {"常熟市五金机电市场", "楼道照明维修材料"},
            {"社区青少年课堂", "暑期公益课堂教具"}};

    private void movementPending(Fund f, LocalDate day, BigDecimal amount, String to, String purpose) {
        movements.add(new Object[] {f.id(), f.place().townId(), "OUT", "OPERATING", day, amount, "PENDING", to, false, purpose,
                null, "admin", Timestamp.valueOf(day.atTime(10, 30)), null, null});
    }

    void movement(long fund, @Nullable Long town, String direction, String kind, LocalDate day, BigDecimal amount,
                  String counterparty, boolean anonymous, String purpose, @Nullable Long project, String recordedBy,
                  @Nullable String approvedBy) {
        Timestamp at = Timestamp.valueOf(day.atTime(9 + (int) (amount.longValue() % 8), (int) (amount.longValue() % 60)));
        movements.add(new Object[] {fund, town, direction, kind, day, amount, "POSTED", counterparty, anonymous, purpose,
                project, recordedBy, at, approvedBy, approvedBy == null ? null : at});
    }

    private void flushMovements() {
        movements.sort(Comparator.comparing(m -> (LocalDate) m[4]));
        jdbc.batchUpdate("""
                INSERT INTO fund_movement (fund_id, town_id, direction, kind, moved_on, amount, status, counterparty, anonymous,
                                           purpose, project_id, recorded_by, recorded_at, approved_by, approved_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", movements.stream().map(m -> {
            Object[] row = m.clone();
            row[4] = java.sql.Date.valueOf((LocalDate) m[4]);
            return row;
        }).toList());
        movements.clear();
    }

    /** {@code total} split into {@code parts} amounts in cents, weights between min and max, adding up exactly. */
    static List<BigDecimal> split(BigDecimal total, int parts, Random random, int minWeight, int maxWeight) {
        long cents = total.movePointRight(2).longValueExact();
        long[] weights = new long[parts];
        long sum = 0;
        for (int i = 0; i < parts; i++) {
            weights[i] = minWeight + random.nextInt(maxWeight - minWeight + 1);
            sum += weights[i];
        }
        List<BigDecimal> out = new ArrayList<>();
        long given = 0;
        for (int i = 0; i < parts; i++) {
            long share = i == parts - 1 ? cents - given : cents * weights[i] / sum / 100 * 100;
            given += share;
            out.add(BigDecimal.valueOf(share, 2));
        }
        return out;
    }

    long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < args.length; i++) {
                Object a = args[i];
                ps.setObject(i + 1, a instanceof LocalDate d ? java.sql.Date.valueOf(d) : a);
            }
            return ps;
        }, keys);
        return Objects.requireNonNull(keys.getKey()).longValue();
    }

    void jdbcUpdate(String sql, Object... args) {
        jdbc.update(sql, args);
    }

    @Nullable Boolean jdbcBoolean(String sql, Object... args) {
        return jdbc.queryForObject(sql, Boolean.class, args);
    }
}
