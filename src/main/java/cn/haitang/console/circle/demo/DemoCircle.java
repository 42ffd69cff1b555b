package cn.haitang.console.circle.demo;

import cn.haitang.console.base.demo.DemoNames;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
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
 * The demo data of the "1510" service circle: a party-mass service centre in every community (most open
 * late on weekdays, many used off-peak at weekends), 1510 stations, open spaces and corridors, rooms lent
 * by paired institutions; 291 happiness scenes on them (张坝社区's evening class with its calligraphy and
 * homework sessions, shared canteens, the 海棠铺子 farm-produce train, the old-age university at the
 * doorstep…); and a year of sessions adding up to about 120,000 person-times, served by volunteers and
 * in-service members reported to each community. Deterministic (fixed seed), loaded once, after pairing.
 */
@Component
@Profile("demo")
@Order(70)
public class DemoCircle implements ApplicationRunner {

    public static final int SCENES = 291;
    public static final long PERSON_TIMES = 120_000;

    private static final Logger log = LoggerFactory.getLogger(DemoCircle.class);

    /** Scene templates per type (in the order of changeset 020's list): name pattern, groups, capacity, schedule, length. */
    private record Template(String type, String name, boolean elderly, boolean children, boolean special, boolean all,
                            int capacity, String schedule, LocalTime start, int minutes) {
    }

    private static final Template[] TEMPLATES = {
            new Template("青少年公益课堂", "{c}青少年公益课堂", false, true, false, false, 30, "每周六 9:00–11:00",
                    LocalTime.of(9, 0), 120),
            new Template("社区共享食堂", "{c}共享食堂", true, false, true, false, 60, "每天 11:00–12:30",
                    LocalTime.of(11, 0), 90),
            new Template("农蔬直通车", "海棠铺子·农蔬直通车（{c}站）", false, false, false, true, 80, "每周二、五 7:00–9:00",
                    LocalTime.of(7, 0), 120),
            new Template("家门口的老年大学", "家门口的老年大学·{c}教学点", true, false, false, false, 40, "每周三 14:00–16:00",
                    LocalTime.of(14, 0), 120),
            new Template("社区夜课堂", "{c}夜课堂", false, true, false, false, 25, "工作日 19:00–20:30",
                    LocalTime.of(19, 0), 90),
            new Template("四点半课堂", "{c}四点半课堂", false, true, false, false, 30, "工作日 16:30–18:00",
                    LocalTime.of(16, 30), 90),
            new Template("助老助餐", "{c}助老助餐点", true, false, true, false, 40, "每天 11:00–12:00", LocalTime.of(11, 0), 60),
            new Template("健康义诊", "{c}健康义诊", true, false, true, false, 50, "每月第一个周六 8:30–11:00",
                    LocalTime.of(8, 30), 150),
            new Template("法律咨询", "{c}法律服务角", false, false, false, true, 20, "每周四 14:00–16:00",
                    LocalTime.of(14, 0), 120),
            new Template("文体活动", "{c}邻里文体汇", false, false, false, true, 60, "每周日 19:00–21:00",
                    LocalTime.of(19, 0), 120),
            new Template("特殊群体关爱", "{c}“暖心驿站”特殊群体关爱", false, false, true, false, 15, "每周五 14:00–16:00",
                    LocalTime.of(14, 0), 120)};

    private static final String[] NOTES = {"书法练习", "作业辅导", "家长一同参加", "志愿者带来自制点心", "血压血糖测量",
            "手机使用教学", "防诈骗宣传", "剪纸与手工", "读书分享", "合唱排练", "垃圾分类小课堂", "消防知识问答"};

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoCircle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM service_position", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        long started = System.currentTimeMillis();
        Figures f = generate(new Random(20241031L), LocalDate.now(clock), SCENES, PERSON_TIMES, Integer.MAX_VALUE, true);
        log.info("Demo circle: {} positions, {} scenes, {} sessions, {} person-times in {} ms", f.positions(), f.scenes(),
                f.sessions(), f.personTimes(), System.currentTimeMillis() - started);
    }

    /** What a generation wrote. */
    public record Figures(int positions, int scenes, int sessions, long personTimes) {
    }

    /**
     * Positions (with {@code positions} true) and {@code sceneCount} scenes over the communities, then a
     * year of sessions until {@code personTimes} is reached, at most {@code participantCap} participants a
     * session. The benchmark calls it with 10× the figures and a low cap (many small sessions).
     */
    public Figures generate(Random random, LocalDate today, int sceneCount, long personTimes, int participantCap,
                            boolean positions) {
        List<long[]> communities = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        jdbc.query("SELECT c.id, c.town_id, c.name FROM community c JOIN town t ON t.id = c.town_id ORDER BY t.sort_order, c.id",
                rs -> {
                    communities.add(new long[] {rs.getLong(1), rs.getLong(2)});
                    names.put(rs.getLong(1), rs.getString(3));
                });
        int positionCount = positions ? insertPositions(random, communities, names) : 0;
        Map<Long, List<Long>> positionsOf = new HashMap<>();
        jdbc.query("SELECT id, community_id FROM service_position WHERE kind <> 'LENT_ROOM' ORDER BY id",
                rs -> {
                    positionsOf.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getLong(1));
                });
        Map<String, Long> types = new HashMap<>();
        jdbc.query("SELECT id, name FROM scene_type", rs -> {
            types.put(rs.getString(2), rs.getLong(1));
        });
        long firstScene = nextId("scene");
        List<Object[]> scenes = new ArrayList<>();
        List<Template> templates = new ArrayList<>();
        List<LocalDate> since = new ArrayList<>();
        List<String> states = new ArrayList<>();
        for (int i = 0; i < sceneCount; i++) {
            long[] community = communities.get(i % communities.size());
            String communityName = names.get(community[0]);
            // 张坝社区's evening class is the article's own; elsewhere the types rotate with the community
            Template t = "张坝社区".equals(communityName) && i < communities.size() ? TEMPLATES[4]
                    : TEMPLATES[(i * 7 + i / communities.size() * 3 + (int) (community[0] % 5)) % TEMPLATES.length];
            List<Long> own = positionsOf.get(community[0]);
            long position = own.get(random.nextInt(own.size()));
            int roll = random.nextInt(100);
            String state = roll < 91 ? "RUNNING" : roll < 95 ? "PAUSED" : roll < 98 ? "PLANNED" : "CLOSED";
            LocalDate stateSince = switch (state) {
                case "RUNNING" -> today.minusMonths(13 + random.nextInt(12));
                case "PLANNED" -> today.minusDays(5 + random.nextInt(40));
                default -> today.minusDays(20 + random.nextInt(60));
            };
            String reason = switch (state) {
                case "PAUSED" -> random.nextBoolean() ? "场地改造，暂停开放" : "暑期调整，志愿者轮换";
                case "CLOSED" -> "服务对象需求变化，并入邻近场景";
                default -> null;
            };
            String name = t.name().replace("{c}", communityName.replace("社区", "")) + (i >= communities.size() * 3
                    ? "（" + (i / communities.size() + 1) + "）" : "");
            String organiserKind = random.nextInt(10) < 7 ? "COMMUNITY" : "SOCIAL_ORGANISATION";
            String organiser = organiserKind.equals("COMMUNITY") ? communityName + "居委会"
                    : random.nextBoolean() ? "常熟市志愿者协会" : "常熟市社会工作协会";
            scenes.add(new Object[] {position, community[1], community[0], types.get(t.type()), name, t.elderly(),
                    t.children(), t.special(), t.all(), organiserKind, organiser, t.schedule(),
                    t.capacity() + random.nextInt(11) - 5, state, reason, Date.valueOf(stateSince)});
            templates.add(t);
            since.add(stateSince);
            states.add(state);
        }
        batch("""
                INSERT INTO scene (position_id, town_id, community_id, type_id, name, for_elderly, for_children, for_special,
                                   for_all, organiser_kind, organiser_name, schedule, capacity, state, state_reason, state_since)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", scenes);
        List<Long> sceneIds = idsFrom("scene", firstScene);
        List<Object[]> changes = new ArrayList<>();
        for (int i = 0; i < sceneCount; i++) {
            if (!states.get(i).equals("PLANNED")) {
                LocalDate ran = states.get(i).equals("RUNNING") ? since.get(i) : since.get(i).minusMonths(12);
                changes.add(new Object[] {sceneIds.get(i), "PLANNED", "RUNNING", null, Date.valueOf(ran), "admin"});
            }
            if (!states.get(i).equals("PLANNED") && !states.get(i).equals("RUNNING")) {
                changes.add(new Object[] {sceneIds.get(i), "RUNNING", states.get(i), scenes.get(i)[14],
                        Date.valueOf(since.get(i)), "admin"});
            }
        }
        batch("INSERT INTO scene_state_change (scene_id, from_state, to_state, reason, changed_on, changed_by) "
                + "VALUES (?, ?, ?, ?, ?, ?)", changes);
        return new Figures(positionCount, sceneCount, insertSessions(random, today, sceneIds, scenes, templates, since,
                states, personTimes, participantCap), personTimes);
    }

    /** Sessions over the last year, round-robin over the scenes that ran, until the person-times are reached. */
    private int insertSessions(Random random, LocalDate today, List<Long> sceneIds, List<Object[]> scenes,
                               List<Template> templates, List<LocalDate> since, List<String> states, long target,
                               int participantCap) {
        Map<Long, List<Long>> reported = new HashMap<>();
        jdbc.query("SELECT id, community_id FROM grid_report WHERE status = 'ACTIVE' ORDER BY id", rs -> {
            reported.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getLong(1));
        });
        List<Integer> active = new ArrayList<>();
        for (int i = 0; i < scenes.size(); i++) {
            if (!states.get(i).equals("PLANNED")) {
                active.add(i);
            }
        }
        LocalDate yearAgo = today.minusYears(1).plusDays(1);
        List<Object[]> sessions = new ArrayList<>();
        List<List<Long>> servers = new ArrayList<>();
        long sum = 0;
        for (int n = 0; sum < target && !active.isEmpty(); n++) {
            int i = active.get(n % active.size());
            Object[] scene = scenes.get(i);
            Template t = templates.get(i);
            LocalDate last = states.get(i).equals("RUNNING") ? today.minusDays(1) : since.get(i).minusDays(1);
            LocalDate first = states.get(i).equals("RUNNING") && since.get(i).isAfter(yearAgo) ? since.get(i) : yearAgo;
            if (last.isBefore(first)) {
                continue;
            }
            LocalDate day = first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
            int capacity = (int) scene[12];
            int participants = Math.min(participantCap, Math.max(3, capacity * (45 + random.nextInt(50)) / 100));
            String over = null;
            if (random.nextInt(60) == 0 && participantCap > capacity) {
                participants = capacity + 3 + random.nextInt(10);
                over = "节日主题活动，家属一同参加";
            }
            List<Long> people = reported.getOrDefault((Long) scene[2], List.of());
            List<Long> picked = new ArrayList<>();
            int count = people.isEmpty() ? 0 : random.nextInt(4);
            for (int k = 0; k < count; k++) {
                long person = people.get(random.nextInt(people.size()));
                if (!picked.contains(person)) {
                    picked.add(person);
                }
            }
            LocalTime start = t.start();
            sessions.add(new Object[] {sceneIds.get(i), scene[1], Date.valueOf(day), Time.valueOf(start),
                    Time.valueOf(start.plusMinutes(t.minutes())), participants, over, picked.size(),
                    random.nextInt(3) == 0 ? NOTES[random.nextInt(NOTES.length)] : null});
            servers.add(picked);
            sum += participants;
        }
        // oldest first, as they would have been recorded
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> (Date) sessions.get(i)[2]).thenComparing(i -> i));
        long firstRecord = nextId("service_record");
        List<Object[]> sorted = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            sorted.add(sessions.get(order.get(k)));
        }
        batch("""
                INSERT INTO service_record (scene_id, town_id, held_on, starts_at, ends_at, participants, over_capacity,
                                            servers, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", sorted);
        List<Long> recordIds = idsFrom("service_record", firstRecord);
        List<Object[]> people = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            for (long person : servers.get(order.get(k))) {
                people.add(new Object[] {recordIds.get(k), person});
            }
        }
        batch("INSERT INTO service_record_person (record_id, report_id) VALUES (?, ?)", people);
        return sorted.size();
    }

    private int insertPositions(Random random, List<long[]> communities, Map<Long, String> names) {
        List<Object[]> rows = new ArrayList<>();
        List<boolean[]> slots = new ArrayList<>();
        String[] roads = {"海虞北路", "枫林路", "琴川路", "黄河路", "长江路", "衡山路", "东南大道", "湖山路", "尚湖路", "梅李大道"};
        for (long[] c : communities) {
            String name = names.get(c[0]);
            String road = roads[random.nextInt(roads.length)] + (1 + random.nextInt(300)) + "号";
            rows.add(position(c, name + "党群服务中心", "SERVICE_CENTRE", road, 300 + random.nextInt(900), name + "居委会", null,
                    random));
            slots.add(new boolean[] {random.nextInt(100) < 62, random.nextInt(100) < 55});
            if (random.nextBoolean()) {
                rows.add(position(c, name + "1510服务站", "STATION_1510", road.replace("号", "号之一"), 60 + random.nextInt(140),
                        name + "居委会", null, random));
                slots.add(new boolean[] {random.nextInt(100) < 40, true});
            }
            if (random.nextInt(3) == 0) {
                boolean corridor = random.nextBoolean();
                rows.add(position(c, name + (corridor ? "邻里休闲长廊" : "楼宇架空层议事角"), corridor ? "CORRIDOR" : "OPEN_SPACE",
                        road, 40 + random.nextInt(160), corridor ? name + "居委会" : "小区物业服务中心", null, random));
                slots.add(new boolean[] {false, true});
            }
        }
        // rooms lent by the institutions paired with a community (整合机关企事业单位闲置空间)
        jdbc.query("""
                SELECT pc.community_id, p.town_id, i.id, i.name FROM pairing p JOIN pairing_community pc ON pc.pairing_id = p.id
                JOIN institution i ON i.id = p.institution_id WHERE p.status = 'ACTIVE' ORDER BY p.id, pc.community_id""", rs -> {
            if (rs.getLong(3) % 3 == 0) {
                String institution = rs.getString(4);
                rows.add(position(new long[] {rs.getLong(1), rs.getLong(2)}, institution + "闲置活动室", "LENT_ROOM",
                        institution.replace("常熟市", "") + "办公楼一楼", 80 + random.nextInt(120), institution, rs.getLong(3),
                        random));
                slots.add(new boolean[] {random.nextBoolean(), true});
            }
        });
        long first = nextId("service_position");
        batch("""
                INSERT INTO service_position (community_id, town_id, name, kind, address, floor_area, owner, institution_id,
                                              contact_person, contact_phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        List<Long> ids = idsFrom("service_position", first);
        List<Object[]> hours = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            long id = ids.get(i);
            for (int day = 1; day <= 5; day++) {
                hours.add(new Object[] {id, day, Time.valueOf(LocalTime.of(8, 30)), Time.valueOf(LocalTime.of(17, 30)), "REGULAR"});
                if (slots.get(i)[0]) {
                    hours.add(new Object[] {id, day, Time.valueOf(LocalTime.of(18, 30)), Time.valueOf(LocalTime.of(21, 0)), "LATE"});
                }
            }
            if (slots.get(i)[1]) {
                hours.add(new Object[] {id, 6, Time.valueOf(LocalTime.of(9, 0)), Time.valueOf(LocalTime.of(17, 0)), "OFF_PEAK"});
                hours.add(new Object[] {id, 7, Time.valueOf(LocalTime.of(9, 0)), Time.valueOf(LocalTime.of(12, 0)), "OFF_PEAK"});
            }
        }
        batch("INSERT INTO position_hours (position_id, weekday, opens, closes, slot) VALUES (?, ?, ?, ?, ?)", hours);
        return rows.size();
    }

    private static Object[] position(long[] community, String name, String kind, String address, int area, String owner,
                                     Long institution, Random random) {
        return new Object[] {community[0], community[1], name, kind, "常熟市" + address, BigDecimal.valueOf(area), owner,
                institution, DemoNames.person(random), DemoNames.mobile(random)};
    }

    private long nextId(String table) {
        Long max = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class);
        return (max == null ? 0 : max) + 1;
    }

    /** The ids written since {@code first}, in the order the rows were inserted (nothing else writes meanwhile). */
    private List<Long> idsFrom(String table, long first) {
        return jdbc.queryForList("SELECT id FROM " + table + " WHERE id >= ? ORDER BY id", Long.class, first);
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 5000) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 5000)));
        }
    }
}
