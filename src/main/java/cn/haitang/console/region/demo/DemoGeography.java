package cn.haitang.console.region.demo;

import cn.haitang.console.base.demo.DemoNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
 * The demo geography of Changshu: 14 towns/streets, their communities, exactly 506 residential
 * compounds (500 of them required to form an owners' committee) and their micro-grids. Deterministic
 * (a fixed seed) and loaded once; bulk-inserted with JDBC, so seeding writes no audit entries.
 */
@Component
@Profile("demo")
@Order(20)
public class DemoGeography implements ApplicationRunner {

    public static final int COMPOUNDS = 506;
    private static final Logger log = LoggerFactory.getLogger(DemoGeography.class);

    /** Compounds per town/street (by town code): streets are denser than towns. Sums to 506. */
    static final Map<String, Integer> COMPOUNDS_PER_TOWN = Map.ofEntries(
            Map.entry("yushan", 80), Map.entry("changfu", 55), Map.entry("qinchuan", 60), Map.entry("mocheng", 35),
            Map.entry("bixi", 30), Map.entry("dongnan", 40), Map.entry("meili", 28), Map.entry("haiyu", 30),
            Map.entry("guli", 28), Map.entry("shajiabang", 22), Map.entry("zhitang", 24), Map.entry("dongbang", 18),
            Map.entry("xinzhuang", 32), Map.entry("shanghu", 24));

    private static final String[] COMMUNITY_NAMES = {"枫林", "星湖", "琴湖", "言里", "北门", "南泾", "湖苑", "兴隆",
            "金沙", "报慈", "菱塘", "新颜", "常福", "漕泾", "元和", "东泾", "西泾", "海滨", "泰安", "石桥", "虹桥", "永安",
            "长江", "海城", "新港", "东张", "北港", "金桥", "阳光", "福山", "花溪", "红枫", "琴南", "书院", "方塔", "青墩",
            "翁庄", "锦丰", "芙蓉", "梅园", "桃源", "柳塘", "荷花", "迎春", "平安", "繁华", "富民", "安定", "团结", "和睦"};
    private static final String[] COMPOUND_PREFIX = {"海棠", "虞景", "琴川", "尚湖", "枫林", "锦绣", "翠竹", "金色",
            "阳光", "东湖", "世纪", "和平", "新城", "滨江", "碧水", "蓝天", "书香", "湖畔", "绿洲", "星辰", "御景", "紫薇",
            "丽都", "华府", "名仕", "香樟", "玉兰", "银杏", "梧桐", "春晖", "嘉和", "泰和", "怡景", "康乐", "福瑞", "安居"};
    private static final String[] COMPOUND_SUFFIX = {"花园", "新村", "苑", "家园", "雅苑", "名邸", "公寓", "小区",
            "华庭", "府", "佳苑", "城"};
    private static final String[] ROADS = {"海虞北路", "虞山北路", "琴川路", "黄河路", "衡山路", "珠江路", "湘江路",
            "青墩塘路", "东南大道", "世纪大道", "新颜路", "金沙江路", "长江路", "通港路", "富春江路", "枫林路"};

    private final JdbcTemplate jdbc;

    DemoGeography(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM compound", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        long started = System.currentTimeMillis();
        Random random = new Random(20241001L);
        List<Map<String, Object>> towns = jdbc.queryForList("SELECT id, code FROM town ORDER BY sort_order");
        int compoundIndex = 0;
        int exemptions = 0;
        for (Map<String, Object> town : towns) {
            long townId = ((Number) town.get("id")).longValue();
            String code = (String) town.get("code");
            int compounds = COMPOUNDS_PER_TOWN.get(code);
            List<Long> communities = insertCommunities(townId, code, compounds / 5 + 1, random);
            Set<String> usedNames = new HashSet<>();
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < compounds; i++) {
                compoundIndex++;
                long communityId = communities.get(i % communities.size());
                String name = specialName(code, i);
                if (name == null) {
                    do {
                        name = COMPOUND_PREFIX[random.nextInt(COMPOUND_PREFIX.length)]
                                + COMPOUND_SUFFIX[random.nextInt(COMPOUND_SUFFIX.length)];
                        if (usedNames.contains(name)) {
                            name = name + (2 + random.nextInt(3)) + "期";
                        }
                    } while (usedNames.contains(name));
                }
                usedNames.add(name);
                boolean yizhuang = "义庄公寓".equals(name);
                int year = yizhuang ? 1994 : 1985 + random.nextInt(38);
                int buildings = yizhuang ? 12 : 4 + random.nextInt(36);
                int households = yizhuang ? 456 : buildings * (24 + random.nextInt(56));
                boolean gated = !yizhuang && (year >= 2000 || random.nextInt(3) > 0);
                int modeDraw = random.nextInt(100);
                String mode = yizhuang ? "SELF_MANAGED" : modeDraw < 85 ? "PROPERTY_COMPANY" : modeDraw < 95 ? "SELF_MANAGED" : "NONE";
                if ("城市之光小区".equals(name)) {
                    mode = "PROPERTY_COMPANY"; // the article's turnaround is a property company's
                }
                // 6 of the 506 need not form an owners' committee: 3 managed by their work unit, 3 awaiting demolition.
                String exemption = null;
                if (compoundIndex % 84 == 42 && exemptions < 6) {
                    exemption = exemptions % 2 == 0 ? "单位自管" : "待拆迁";
                    exemptions++;
                }
                String address = ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(399)) + "号";
                rows.add(new Object[] {communityId, townId, name, address, year, buildings, households, gated, mode,
                        exemption == null, exemption});
            }
            jdbc.batchUpdate("""
                    INSERT INTO compound (community_id, town_id, name, address, year_built, buildings, households, gated,
                                          management_mode, committee_required, committee_exemption)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        }
        insertMicroGrids(random);
        log.info("Demo geography: {} towns, {} communities, {} compounds, {} micro-grids in {} ms", towns.size(),
                count("community"), count("compound"), count("micro_grid"), System.currentTimeMillis() - started);
    }

    private List<Long> insertCommunities(long townId, String code, int count, Random random) {
        List<String> names = new ArrayList<>();
        if ("yushan".equals(code)) {
            names.add("张坝社区");
        }
        int offset = random.nextInt(COMMUNITY_NAMES.length);
        for (int i = 0; names.size() < count; i++) {
            String name = COMMUNITY_NAMES[(offset + i * 7) % COMMUNITY_NAMES.length] + "社区";
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        jdbc.batchUpdate("INSERT INTO community (town_id, name) VALUES (?, ?)",
                names.stream().map(n -> new Object[] {townId, n}).toList());
        return jdbc.queryForList("SELECT id FROM community WHERE town_id = ? ORDER BY id", Long.class, townId);
    }

    /** The article's own places keep their names: 义庄公寓 in 张坝社区 and 城市之光小区, both in 虞山街道. */
    private static String specialName(String townCode, int index) {
        if (!"yushan".equals(townCode)) {
            return null;
        }
        return switch (index) {
            case 0 -> "义庄公寓";
            case 1 -> "城市之光小区";
            default -> null;
        };
    }

    private void insertMicroGrids(Random random) {
        List<Object[]> rows = new ArrayList<>();
        jdbc.query("SELECT id, town_id, households FROM compound ORDER BY id", rs -> {
            int households = rs.getInt("households");
            int grids = Math.max(1, Math.round(households / 150f));
            int perGrid = households / grids;
            for (int g = 1; g <= grids; g++) {
                rows.add(new Object[] {rs.getLong("id"), rs.getLong("town_id"), "第" + g + "网格",
                        DemoNames.person(random), g == grids ? households - perGrid * (grids - 1) : perGrid});
            }
        });
        jdbc.batchUpdate("INSERT INTO micro_grid (compound_id, town_id, name, grid_worker, households) VALUES (?, ?, ?, ?, ?)",
                rows);
    }

    private int count(String table) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
        return n == null ? 0 : n;
    }
}
