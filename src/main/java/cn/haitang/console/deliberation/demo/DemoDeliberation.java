package cn.haitang.console.deliberation.demo;

import cn.haitang.console.base.demo.DemoNames;
import cn.haitang.console.deliberation.Article278;
import cn.haitang.console.deliberation.Rhythms;
import cn.haitang.console.deliberation.VoteItem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo data of 议事协商: a 逢五说事 platform in most compounds (先锋夜谈 or 楼道议事 in some), a 先锋夜谈 in every
 * community, a year of sessions with their topics and outcomes — the board's matters raised at 逢五说事 or 先锋夜谈
 * come from a topic of a session in their compound — and 义庄公寓's consultation on the fire lane: three rounds,
 * hydraulic bollards paid for by the residents, and the owners' vote under art. 278 item 7 that passed. Deterministic
 * (fixed seed), loaded once after the pairing demo, written with JDBC batches (no audit entries).
 */
@Component
@Profile("demo")
@Order(70)
class DemoDeliberation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDeliberation.class);
    private static final String[][] TOPICS = {
            {"电动车楼道充电隐患", "有住户把电动车推进楼道充电"}, {"小区路灯损坏", "3幢旁路灯坏了半个月"},
            {"垃圾分类投放点异味", "夏天投放点气味大"}, {"楼顶漏水", "顶楼住户反映雨天渗水"},
            {"健身器材老化", "小广场健身器材螺丝松动"}, {"外来车辆乱停", "晚上外来车辆占用车位"},
            {"独居老人助餐", "希望社区食堂能送餐上门"}, {"绿化带被占种菜", "有住户在绿化带种菜"},
            {"高空抛物", "5幢有人从楼上扔垃圾"}, {"快递堆放门口", "快递员把包裹堆在单元门口"},
            {"广场舞噪音", "晚上九点后仍有音响声"}, {"下水道堵塞", "2幢下水道经常反味"}};
    private static final String[] ANSWERS = {"物业当场答应本周内处理", "社区网格员当场说明政策", "党员志愿者认领跟进",
            "业委会当场答复将列入年度计划"};
    private static final String[] RESULTS = {"已维修完毕，居民满意", "已联系城管和物业整改到位", "已张贴告示并入户劝导",
            "已协调施工单位处理完毕"};

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoDeliberation(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM delib_platform", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        long started = System.currentTimeMillis();
        Random random = new Random(20241105L);
        LocalDate today = LocalDate.now(clock);
        Seeded seeded = seed(random, today, 1);
        long yizhuang = yizhuang(random, today);
        log.info("Demo deliberation: {} platforms, {} sessions, {} topics, 义庄公寓 consultation {} ({} ms)",
                seeded.platforms(), seeded.sessions(), seeded.topics(), yizhuang, System.currentTimeMillis() - started);
    }

    record Seeded(int platforms, int sessions, int topics) {
    }

    /** Platforms, a year of sessions and their topics; {@code scale} repeats the sessions (the benchmark's 10×). */
    Seeded seed(Random random, LocalDate today, int scale) {
        List<Object[]> platforms = new ArrayList<>();
        Map<Long, long[]> platformOfCompound = new HashMap<>();
        long platformId = nextId("delib_platform");
        List<Map<String, Object>> compounds = jdbc.queryForList(
                "SELECT id, community_id, town_id, name, address FROM compound ORDER BY id");
        for (Map<String, Object> c : compounds) {
            if (random.nextInt(100) >= 85 && !"义庄公寓".equals(c.get("name"))) {
                continue;
            }
            int pick = random.nextInt(10);
            String kind = pick < 7 || "义庄公寓".equals(c.get("name")) ? "FENGWU" : pick < 9 ? "CORRIDOR" : "COURTYARD";
            String name = c.get("name") + switch (kind) {
                case "FENGWU" -> "逢五说事";
                case "CORRIDOR" -> "楼道议事";
                default -> "院落议事";
            };
            String venue = c.get("address") + (random.nextBoolean() ? " 小区党群服务站" : " 架空层议事角");
            platforms.add(new Object[]{platformId, name, kind, c.get("town_id"), c.get("community_id"), c.get("id"), venue,
                    DemoNames.person(random), kind.equals("FENGWU") ? "FENGWU" : "MONTHLY"});
            platformOfCompound.put(((Number) c.get("id")).longValue(), new long[]{platformId,
                    ((Number) c.get("town_id")).longValue(), ((Number) c.get("community_id")).longValue(),
                    kind.equals("FENGWU") ? 1 : 0});
            platformId++;
        }
        for (Map<String, Object> c : jdbc.queryForList("SELECT id, town_id, name FROM community ORDER BY id")) {
            platforms.add(new Object[]{platformId++, c.get("name") + "先锋夜谈", "PIONEER_NIGHT", c.get("town_id"), c.get("id"),
                    null, c.get("name") + "党群服务中心", DemoNames.person(random), "MONTHLY"});
        }
        jdbc.batchUpdate("INSERT INTO delib_platform (id, name, kind, town_id, community_id, compound_id, venue, host, rhythm) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", platforms);
        List<Object[]> sessions = new ArrayList<>();
        List<Object[]> topics = new ArrayList<>();
        long sessionId = nextId("delib_session");
        long topicId = nextId("delib_topic");
        LocalDate from = today.minusYears(1);
        for (int round = 0; round < scale; round++) {
            for (Map.Entry<Long, long[]> e : platformOfCompound.entrySet()) {
                long[] p = e.getValue();
                List<LocalDate> dates = p[3] == 1 ? Rhythms.next(cn.haitang.console.deliberation.Rhythm.FENGWU, from, 36)
                        : Rhythms.next(cn.haitang.console.deliberation.Rhythm.MONTHLY, from.plusDays(random.nextInt(28)), 12);
                for (LocalDate held : dates) {
                    if (held.isAfter(today) || random.nextInt(10) >= 6) {
                        continue;
                    }
                    sessions.add(new Object[]{sessionId, p[0], p[1], p[2], e.getKey(), held, DemoNames.person(random),
                            8 + random.nextInt(25), 2 + random.nextInt(6), random.nextInt(3), random.nextInt(2),
                            random.nextInt(3), "居民围绕小区环境、停车、安全等事项发言，议定办理意见。"});
                    int count = random.nextInt(3);
                    for (int i = 0; i < count; i++) {
                        topics.add(topic(topicId++, sessionId, p[1], held, today, random));
                    }
                    sessionId++;
                }
            }
        }
        insertSessions(sessions);
        insertTopics(topics);
        int linked = linkBoardMatters(platformOfCompound, today, random);
        return new Seeded(platforms.size(), sessions.size() + linked, topics.size() + linked);
    }

    private Object[] topic(long id, long sessionId, long townId, LocalDate held, LocalDate today, Random random) {
        String[] t = TOPICS[random.nextInt(TOPICS.length)];
        int pick = random.nextInt(100);
        if (pick < 50) {
            return new Object[]{id, sessionId, townId, t[0], t[1], "ON_SPOT", null, ANSWERS[random.nextInt(ANSWERS.length)],
                    held, null};
        }
        if (pick < 92) {
            LocalDate due = held.plusDays(14 + random.nextInt(30));
            boolean done = due.isBefore(today) ? random.nextInt(10) < 9 : random.nextBoolean();
            LocalDate resolved = done ? held.plusDays(3 + random.nextInt(20)) : null;
            if (resolved != null && resolved.isAfter(today)) {
                resolved = today;
            }
            return new Object[]{id, sessionId, townId, t[0], t[1], "COMMUNITY", due,
                    done ? RESULTS[random.nextInt(RESULTS.length)] : null, resolved, null};
        }
        return new Object[]{id, sessionId, townId, t[0], t[1], "NOT_TAKEN", null, null, null,
                "属业主个人事务，已告知居民通过其他渠道解决"};
    }

    /** Every board matter raised at 逢五说事 or 先锋夜谈 in a compound with a platform gets its session and topic. */
    private int linkBoardMatters(Map<Long, long[]> platformOfCompound, LocalDate today, Random random) {
        List<Object[]> sessions = new ArrayList<>();
        List<Object[]> topics = new ArrayList<>();
        long sessionId = nextId("delib_session");
        long topicId = nextId("delib_topic");
        for (Map<String, Object> m : jdbc.queryForList("""
                SELECT id, title, description, compound_id, raised_on FROM matter
                WHERE source IN ('FENGWU', 'PIONEER_NIGHT') AND compound_id IS NOT NULL AND title NOT LIKE '义庄公寓停车难%'
                ORDER BY id""")) {
            long[] p = platformOfCompound.get(((Number) m.get("compound_id")).longValue());
            if (p == null) {
                continue;
            }
            LocalDate raised = ((java.sql.Date) m.get("raised_on")).toLocalDate();
            sessions.add(new Object[]{sessionId, p[0], p[1], p[2], m.get("compound_id"), raised, DemoNames.person(random),
                    10 + random.nextInt(20), 3 + random.nextInt(5), random.nextInt(3), 1, random.nextInt(3),
                    "居民反映的问题较为集中，会议议定发布到“海棠有约”由共建单位揭榜领办。"});
            String title = (String) m.get("title");
            topics.add(new Object[]{topicId++, sessionId, p[1], title.length() > 100 ? title.substring(0, 100) : title,
                    m.get("description") == null ? null : truncate((String) m.get("description"), 1000), "BOARD", null, null,
                    null, null, m.get("id")});
            sessionId++;
        }
        insertSessions(sessions);
        jdbc.batchUpdate("INSERT INTO delib_topic (id, session_id, town_id, title, description, outcome, due_on, result, "
                + "resolved_on, reason, matter_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", topics);
        return topics.size();
    }

    private static String truncate(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max));
    }

    private void insertSessions(List<Object[]> sessions) {
        for (int from = 0; from < sessions.size(); from += 2000) {
            jdbc.batchUpdate("INSERT INTO delib_session (id, platform_id, town_id, community_id, compound_id, held_on, host, "
                    + "residents, party_members, owners_committee, property_company, institutions, minutes) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sessions.subList(from, Math.min(sessions.size(), from + 2000)));
        }
    }

    private void insertTopics(List<Object[]> topics) {
        for (int from = 0; from < topics.size(); from += 2000) {
            jdbc.batchUpdate("INSERT INTO delib_topic (id, session_id, town_id, title, description, outcome, due_on, result, "
                    + "resolved_on, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", topics.subList(from, Math.min(topics.size(), from + 2000)));
        }
    }

    private long nextId(String table) {
        Long max = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class);
        return (max == null ? 0 : max) + 1;
    }

    /**
     * 义庄公寓: the fire lane blocked every night; a 逢五说事 topic escalated to 共商共办, three rounds (community party
     * committee, 城管, 消防, 交警, residents' representatives), the plan of hydraulic bollards at the entrances paid
     * for by the residents, and the owners' vote under art. 278 item 7 (altering the compound's facilities) that
     * passed. Returns the consultation's id (0 when the compound is not in the demo geography).
     */
    long yizhuang(Random random, LocalDate today) {
        List<Map<String, Object>> found = jdbc.queryForList(
                "SELECT id, community_id, town_id FROM compound WHERE name = '义庄公寓' ORDER BY id LIMIT 1");
        if (found.isEmpty()) {
            return 0;
        }
        Map<String, Object> c = found.getFirst();
        String community = jdbc.queryForObject("SELECT name FROM community WHERE id = ?", String.class, c.get("community_id"));
        LocalDate opened = today.minusMonths(5).withDayOfMonth(5);
        jdbc.update("""
                INSERT INTO delib_consultation (title, question, town_id, community_id, compound_id, opened_on, state, plan,
                                               duties, closed_on)
                VALUES (?, ?, ?, ?, ?, ?, 'CLOSED', ?, ?, ?)""", "义庄公寓消防通道治理",
                "义庄公寓为1994年建成的开放式老小区，外来车辆每晚占用消防通道，如何既保障消防通道畅通又兼顾居民停车？",
                c.get("town_id"), c.get("community_id"), c.get("id"), opened,
                "在小区东、西两个出入口安装液压升降柱，居民车辆登记后刷卡通行，外来车辆不再进入；费用由居民自筹，按户分摊；"
                        + "划定消防通道标线并设置禁停标志；制定《义庄公寓停车公约》。",
                "社区党委：牵头组织实施、公示费用；业委会筹备组：收取与公示自筹资金；城管中队：施划标线与禁停标志；"
                        + "消防救援站：验收消防通道；党员志愿者：夜间巡查劝导一个月",
                opened.plusMonths(2).plusDays(10));
        long id = jdbc.queryForObject("SELECT MAX(id) FROM delib_consultation", Long.class);
        String[][] parties = {{"LEAD", community + "党委"}, {"DEPARTMENT", "虞山街道城市管理中队"},
                {"DEPARTMENT", "常熟市消防救援大队虞山消防站"}, {"DEPARTMENT", "常熟市公安局交通警察大队"},
                {"INSTITUTION", "常熟市住房和城乡建设局"}, {"RESIDENTS", "义庄公寓居民代表（7人）"}};
        for (String[] p : parties) {
            jdbc.update("INSERT INTO delib_party (consultation_id, role, name) VALUES (?, ?, ?)", id, p[0], p[1]);
        }
        String[][] rounds = {
                {"社区党委召集各方现场踏勘，确认东、西出入口为外来车辆主要来源，消防通道夜间平均被占用4小时以上。",
                        "方案一：施划标线加夜间巡查；方案二：安装道闸由第三方管理；方案三：安装液压升降柱居民自管",
                        "城管：可施划标线但无法长期值守；消防：通道必须全天畅通；居民代表：倾向自管、费用可以分摊"},
                {"比较三个方案的费用与效果；道闸需要收费管理方，老小区无物业难以落实。",
                        "液压升降柱（两套，约8.6万元）；道闸（约5万元，另需管理费每年3万元）",
                        "交警：升降柱不影响市政道路；住建局：可提供老旧小区改造技术指导；居民代表：同意升降柱方案，须经业主表决"},
                {"形成最终方案，明确费用按户分摊、公示收支，提交业主共同决定。",
                        "液压升降柱居民自筹方案；停车公约草案",
                        "各方一致同意：按《民法典》第二百七十八条提交业主表决（改建附属设施，须四分之三同意）"}};
        for (int i = 0; i < rounds.length; i++) {
            jdbc.update("INSERT INTO delib_round (consultation_id, number, held_on, minutes, options, positions) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", id, i + 1, opened.plusDays(10L + 20L * i), rounds[i][0], rounds[i][1],
                    rounds[i][2]);
        }
        // 312 households; 268 vote (abstentions included), 231 agree
        int owners = 312;
        List<BigDecimal> areas = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < owners; i++) {
            BigDecimal area = BigDecimal.valueOf(5200 + random.nextInt(6400), 2);
            areas.add(area);
            total = total.add(area);
        }
        jdbc.update("UPDATE compound SET exclusive_area = ?, owner_count = ? WHERE id = ?", total, owners, c.get("id"));
        jdbc.update("""
                INSERT INTO delib_vote (consultation_id, town_id, compound_id, item, question, total_area, total_owners, state)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN')""", id, c.get("town_id"), c.get("id"), VoteItem.REBUILD_OR_ALTER.name(),
                "是否同意在小区东、西出入口安装液压升降柱，费用由居民按户自筹？", total, owners);
        long vote = jdbc.queryForObject("SELECT id FROM delib_vote WHERE consultation_id = ?", Long.class, id);
        List<Object[]> ballots = new ArrayList<>();
        BigDecimal participating = BigDecimal.ZERO;
        BigDecimal agreeing = BigDecimal.ZERO;
        for (int i = 0; i < 268; i++) {
            String choice = i < 231 ? "AGREE" : i < 256 ? "DISAGREE" : "ABSTAIN";
            String household = (i / 24 + 1) + "幢" + ((i % 24) / 4 + 1) + "0" + (i % 4 + 1) + "室";
            ballots.add(new Object[]{vote, household, DemoNames.person(random), areas.get(i), choice});
            participating = participating.add(areas.get(i));
            if (i < 231) {
                agreeing = agreeing.add(areas.get(i));
            }
        }
        jdbc.batchUpdate("INSERT INTO delib_ballot (vote_id, household, owner_name, area, choice) VALUES (?, ?, ?, ?, ?)",
                ballots);
        Article278.Result result = Article278.decide(VoteItem.REBUILD_OR_ALTER,
                new Article278.Tally(total, owners, participating, 268, agreeing, 231));
        jdbc.update("""
                UPDATE delib_vote SET state = 'COUNTED', participating_area = ?, participating_owners = ?, agree_area = ?,
                       agree_owners = ?, passed = ?, counted_on = ? WHERE id = ?""", participating, 268, agreeing, 231,
                result.passed(), opened.plusMonths(2).plusDays(5), vote);
        linkYizhuangSession(id, c, opened);
        return id;
    }

    /** The 逢五说事 session where it began: one topic went to the board (the demo matter), one to this consultation. */
    private void linkYizhuangSession(long consultation, Map<String, Object> c, LocalDate opened) {
        List<Long> platform = jdbc.queryForList("SELECT id FROM delib_platform WHERE compound_id = ? AND kind = 'FENGWU'",
                Long.class, c.get("id"));
        if (platform.isEmpty()) {
            return;
        }
        LocalDate held = opened.minusDays(10).withDayOfMonth(25);
        jdbc.update("""
                INSERT INTO delib_session (platform_id, town_id, community_id, compound_id, held_on, host, residents,
                                           party_members, owners_committee, property_company, institutions, minutes)
                VALUES (?, ?, ?, ?, ?, '王建国', 36, 8, 0, 0, 2, ?)""", platform.getFirst(), c.get("town_id"),
                c.get("community_id"), c.get("id"), held,
                "居民集中反映外来车辆夜间占用消防通道、居民夜归无处停车。议定：停车难发布“海棠有约”；消防通道治理提交共商共办。");
        long session = jdbc.queryForObject("SELECT MAX(id) FROM delib_session", Long.class);
        jdbc.update("""
                INSERT INTO delib_topic (session_id, town_id, title, description, outcome, consultation_id)
                VALUES (?, ?, '消防通道夜间被外来车辆占用', '每晚外来车辆停满小区道路，消防车无法通行', 'CONSULTATION', ?)""",
                session, c.get("town_id"), consultation);
        List<Long> matter = jdbc.queryForList("""
                SELECT m.id FROM matter m WHERE m.compound_id = ? AND m.title LIKE '义庄公寓停车难%'
                AND NOT EXISTS (SELECT 1 FROM delib_topic t WHERE t.matter_id = m.id)""", Long.class, c.get("id"));
        if (!matter.isEmpty()) {
            jdbc.update("""
                    INSERT INTO delib_topic (session_id, town_id, title, description, outcome, matter_id)
                    VALUES (?, ?, '义庄公寓停车难', '外来车辆占位，居民夜归无处停车', 'BOARD', ?)""", session, c.get("town_id"),
                    matter.getFirst());
        }
    }
}
