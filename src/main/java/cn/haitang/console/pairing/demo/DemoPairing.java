package cn.haitang.console.pairing.demo;

import cn.haitang.console.base.demo.DemoNames;
import cn.haitang.console.pairing.IdNumbers;
import cn.haitang.console.pairing.MatterState;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
 * The demo data of 共驻共建: Changshu's 85 paired institutions, a year of joint activities, 17,000+
 * in-service party members and 24,000+ volunteers reported to their micro-grids, and 1,300+ key small
 * matters resolved (with a realistic number open at each stage), including the article's parking case
 * at 义庄公寓 and medicine deliveries. Deterministic (fixed seed), loaded once, bulk-inserted with JDBC.
 */
@Component
@Profile("demo")
@Order(50)
class DemoPairing implements ApplicationRunner {

    static final int INSTITUTIONS = 85;
    static final int MEMBERS = 17_400;
    static final int VOLUNTEERS = 24_300;
    static final int WITHDRAWN_MEMBERS = 150;
    static final int WITHDRAWN_VOLUNTEERS = 200;
    static final int CLOSED_MATTERS = 1_320;
    static final int ACCEPTED_MATTERS = 45;
    static final Map<MatterState, Integer> OPEN_MATTERS = Map.of(MatterState.RAISED, 25, MatterState.PUBLISHED, 40,
            MatterState.CLAIMED, 30, MatterState.IN_PROGRESS, 45, MatterState.RESOLVED, 20);

    private static final Logger log = LoggerFactory.getLogger(DemoPairing.class);

    static final String[][] NAMES = {
            // party and government agencies (机关)
            {"AGENCY", "常熟市委组织部", "常熟市委宣传部", "常熟市委政法委员会", "常熟市发展和改革委员会", "常熟市教育局",
                    "常熟市公安局", "常熟市民政局", "常熟市财政局", "常熟市人力资源和社会保障局", "常熟市自然资源和规划局",
                    "常熟市住房和城乡建设局", "常熟市交通运输局", "常熟市水务局", "常熟市农业农村局", "常熟市商务局",
                    "常熟市文化广电和旅游局", "常熟市卫生健康委员会", "常熟市退役军人事务局", "常熟市应急管理局", "常熟市审计局",
                    "常熟市市场监督管理局", "常熟市统计局", "常熟市医疗保障局", "常熟市城市管理局", "常熟市司法局",
                    "常熟市信访局", "常熟市政务服务管理办公室", "常熟市总工会", "共青团常熟市委员会", "常熟市妇女联合会",
                    "常熟市人民法院", "常熟市人民检察院", "常熟市消防救援大队", "国家税务总局常熟市税务局", "苏州市常熟生态环境局"},
            // public institutions (事业单位)
            {"PUBLIC_INSTITUTION", "常熟市第一人民医院", "常熟市第二人民医院", "常熟市中医院", "常熟市妇幼保健院",
                    "常熟市疾病预防控制中心", "常熟理工学院", "江苏省常熟中学", "常熟市外国语学校", "常熟市石梅小学",
                    "常熟市图书馆", "常熟博物馆", "常熟市广播电视总台", "常熟市公共资源交易中心", "苏州市住房公积金管理中心常熟分中心",
                    "常熟市社会福利中心"},
            // state-owned enterprises (国有企业)
            {"STATE_ENTERPRISE", "常熟市发展投资有限公司", "常熟市城市经营投资有限公司", "常熟市交通产业投资集团有限公司",
                    "常熟市水务投资发展有限公司", "江苏常熟农村商业银行", "国网江苏省电力有限公司常熟市供电分公司",
                    "中国移动通信集团江苏有限公司常熟分公司", "中国电信股份有限公司常熟分公司", "常熟市公共交通有限公司",
                    "常熟港华燃气有限公司", "中国银行常熟分行", "中国工商银行常熟分行", "江苏常熟发电有限公司",
                    "常熟市国有资产经营有限公司", "常熟市文化旅游发展集团有限公司"},
            // private enterprises (民营企业)
            {"PRIVATE_ENTERPRISE", "波司登股份有限公司", "隆力奇集团有限公司", "梦兰集团有限公司", "江苏白雪电器股份有限公司",
                    "常熟开关制造有限公司", "中利集团有限公司", "江苏通润装备科技股份有限公司", "江苏龙腾特钢股份有限公司",
                    "江苏天常复合材料股份有限公司", "常熟风范电力设备股份有限公司", "常熟华发房地产开发有限公司",
                    "江苏东方物业管理有限公司"},
            // social organisations (社会组织)
            {"SOCIAL_ORGANISATION", "常熟市慈善总会", "常熟市红十字会", "常熟市志愿者协会", "常熟市义工联合会",
                    "常熟市老年协会", "常熟市社会工作协会", "常熟市青年商会", "常熟市蓝天救援队"}};

    static final String[] SERVICES = {"政策宣讲", "助老敬老", "消防安全", "环境整治", "医疗义诊", "法律咨询", "文明创建",
            "停车治理", "送药上门", "助学帮困", "垃圾分类", "治安巡防"};
    static final String[] SKILLS = {"医疗", "法律", "教育", "水电维修", "心理咨询", "文艺", "摄影", "信息技术", "财会",
            "驾驶", "烹饪", "养老护理"};
    private static final String[] DOINGS = {"入户走访独居老人并测量血压", "清理楼道堆积杂物", "排查电动车违规充电隐患",
            "为居民讲解垃圾分类", "修剪小区绿化并清运垃圾", "开展防诈骗宣传", "为老人理发和维修小家电", "检查消防通道与灭火器",
            "清理小区牛皮癣小广告", "为困难家庭送去慰问品"};

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoPairing(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM institution", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        long started = System.currentTimeMillis();
        Random random = new Random(20241020L);
        LocalDate today = LocalDate.now(clock);
        insertInstitutionsAndPairings(random, today);
        World world = World.load(jdbc);
        long t1 = System.currentTimeMillis();
        int activities = insertActivities(world, random, today, 0, 1);
        long t2 = System.currentTimeMillis();
        int reports = insertReports(world, random, today, 0, MEMBERS, VOLUNTEERS, WITHDRAWN_MEMBERS, WITHDRAWN_VOLUNTEERS);
        long t3 = System.currentTimeMillis();
        int matters = insertMatters(world, random, today, 1);
        long t4 = System.currentTimeMillis();
        log.info("Demo pairing: {} institutions, {} activities ({} ms), {} reports ({} ms), {} matters ({} ms); {} ms in all",
                INSTITUTIONS, activities, t2 - t1, reports, t3 - t2, matters, t4 - t3, t4 - started);
    }

    private void insertInstitutionsAndPairings(Random random, LocalDate today) {
        List<Object[]> rows = new ArrayList<>();
        for (String[] group : NAMES) {
            for (int i = 1; i < group.length; i++) {
                String name = group[i];
                String kind = group[0];
                String party = switch (kind) {
                    case "AGENCY" -> "中共" + name + "机关委员会";
                    case "SOCIAL_ORGANISATION" -> "中共" + name + "支部委员会";
                    default -> "中共" + name + "委员会";
                };
                int members = switch (kind) {
                    case "AGENCY" -> 120 + random.nextInt(260);
                    case "PUBLIC_INSTITUTION" -> 150 + random.nextInt(400);
                    case "STATE_ENTERPRISE" -> 180 + random.nextInt(300);
                    case "PRIVATE_ENTERPRISE" -> 80 + random.nextInt(200);
                    default -> 20 + random.nextInt(40);
                };
                rows.add(new Object[] {name, kind, party, DemoNames.person(random), DemoNames.mobile(random), members});
            }
        }
        BulkInsert.insert(jdbc, "institution", "name, kind, party_organisation, contact_person, contact_phone, in_service_members",
                rows);
        List<Long> institutions = jdbc.queryForList("SELECT id FROM institution ORDER BY id", Long.class);
        List<Long> towns = jdbc.queryForList("SELECT id FROM town ORDER BY sort_order", Long.class);
        Map<Long, List<Long>> communities = new HashMap<>();
        jdbc.query("SELECT id, town_id FROM community ORDER BY id",
                rs -> {
                    communities.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getLong(1));
                });
        List<Object[]> pairingRows = new ArrayList<>();
        for (int i = 0; i < institutions.size(); i++) {
            long town = towns.get(i % towns.size());
            Set<String> services = new LinkedHashSet<>();
            while (services.size() < 3) {
                services.add(SERVICES[random.nextInt(SERVICES.length)]);
            }
            pairingRows.add(new Object[] {institutions.get(i), town, today.minusMonths(14 + random.nextInt(20)).withDayOfMonth(1),
                    "ACTIVE", String.join("、", services), 5 + random.nextInt(20)});
        }
        BulkInsert.insert(jdbc, "pairing", "institution_id, town_id, start_date, status, services, service_day", pairingRows);
        // one institution changed towns a while ago: its ended pairing stays as history
        long first = institutions.getFirst();
        jdbc.update("INSERT INTO pairing (institution_id, town_id, start_date, end_date, status, services, service_day)"
                        + " VALUES (?, ?, ?, ?, 'ENDED', '政策宣讲、助老敬老', 10)", first, towns.get(5),
                today.minusYears(4).withDayOfMonth(1), today.minusYears(2).withDayOfMonth(28));
        List<Object[]> links = new ArrayList<>();
        Map<Long, Integer> nextCommunity = new HashMap<>();
        jdbc.query("SELECT id, town_id FROM pairing WHERE status = 'ACTIVE' ORDER BY id", rs -> {
            List<Long> candidates = communities.get(rs.getLong(2));
            int count = Math.min(candidates.size(), 1 + random.nextInt(3));
            int start = nextCommunity.merge(rs.getLong(2), count, Integer::sum) - count;
            for (int c = 0; c < count; c++) {
                links.add(new Object[] {rs.getLong(1), candidates.get((start + c) % candidates.size())});
            }
        });
        BulkInsert.insert(jdbc, "pairing_community", "pairing_id, community_id", links);
    }

    /** Geography and pairings, loaded once for generating rows. */
    record World(List<long[]> pairings, List<long[]> grids, Map<Long, List<Long>> compoundsByCommunity,
                 Map<Long, List<Long>> institutionsByTown, List<Long> institutions, Map<Long, Integer> inService,
                 long unifiedType, List<Long> otherTypes, Map<Long, List<Long>> communitiesByTown,
                 Map<Long, Long> communityOfCompound) {

        static World load(JdbcTemplate jdbc) {
            List<long[]> pairings = new ArrayList<>();
            jdbc.query("""
                    SELECT p.id, p.institution_id, p.town_id, pc.community_id, p.service_day FROM pairing p
                    JOIN pairing_community pc ON pc.pairing_id = p.id WHERE p.status = 'ACTIVE' ORDER BY p.id, pc.community_id""",
                    rs -> {
                        pairings.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                    });
            List<long[]> grids = new ArrayList<>();
            jdbc.query("SELECT g.id, g.compound_id, cp.community_id, g.town_id FROM micro_grid g"
                    + " JOIN compound cp ON cp.id = g.compound_id ORDER BY g.id", rs -> {
                grids.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)});
            });
            Map<Long, List<Long>> compounds = new HashMap<>();
            Map<Long, Long> communityOfCompound = new HashMap<>();
            jdbc.query("SELECT id, community_id FROM compound ORDER BY id", rs -> {
                compounds.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getLong(1));
                communityOfCompound.put(rs.getLong(1), rs.getLong(2));
            });
            Map<Long, List<Long>> byTown = new HashMap<>();
            jdbc.query("SELECT institution_id, town_id FROM pairing WHERE status = 'ACTIVE' ORDER BY institution_id", rs -> {
                byTown.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getLong(1));
            });
            Map<Long, Integer> inService = new HashMap<>();
            List<Long> institutions = new ArrayList<>();
            jdbc.query("SELECT id, in_service_members FROM institution ORDER BY id", rs -> {
                institutions.add(rs.getLong(1));
                inService.put(rs.getLong(1), rs.getInt(2));
            });
            long unified = jdbc.queryForObject("SELECT MIN(id) FROM activity_type WHERE unified_day", Long.class);
            List<Long> others = jdbc.queryForList("SELECT id FROM activity_type WHERE NOT unified_day ORDER BY id", Long.class);
            Map<Long, List<Long>> communitiesByTown = new HashMap<>();
            jdbc.query("SELECT id, town_id FROM community ORDER BY id", rs -> {
                communitiesByTown.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getLong(1));
            });
            return new World(pairings, grids, compounds, byTown, institutions, inService, unified, others, communitiesByTown,
                    communityOfCompound);
        }
    }

    /**
     * A year of activities: each pairing's unified service day in most months (the current month only
     * once its day has passed) and about nine other activities a month. {@code scale} multiplies the
     * other activities (the benchmark's 10×).
     */
    int insertActivities(World world, Random random, LocalDate today, int round, int scale) {
        List<Object[]> rows = new ArrayList<>();
        Map<Long, long[]> firstLinkOfPairing = new HashMap<>();
        Map<Long, List<long[]>> linksOfPairing = new HashMap<>();
        for (long[] p : world.pairings()) {
            firstLinkOfPairing.putIfAbsent(p[0], p);
            linksOfPairing.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p);
        }
        for (int back = 12; back >= 0; back--) {
            LocalDate month = today.minusMonths(back).withDayOfMonth(1);
            for (Map.Entry<Long, List<long[]>> entry : linksOfPairing.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                List<long[]> links = entry.getValue();
                long[] p = links.getFirst();
                LocalDate serviceDay = month.withDayOfMonth((int) p[4]);
                if (round == 0 && !serviceDay.isAfter(today) && random.nextInt(100) < 88) {
                    long[] link = links.get(random.nextInt(links.size()));
                    rows.add(activity(world, random, link, world.unifiedType(), serviceDay));
                }
                int others = (random.nextInt(9) + 4) * scale;
                for (int i = 0; i < others; i++) {
                    LocalDate day = month.plusDays(random.nextInt(month.lengthOfMonth()));
                    if (day.isAfter(today)) {
                        continue;
                    }
                    long[] link = links.get(random.nextInt(links.size()));
                    rows.add(activity(world, random, link, world.otherTypes().get(random.nextInt(world.otherTypes().size())), day));
                }
            }
        }
        rows.sort((a, b) -> ((LocalDate) a[5]).compareTo((LocalDate) b[5]));
        BulkInsert.insert(jdbc, "activity", "institution_id, town_id, community_id, compound_id, type_id, activity_date,"
                + " participants, hours, description", rows);
        return rows.size();
    }

    private static Object[] activity(World world, Random random, long[] link, long type, LocalDate day) {
        List<Long> compounds = world.compoundsByCommunity().getOrDefault(link[3], List.of());
        Long compound = compounds.isEmpty() || random.nextInt(3) == 0 ? null : compounds.get(random.nextInt(compounds.size()));
        int participants = 5 + random.nextInt(40);
        BigDecimal hours = BigDecimal.valueOf(2 + random.nextInt(5)).add(random.nextBoolean() ? new BigDecimal("0.5") : BigDecimal.ZERO);
        return new Object[] {link[1], link[2], link[3], compound, type, day, participants, hours,
                DOINGS[random.nextInt(DOINGS.length)] + "，" + participants + "人参加"};
    }

    /**
     * Members (spread over institutions by their in-service members) and volunteers, each reported to a
     * micro-grid; a few moved (history kept) and a few withdrawn. {@code round} keeps ID numbers unique
     * across the benchmark's extra rounds.
     */
    int insertReports(World world, Random random, LocalDate today, int round, int members, int volunteers,
                      int withdrawnMembers, int withdrawnVolunteers) {
        List<Object[]> rows = new ArrayList<>(members + volunteers);
        long totalInService = world.inService().values().stream().mapToLong(Integer::longValue).sum();
        List<Long> weighted = new ArrayList<>();
        for (long id : world.institutions()) {
            int share = (int) Math.round((double) world.inService().get(id) * members / totalInService * 0.93);
            for (int i = 0; i < share; i++) {
                weighted.add(id);
            }
        }
        int index = round * 100_000;
        for (int i = 0; i < members + volunteers; i++) {
            boolean member = i < members;
            long[] grid = world.grids().get(random.nextInt(world.grids().size()));
            Long institution = member ? (i < weighted.size() ? weighted.get(i)
                    : world.institutions().get(random.nextInt(world.institutions().size()))) : null;
            boolean withdrawn = member ? i % 116 == 5 && i / 116 < withdrawnMembers
                    : (i - members) % 121 == 5 && (i - members) / 121 < withdrawnVolunteers;
            String skills = random.nextInt(3) == 0 ? null : SKILLS[random.nextInt(SKILLS.length)];
            rows.add(new Object[] {member ? "MEMBER" : "VOLUNTEER", DemoNames.person(random), idNumber(index++, random),
                    DemoNames.mobile(random), institution, skills, grid[0], grid[1], grid[2], grid[3],
                    today.minusDays(random.nextInt(900) + 1), withdrawn ? "WITHDRAWN" : "ACTIVE"});
        }
        BulkInsert.insert(jdbc, "grid_report", "kind, name, id_number, phone, institution_id, skills, grid_id, compound_id,"
                + " community_id, town_id, reported_on, status", rows);
        if (round == 0) {
            // Each institution declared more in-service members than reported: report rates of 82–99 %.
            jdbc.update("""
                    UPDATE institution i SET in_service_members = CEIL((SELECT COUNT(*) FROM grid_report r
                      WHERE r.institution_id = i.id AND r.kind = 'MEMBER' AND r.status = 'ACTIVE') / (0.82 + MOD(i.id * 37, 18) / 100))""");
            // 1 in 60 moved once: their earlier grid is kept as history
            List<Object[]> moves = new ArrayList<>();
            jdbc.query("SELECT id, reported_on FROM grid_report WHERE MOD(id, 60) = 0 ORDER BY id", rs -> {
                long[] grid = world.grids().get(random.nextInt(world.grids().size()));
                LocalDate reported = rs.getDate(2).toLocalDate();
                moves.add(new Object[] {rs.getLong(1), grid[0], grid[3], reported.minusYears(2), reported});
            });
            BulkInsert.insert(jdbc, "grid_report_move", "report_id, grid_id, town_id, from_date, to_date", moves);
        }
        return rows.size();
    }

    /** A valid 18-character ID number of a Changshu resident (320581), unique for each index. */
    static String idNumber(int index, @Nullable Random random) {
        int days = 21_900;
        int day = (int) ((long) index * 7919 % days);
        int sequence = index / days;
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(day);
        String first17 = "320581" + birth.toString().replace("-", "") + String.format("%03d", sequence);
        return first17 + IdNumbers.checkCharacter(first17);
    }

    /** Matters in every state with their claims and timelines; {@code scale} multiplies the counts. */
    int insertMatters(World world, Random random, LocalDate today, int scale) {
        long yushan = jdbc.queryForObject("SELECT id FROM town WHERE code = 'yushan'", Long.class);
        List<Long> yizhuang = jdbc.queryForList("SELECT id FROM compound WHERE name = '义庄公寓'", Long.class);
        List<MatterSeed> seeds = new ArrayList<>();
        if (scale == 1 && !yizhuang.isEmpty()) {
            long compound = yizhuang.getFirst();
            seeds.add(new MatterSeed("义庄公寓停车难：外来车辆占位，居民夜归无处停车",
                    "义庄公寓为1994年建成的开放式老小区，无物业，外来车辆长期占用小区道路，消防通道被堵，居民在逢五说事上集中反映。",
                    "PARKING", "FENGWU", yushan, world.communityOfCompound().get(compound), compound, MatterState.CLOSED,
                    "居民自筹资金在小区出入口安装液压升降柱，党员志愿者协助制定停车公约，外来车辆不再进入，消防通道恢复畅通。",
                    "升降柱安装照片、居民自筹资金公示、停车公约签字表"));
        }
        int counter = 0;
        for (MatterState state : MatterState.values()) {
            int count = switch (state) {
                case CLOSED -> CLOSED_MATTERS;
                case ACCEPTED -> ACCEPTED_MATTERS;
                default -> OPEN_MATTERS.get(state);
            } * scale;
            for (int i = 0; i < count; i++) {
                long[] grid = world.grids().get(random.nextInt(world.grids().size()));
                MatterTemplate t = TEMPLATES[(counter++) % TEMPLATES.length];
                seeds.add(new MatterSeed(t.title(), t.description(), t.category(),
                        SOURCES[random.nextInt(SOURCES.length)], grid[3], grid[2], random.nextInt(4) == 0 ? null : grid[1],
                        state, state.ordinal() >= MatterState.RESOLVED.ordinal() ? t.resolution() : null,
                        state.ordinal() >= MatterState.RESOLVED.ordinal() ? "现场照片、居民签字确认单" : null));
            }
        }
        long firstId = nextId("matter");
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> claimRows = new ArrayList<>();
        List<Object[]> stepRows = new ArrayList<>();
        long id = firstId;
        for (MatterSeed s : seeds) {
            int ageDays = s.state() == MatterState.CLOSED ? 20 + random.nextInt(340) : random.nextInt(60);
            LocalDate raised = today.minusDays(ageDays + 25);
            LocalDate published = s.state() == MatterState.RAISED ? null : raised.plusDays(1 + random.nextInt(4));
            LocalDate claimed = s.state().ordinal() >= MatterState.CLAIMED.ordinal() ? published.plusDays(random.nextInt(9)) : null;
            LocalDate started = s.state().ordinal() >= MatterState.IN_PROGRESS.ordinal() ? claimed.plusDays(random.nextInt(3)) : null;
            LocalDate resolved = s.state().ordinal() >= MatterState.RESOLVED.ordinal() ? started.plusDays(2 + random.nextInt(16)) : null;
            LocalDate accepted = s.state().ordinal() >= MatterState.ACCEPTED.ordinal() ? resolved.plusDays(random.nextInt(4)) : null;
            LocalDate closed = s.state() == MatterState.CLOSED ? accepted.plusDays(random.nextInt(3)) : null;
            boolean reopened = resolved != null && random.nextInt(25) == 0;
            rows.add(new Object[] {s.title(), s.description(), s.category(), s.source(), s.townId(), s.communityId(),
                    s.compoundId(), raised, s.state().name(), published, claimed, resolved, closed, s.resolution(),
                    s.evidence(), reopened ? 1 : 0});
            String actor = "admin";
            stepRows.add(step(id, null, MatterState.RAISED, actor, raised, null));
            if (published != null) {
                stepRows.add(step(id, MatterState.RAISED, MatterState.PUBLISHED, actor, published, null));
            }
            if (claimed != null) {
                List<Long> candidates = world.institutionsByTown().getOrDefault(s.townId(), world.institutions());
                int claimants = random.nextInt(4) == 0 ? 2 : 1;
                Set<Long> chosen = new LinkedHashSet<>();
                while (chosen.size() < Math.min(claimants, candidates.size())) {
                    chosen.add(candidates.get(random.nextInt(candidates.size())));
                }
                for (long institution : chosen) {
                    claimRows.add(new Object[] {id, institution, claimed});
                }
                stepRows.add(step(id, MatterState.PUBLISHED, MatterState.CLAIMED, actor, claimed, null));
            }
            if (started != null) {
                stepRows.add(step(id, MatterState.CLAIMED, MatterState.IN_PROGRESS, actor, started, null));
            }
            if (resolved != null) {
                if (reopened) {
                    LocalDate first = started.plusDays(1);
                    stepRows.add(step(id, MatterState.IN_PROGRESS, MatterState.RESOLVED, actor, first, "初步处理"));
                    stepRows.add(step(id, MatterState.RESOLVED, MatterState.IN_PROGRESS, actor, first, "居民代表反映问题仍未解决"));
                }
                stepRows.add(step(id, MatterState.IN_PROGRESS, MatterState.RESOLVED, actor, resolved, s.resolution()));
            }
            if (accepted != null) {
                stepRows.add(step(id, MatterState.RESOLVED, MatterState.ACCEPTED, actor, accepted, "居民代表验收通过"));
            }
            if (closed != null) {
                stepRows.add(step(id, MatterState.ACCEPTED, MatterState.CLOSED, actor, closed, null));
            }
            id++;
        }
        BulkInsert.insert(jdbc, "matter", "title, description, category, source, town_id, community_id, compound_id, raised_on,"
                + " state, published_on, claimed_on, resolved_on, closed_on, resolution, evidence, reopen_count", rows);
        Long check = jdbc.queryForObject("SELECT MIN(id) FROM matter WHERE id >= ?", Long.class, firstId);
        if (check == null || check != firstId) {
            throw new IllegalStateException("matter ids are not consecutive from " + firstId);
        }
        BulkInsert.insert(jdbc, "matter_claim", "matter_id, institution_id, claimed_on", claimRows);
        BulkInsert.insert(jdbc, "matter_step", "matter_id, from_state, to_state, actor, occurred_at, note", stepRows);
        return rows.size();
    }

    private long nextId(String table) {
        Long max = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class);
        return max + 1;
    }

    private Object[] step(long matterId, @Nullable MatterState from, MatterState to, String actor, LocalDate on,
                          @Nullable String note) {
        Timestamp at = Timestamp.from(LocalDateTime.of(on, java.time.LocalTime.of(9, 0).plusMinutes(to.ordinal() * 7L))
                .atZone(clock.getZone()).toInstant());
        return new Object[] {matterId, from == null ? null : from.name(), to.name(), actor, at, note};
    }

    private record MatterSeed(String title, String description, String category, String source, long townId,
                              long communityId, @Nullable Long compoundId, MatterState state, @Nullable String resolution,
                              @Nullable String evidence) {
    }

    private record MatterTemplate(String title, String description, String category, String resolution) {
    }

    private static final String[] SOURCES = {"FENGWU", "PIONEER_NIGHT", "RESIDENT", "GRID_WORKER"};

    private static final MatterTemplate[] TEMPLATES = {
            new MatterTemplate("独居老人配药难，希望定期送药上门", "小区多位独居高龄老人行动不便，慢性病药品需每月到医院配取。",
                    "MEDICINE", "结对医院党员志愿者每月固定日收集处方，到医院代配药品并送药上门。"),
            new MatterTemplate("慢病老人长处方续药不便", "老人反映社区卫生站药品不全，需跑市区医院续方。", "MEDICINE",
                    "协调社区卫生服务站开通长处方，结对单位志愿者送药到家。"),
            new MatterTemplate("夜间车辆乱停占用消防通道", "晚上外来车辆停在消防通道，存在安全隐患。", "PARKING",
                    "施划消防通道标线，党员志愿者夜间劝导，设置临时停车点。"),
            new MatterTemplate("小区停车位不足，电动车无处充电", "电动车飞线充电现象多，居民希望增设充电桩。", "PARKING",
                    "结对国企出资安装集中充电桩24个，飞线充电清零。"),
            new MatterTemplate("老年人助餐点离家太远", "高龄老人希望就近用餐。", "AGEING_CARE",
                    "在小区党群服务站开设老年助餐点，结对企业补贴餐费。"),
            new MatterTemplate("楼道缺少扶手，老人上下楼困难", "老小区无电梯，老人上下楼易摔倒。", "AGEING_CARE",
                    "结对单位出资为12个单元楼道加装扶手。"),
            new MatterTemplate("河道垃圾漂浮，异味明显", "小区旁河道有垃圾漂浮，夏季异味大。", "ENVIRONMENT",
                    "联系水务部门清理河道，结对单位每月开展净美家园行动。"),
            new MatterTemplate("绿化带被种菜，环境脏乱", "部分居民毁绿种菜，影响环境。", "ENVIRONMENT",
                    "党员中心户上门劝导，恢复绿化并建立共管机制。"),
            new MatterTemplate("楼道堆放杂物存在火灾隐患", "多个楼道堆放纸箱和旧家具。", "SAFETY",
                    "消防安全排查时清理楼道杂物，张贴安全提示。"),
            new MatterTemplate("路灯损坏，夜间出行不安全", "小区主干道多盏路灯不亮。", "SAFETY",
                    "结对供电公司党员志愿者检修更换路灯18盏。"),
            new MatterTemplate("健身器材老化需要更换", "广场健身器材锈蚀，存在安全隐患。", "FACILITIES",
                    "结对企业捐资更换健身器材一套。"),
            new MatterTemplate("小区门口道路坑洼积水", "雨后积水严重，老人出行不便。", "FACILITIES",
                    "协调住建部门修补路面，疏通排水管道。")};
}
