package cn.haitang.console.accreditation.demo;

import cn.haitang.console.accreditation.AppState;
import cn.haitang.console.accreditation.CompoundFacts;
import cn.haitang.console.accreditation.ConflictRules;
import cn.haitang.console.accreditation.Eligibility;
import cn.haitang.console.accreditation.EligibilityRules;
import cn.haitang.console.accreditation.Level;
import cn.haitang.console.accreditation.Lifecycle;
import cn.haitang.console.accreditation.NoticeService;
import cn.haitang.console.accreditation.ReviewService;
import cn.haitang.console.accreditation.ScoreAggregation;
import cn.haitang.console.accreditation.Step;
import cn.haitang.console.accreditation.WorkingDays;
import cn.haitang.console.base.demo.DemoNames;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import cn.haitang.console.base.Role;
import cn.haitang.console.security.AppUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Demo accreditation data: 25 current city-level, 5 Suzhou-level and 3 provincial sites (each higher
 * level on a compound holding the level below), an expired and a revoked one, and a current city round
 * with applications in every state, scored by reviewer1…reviewer5 under the recusal rules. The rounds'
 * thresholds rise with the level (city 80%, Suzhou 85%, provincial 90% satisfaction and fee collection)
 * and applicants are chosen among the compounds whose live figures pass them, so most applications pass
 * their checks; a few fail on purpose (a submitted one and a sent-back one, one accepted with a recorded
 * reason, and two sites whose figures have since fallen below the thresholds, which the reminders list).
 * Dates are relative to today so reminders and the running notices stay meaningful; everything else
 * comes from a fixed seed. Bulk JDBC (no audit entries for seeding).
 */
@Component
@Profile("demo")
@Order(60)
class DemoAccreditation implements ApplicationRunner {

    /** The thresholds (satisfaction and fee collection, in percent) of the demo's rounds per level. */
    static final Map<Level, BigDecimal> THRESHOLD = Map.of(Level.CITY, BigDecimal.valueOf(80),
            Level.SUZHOU, BigDecimal.valueOf(85), Level.PROVINCIAL, BigDecimal.valueOf(90));
    /** Applications of the current round (by their place in it) whose compounds fail the checks on purpose. */
    private static final Set<Integer> FAILING_NOW = Set.of(4, 6, 12);
    /** Sites of the second-latest city round whose compounds' figures have since fallen below the thresholds. */
    private static final Set<Integer> FALLEN_SINCE = Set.of(9, 12);

    private static final Logger log = LoggerFactory.getLogger(DemoAccreditation.class);
    static final String RUBRIC = "示范点评分细则（2024版）";
    static final String[][] CRITERIA = {
            {"组织覆盖", "20", "小区党支部（实体型）组建、网格党小组和党员中心户覆盖情况"},
            {"四方协同", "25", "社区党组织、小区党支部、业委会（物管会）、物业企业协同议事机制运行情况"},
            {"服务成效", "30", "物业服务质量、速裁快审化解纠纷、关键小事办结情况"},
            {"居民满意", "25", "居民满意度测评、物业费收缴率及其变化"},
    };

    private final JdbcTemplate jdbc;
    private final CompoundFacts liveFacts;
    private CompoundFacts facts;
    private final Clock clock;
    private final Random random = new Random(60_2026L);
    private final Map<String, Integer> certificateSeq = new HashMap<>();

    DemoAccreditation(JdbcTemplate jdbc, CompoundFacts facts, Clock clock) {
        this.jdbc = jdbc;
        this.liveFacts = facts;
        this.facts = facts;
        this.clock = clock;
    }

    record CompoundRow(long id, long communityId, long townId, String town) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        org.springframework.security.core.context.SecurityContext previous = SecurityContextHolder.getContext();
        try {
            Long adminId = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'admin'", Long.class);
            AppUser system = AppUser.of(Objects.requireNonNull(adminId), "admin", "system", Role.CITY_ADMIN, null);
            org.springframework.security.core.context.SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
            SecurityContextHolder.setContext(context);
            load();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private WorkingDays workingDays = WorkingDays.WEEKDAYS;

    /**
     * The 2026 statutory holidays (the legal days only: 元旦, 春节 除夕 to 初三, 清明, 劳动节, 端午, 中秋,
     * 国庆). The State Council's yearly schedule adds days off around them and weekend days worked; the
     * city admin enters those in the work calendar.
     */
    private WorkingDays workCalendar() {
        Map<String, List<LocalDate>> holidays = new java.util.LinkedHashMap<>();
        holidays.put("元旦", List.of(LocalDate.of(2026, 1, 1)));
        holidays.put("春节", LocalDate.of(2026, 2, 16).datesUntil(LocalDate.of(2026, 2, 20)).toList());
        holidays.put("清明节", List.of(LocalDate.of(2026, 4, 5)));
        holidays.put("劳动节", List.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2)));
        holidays.put("端午节", List.of(LocalDate.of(2026, 6, 19)));
        holidays.put("中秋节", List.of(LocalDate.of(2026, 9, 25)));
        holidays.put("国庆节", LocalDate.of(2026, 10, 1).datesUntil(LocalDate.of(2026, 10, 4)).toList());
        List<LocalDate> all = new ArrayList<>();
        holidays.forEach((name, days) -> days.forEach(day -> {
            jdbc.update("INSERT INTO work_calendar_day (day, kind, name) VALUES (?, 'HOLIDAY', ?)", day, name);
            all.add(day);
        }));
        return WorkingDays.with(all, List.of());
    }

    private void load() {
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM accr_rubric", Long.class);
        if (existing != null && existing > 0) {
            return;
        }
        facts = liveFacts.forMany(null);
        long started = System.currentTimeMillis();
        LocalDate today = LocalDate.now(clock);
        workingDays = workCalendar();
        long rubricId = rubric();
        List<Long> criterionIds = jdbc.queryForList("SELECT id FROM accr_criterion WHERE rubric_id = ? ORDER BY sort_order",
                Long.class, rubricId);
        Map<String, Long> reviewers = new HashMap<>();
        jdbc.query("SELECT username, id FROM user_account WHERE role = 'REVIEWER'",
                rs -> {
                    reviewers.put(rs.getString(1), rs.getLong(2));
                });
        Map<Long, Long> reviewerTown = new HashMap<>();
        jdbc.query("SELECT id, town_id FROM user_account WHERE role = 'REVIEWER' AND town_id IS NOT NULL",
                rs -> {
                    reviewerTown.put(rs.getLong(1), rs.getLong(2));
                });

        List<CompoundRow> compounds = new ArrayList<>(jdbc.query("""
                SELECT c.id, c.community_id, c.town_id, t.code FROM compound c JOIN town t ON t.id = c.town_id
                WHERE c.name NOT IN ('义庄公寓', '城市之光小区') ORDER BY c.id""",
                (rs, i) -> new CompoundRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4))));
        Collections.shuffle(compounds, random);
        List<CompoundRow> pool = compounds;
        Set<Long> used = new HashSet<>();
        affiliations(reviewers);

        // Historical rounds and the sites they produced.
        LocalDate fromA = today.minusYears(3).plusDays(40);   // 8 sites, due for re-review in 39 days
        LocalDate fromB = today.minusDays(300);               // 15 sites
        LocalDate fromS = today.minusDays(200);               // 5 Suzhou-level sites
        LocalDate fromP = today.minusDays(60);                // 3 provincial sites
        LocalDate from0 = today.minusYears(3).minusDays(100); // 1 expired
        long r0 = round(Level.CITY, from0, "常熟市党建引领物业管理服务示范点评选（第一批）", rubricId, 10, false, today);
        long rA = round(Level.CITY, fromA, "常熟市党建引领物业管理服务示范点评选（第二批）", rubricId, 10, false, today);
        long rB = round(Level.CITY, fromB, "常熟市党建引领物业管理服务示范点评选", rubricId, 16, false, today);
        long rS = round(Level.SUZHOU, fromS, "苏州市党建引领物业管理服务示范点推荐", rubricId, 5, false, today);
        long rP = round(Level.PROVINCIAL, fromP, "江苏省党建引领物业管理服务示范点推荐", rubricId, 3, false, today);
        long rC = round(Level.CITY, today, "常熟市党建引领物业管理服务示范点评选", rubricId, 8, true, today);

        // Compounds: the provincial chain first (the few passing 90%), then the Suzhou-only ones, then the
        // current round's by town, then the rest of the historical sites.
        java.util.function.Predicate<CompoundRow> any = c -> true;
        List<CompoundRow> provincial = take(pool, used, 3, any, Level.PROVINCIAL);
        List<CompoundRow> suzhouOnly = take(pool, used, 2, any, Level.SUZHOU);

        // The current city round: every state, several in 虞山街道 and 梅李镇 for the coordinators.
        AppState[] current = {AppState.DRAFT, AppState.DRAFT, AppState.DRAFT, AppState.SUBMITTED, AppState.SUBMITTED,
                AppState.SUBMITTED, AppState.SENT_BACK, AppState.UNDER_REVIEW, AppState.UNDER_REVIEW,
                AppState.UNDER_REVIEW, AppState.SCORED, AppState.SCORED, AppState.SCORED, AppState.SCORED,
                AppState.APPROVED, AppState.REJECTED, AppState.IN_NOTICE, AppState.IN_NOTICE, AppState.ACCREDITED,
                AppState.ACCREDITED, AppState.REJECTED_AFTER_OBJECTION, AppState.REVOKED};
        String[] towns = {"yushan", "meili", "yushan", "meili", "changfu", "yushan", "meili", "yushan", "meili",
                "guli", "yushan", "meili", "haiyu", "qinchuan", "yushan", "meili", "yushan", "zhitang", "meili",
                "dongnan", "bixi", "shajiabang"};
        List<Planned> currentPlans = new ArrayList<>();
        for (int i = 0; i < current.length; i++) {
            String town = towns[i];
            CompoundRow compound = FAILING_NOW.contains(i)
                    ? take(pool, used, 1, c -> c.town().equals(town) && !passes(c, Level.CITY), null).getFirst()
                    : take(pool, used, 1, c -> c.town().equals(town), Level.CITY).getFirst();
            currentPlans.add(new Planned(rC, Level.CITY, compound, current[i], today));
        }

        List<CompoundRow> cityA = new ArrayList<>(suzhouOnly);
        cityA.addAll(take(pool, used, 6, any, Level.CITY));
        List<CompoundRow> cityB = new ArrayList<>(provincial);
        cityB.addAll(take(pool, used, 13, any, Level.CITY));
        for (int i : FALLEN_SINCE) {
            cityB.set(i, take(pool, used, 1, c -> !passes(c, Level.CITY), null).getFirst());
        }
        List<Planned> plans = new ArrayList<>();
        cityA.forEach(c -> plans.add(new Planned(rA, Level.CITY, c, AppState.ACCREDITED, fromA)));
        for (int i = 0; i < cityB.size(); i++) {
            plans.add(new Planned(rB, Level.CITY, cityB.get(i), i == 15 ? AppState.REVOKED : AppState.ACCREDITED, fromB));
        }
        CompoundRow expired = take(pool, used, 1, any, Level.CITY).getFirst();
        plans.add(new Planned(r0, Level.CITY, expired, AppState.EXPIRED, from0));
        List<CompoundRow> suzhou = new ArrayList<>(provincial);
        suzhou.addAll(suzhouOnly);
        suzhou.forEach(c -> plans.add(new Planned(rS, Level.SUZHOU, c, AppState.ACCREDITED, fromS)));
        provincial.forEach(c -> plans.add(new Planned(rP, Level.PROVINCIAL, c, AppState.ACCREDITED, fromP)));
        plans.addAll(currentPlans);

        Map<Long, Round> roundInfo = new HashMap<>();
        jdbc.query("SELECT id, opens_on, closes_on, review_deadline, spread_threshold, level FROM accr_round", rs -> {
            roundInfo.put(rs.getLong(1), new Round(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                    rs.getObject(4, LocalDate.class), rs.getBigDecimal(5), Level.valueOf(rs.getString(6))));
        });
        insertApplications(plans, roundInfo, today);
        Map<String, Long> appIds = new HashMap<>();
        jdbc.query("SELECT id, round_id, compound_id FROM accr_application", rs -> {
            appIds.put(rs.getLong(2) + ":" + rs.getLong(3), rs.getLong(1));
        });
        List<Object[]> events = new ArrayList<>();
        List<Object[]> sites = new ArrayList<>();
        List<Object[]> results = new ArrayList<>();
        List<Object[]> objections = new ArrayList<>();
        List<Long> reviewerIds = List.of(reviewers.get("reviewer1"), reviewers.get("reviewer2"), reviewers.get("reviewer3"),
                reviewers.get("reviewer4"), reviewers.get("reviewer5"));
        int index = 0;
        for (Planned p : plans) {
            long appId = appIds.get(p.roundId + ":" + p.compound.id());
            Round round = roundInfo.get(p.roundId);
            List<Step> path = path(p.state);
            LocalDateTime at = round.opens.atTime(9, 0).plusHours(index % 7);
            AppState from = null;
            LocalDate noticeFrom = null;
            LocalDate noticeTo = null;
            for (Step step : path) {
                String note = null;
                if (step == Step.SEND_BACK) {
                    note = "申报材料中物业费收缴率数据缺少佐证，请补充后重新提交";
                } else if (step == Step.APPROVE || step == Step.REJECT) {
                    note = step == Step.APPROVE ? "综合得分位于名额之内，同意" : "综合得分未进入名额，不予通过";
                } else if (step == Step.UPHOLD_OBJECTION) {
                    note = "经核实，该小区存在未化解的重大物业纠纷，异议成立";
                } else if (step == Step.REVOKE) {
                    note = "复核发现满意度测评数据失实，撤销命名";
                }
                if (step == Step.PUBLISH_NOTICE) {
                    noticeFrom = p.state == AppState.IN_NOTICE
                            ? workingDays.firstWorkingDayFrom(today.minusDays(2))
                            : workingDays.firstWorkingDayFrom(p.validFromHint.minusDays(12));
                    noticeTo = workingDays.lastDay(noticeFrom, NoticeService.WORKING_DAYS);
                    at = noticeFrom.atTime(9, 30);
                    note = noticeFrom + " ~ " + noticeTo;
                }
                if (step == Step.ACCREDIT) {
                    at = Objects.requireNonNull(noticeTo).plusDays(1).atTime(0, 15);
                }
                if (step == Step.EXPIRE) {
                    at = p.validFromHint.plusYears(3).atTime(0, 15);
                }
                String user = switch (step) {
                    case NOMINATE, SUBMIT, REWORK -> coordinatorOf(p.compound);
                    case ACCREDIT, EXPIRE, COMPLETE_SCORING -> Lifecycle.SYSTEM;
                    default -> "admin";
                };
                events.add(new Object[] {appId, at.minusHours(8), user, step.name(), from == null ? null : from.name(),
                        step.to().name(), note});
                from = step.to();
                at = at.plusDays(2);
            }
            // reviews for everything past submission in the current round; results for the historical ones
            BigDecimal result = null;
            ScoreAggregation.Aggregate aggregate = null;
            if (path.contains(Step.START_REVIEW)) {
                List<Long> panel = panel(p, reviewerIds, reviewerTown, index);
                boolean complete = path.contains(Step.COMPLETE_SCORING);
                List<BigDecimal> totals = new ArrayList<>();
                for (int r = 0; r < panel.size(); r++) {
                    String state = complete || r == 0 ? "SUBMITTED" : r == 1 ? "DRAFT" : "ASSIGNED";
                    int quality = p.state == AppState.REJECTED ? 62 : 72 + random.nextInt(22);
                    if (p.roundId == rC && index % 9 == 3 && r == panel.size() - 1) {
                        quality = 55; // one reviewer far from the others: flagged for discussion
                    }
                    int[] lineScores = new int[CRITERIA.length];
                    int total = 0;
                    for (int k = 0; k < CRITERIA.length; k++) {
                        int max = Integer.parseInt(CRITERIA[k][1]);
                        lineScores[k] = Math.min(max, Math.max(0, Math.round(max * (quality + random.nextInt(9) - 4) / 100f)));
                        total += lineScores[k];
                    }
                    if ("SUBMITTED".equals(state)) {
                        totals.add(BigDecimal.valueOf(total));
                    }
                    long assignmentId = insertAssignment(appId, panel.get(r), round.reviewDeadline, state,
                            "ASSIGNED".equals(state) ? null : BigDecimal.valueOf(total),
                            "SUBMITTED".equals(state) ? round.reviewDeadline.minusDays(5).atTime(2, 0) : null);
                    if (!"ASSIGNED".equals(state)) {
                        List<Object[]> scoreRows = new ArrayList<>();
                        for (int k = 0; k < CRITERIA.length; k++) {
                            scoreRows.add(new Object[] {assignmentId, criterionIds.get(k), lineScores[k],
                                    CRITERIA[k][0] + (lineScores[k] * 100 / Integer.parseInt(CRITERIA[k][1]) >= 85
                                            ? "成效突出，材料翔实" : "基本达到要求，仍有提升空间")});
                        }
                        jdbc.batchUpdate("INSERT INTO accr_score (assignment_id, criterion_id, score, comment) VALUES (?, ?, ?, ?)",
                                scoreRows);
                    }
                }
                if (complete) {
                    aggregate = ScoreAggregation.of(totals, round.spread);
                }
            } else if (p.roundId != rC && p.state != AppState.DRAFT) {
                result = BigDecimal.valueOf(80 + random.nextInt(1500) / 100.0).setScale(2, java.math.RoundingMode.HALF_UP);
            }
            if (aggregate != null) {
                results.add(new Object[] {aggregate.result(), aggregate.spread(), aggregate.trimmed(), aggregate.flagged(),
                        noticeFrom, noticeTo, appId});
            } else if (result != null || noticeFrom != null) {
                results.add(new Object[] {result, BigDecimal.ZERO.setScale(2), false, false, noticeFrom, noticeTo, appId});
            }
            if (p.state == AppState.ACCREDITED || p.state == AppState.REVOKED || p.state == AppState.EXPIRED) {
                LocalDate validFrom = p.roundId == rC ? Objects.requireNonNull(noticeTo).plusDays(1) : p.validFromHint;
                String state = p.state == AppState.ACCREDITED ? "CURRENT" : p.state.name();
                sites.add(new Object[] {appId, p.compound.id(), p.compound.townId(), p.level.name(),
                        certificate(p.level, validFrom), validFrom, validFrom.plusYears(3).minusDays(1), state,
                        p.state == AppState.REVOKED ? "复核发现满意度测评数据失实，撤销命名" : null,
                        p.state == AppState.ACCREDITED ? null : LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)});
            }
            if (p.state == AppState.IN_NOTICE && index % 2 == 0) {
                objections.add(new Object[] {appId, "小区居民 " + DemoNames.person(random), "反映小区电梯维修资金使用未公示，对示范点资格有异议",
                        Objects.requireNonNull(noticeFrom).plusDays(1), "OPEN", null});
            }
            if (p.state == AppState.REJECTED_AFTER_OBJECTION) {
                objections.add(new Object[] {appId, "业主代表 " + DemoNames.person(random), "小区存在长期未化解的停车纠纷，居民意见较大",
                        Objects.requireNonNull(noticeFrom).plusDays(1), "UPHELD", "经核实，该小区存在未化解的重大物业纠纷，异议成立"});
            }
            index++;
        }
        jdbc.batchUpdate("""
                INSERT INTO accr_event (application_id, occurred_at, username, step, from_state, to_state, note)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", events);
        jdbc.batchUpdate("""
                UPDATE accr_application SET result = ?, spread = ?, trimmed = ?, flagged = ?, notice_from = ?, notice_to = ?
                WHERE id = ?""", results);
        jdbc.batchUpdate("""
                INSERT INTO accr_site (application_id, compound_id, town_id, level, certificate_no, valid_from, valid_to,
                                       state, revoke_reason, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", sites);
        jdbc.batchUpdate("""
                INSERT INTO accr_objection (application_id, raised_by, content, received_on, state, resolution)
                VALUES (?, ?, ?, ?, ?, ?)""", objections);
        log.info("Demo accreditation: {} applications, {} sites, {} timeline entries in {} ms", plans.size(), sites.size(),
                events.size(), System.currentTimeMillis() - started);
    }

    record Planned(long roundId, Level level, CompoundRow compound, AppState state, LocalDate validFromHint) {
    }

    record Round(LocalDate opens, LocalDate closes, LocalDate reviewDeadline, BigDecimal spread, Level level) {
    }

    /** The reviewers of an application: never one of its own town (reviewer1 虞山, reviewer2 梅李), nor a conflicted one. */
    private List<Long> panel(Planned p, List<Long> reviewerIds, Map<Long, Long> reviewerTown, int index) {
        Set<Long> paired = facts.institutionsPairedWithCommunity(p.compound.communityId());
        List<Long> allowed = new ArrayList<>();
        for (Long id : reviewerIds) {
            Set<Long> institutions = new HashSet<>(jdbc.queryForList(
                    "SELECT institution_id FROM accr_reviewer_affiliation WHERE user_id = ?", Long.class, id));
            if (ConflictRules.find(reviewerTown.get(id), institutions, p.compound.townId(), paired).isEmpty()) {
                allowed.add(id);
            }
        }
        if (allowed.size() >= 5 && index % 4 == 2) {
            return allowed; // five reviewers: the trimmed mean applies
        }
        Collections.rotate(allowed, index % allowed.size());
        return allowed.subList(0, ReviewService.MIN_REVIEWERS);
    }

    private static List<Step> path(AppState target) {
        List<Step> steps = new ArrayList<>(List.of(Step.NOMINATE));
        Map<AppState, List<Step>> tails = new EnumMap<>(AppState.class);
        tails.put(AppState.DRAFT, List.of());
        tails.put(AppState.SUBMITTED, List.of(Step.SUBMIT));
        tails.put(AppState.SENT_BACK, List.of(Step.SUBMIT, Step.SEND_BACK));
        List<Step> review = List.of(Step.SUBMIT, Step.START_REVIEW);
        tails.put(AppState.UNDER_REVIEW, review);
        List<Step> scored = concat(review, Step.COMPLETE_SCORING);
        tails.put(AppState.SCORED, scored);
        tails.put(AppState.APPROVED, concat(scored, Step.APPROVE));
        tails.put(AppState.REJECTED, concat(scored, Step.REJECT));
        List<Step> notice = concat(scored, Step.APPROVE, Step.PUBLISH_NOTICE);
        tails.put(AppState.IN_NOTICE, notice);
        tails.put(AppState.REJECTED_AFTER_OBJECTION, concat(notice, Step.UPHOLD_OBJECTION));
        tails.put(AppState.ACCREDITED, concat(notice, Step.ACCREDIT));
        tails.put(AppState.REVOKED, concat(notice, Step.ACCREDIT, Step.REVOKE));
        tails.put(AppState.EXPIRED, concat(notice, Step.ACCREDIT, Step.EXPIRE));
        steps.addAll(tails.get(target));
        AppState state = null;
        for (Step s : steps) { // the demo obeys the same state machine as the service
            if (s != Step.NOMINATE) {
                state = Lifecycle.apply(Objects.requireNonNull(state), s);
            } else {
                state = s.to();
            }
        }
        return steps;
    }

    private static List<Step> concat(List<Step> head, Step... tail) {
        List<Step> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }

    private final Map<String, Boolean> passing = new HashMap<>();

    /** Whether the compound's live facts pass the checks of a round of the level (bulk-loaded figures first). */
    private boolean passes(CompoundRow c, Level level) {
        BigDecimal min = THRESHOLD.get(level);
        return passing.computeIfAbsent(c.id() + ":" + level, key ->
                facts.latestSatisfactionRate(c.id()).filter(r -> r.compareTo(min) >= 0).isPresent()
                        && facts.latestFeeCollectionRate(c.id()).filter(r -> r.compareTo(min) >= 0).isPresent()
                        && !facts.hasOpenSeriousDispute(c.id())
                        && EligibilityRules.check(c.id(), facts, level, min, min, true).passed());
    }

    /**
     * reviewer3 works for an institution paired with communities of 虞山街道 (the first active pairing of
     * 张坝社区, when the pairing data has one), so the conflict rule has something to find.
     */
    private void affiliations(Map<String, Long> reviewers) {
        List<Long> community = jdbc.queryForList("SELECT id FROM community WHERE name = '张坝社区'", Long.class);
        if (community.isEmpty()) {
            return;
        }
        facts.institutionsPairedWithCommunity(community.getFirst()).stream().sorted().findFirst().ifPresent(institution ->
                jdbc.update("INSERT INTO accr_reviewer_affiliation (user_id, institution_id) VALUES (?, ?)",
                        reviewers.get("reviewer3"), institution));
    }

    /**
     * Takes compounds in the shuffled order: those passing the checks of {@code passingAt} first (then
     * any, should too few pass), or simply the first that match when {@code passingAt} is null.
     */
    private List<CompoundRow> take(List<CompoundRow> pool, Set<Long> used, int n,
                                   java.util.function.Predicate<CompoundRow> filter, @Nullable Level passingAt) {
        List<CompoundRow> taken = new ArrayList<>();
        for (int pass = passingAt != null ? 0 : 1; pass < 2 && taken.size() < n; pass++) {
            for (CompoundRow c : pool) {
                if (taken.size() == n) {
                    break;
                }
                if (!used.contains(c.id()) && filter.test(c) && (pass == 1 || passes(c, passingAt))) {
                    taken.add(c);
                    used.add(c.id());
                }
            }
        }
        if (taken.size() < n) {
            throw new IllegalStateException("Not enough demo compounds");
        }
        return taken;
    }

    private String coordinatorOf(CompoundRow c) {
        return switch (c.town()) {
            case "yushan" -> "yushan";
            case "meili" -> "meili";
            default -> "admin";
        };
    }

    private String certificate(Level level, LocalDate validFrom) {
        String prefix = level.certificatePrefix() + "-" + validFrom.getYear() + "-";
        int seq = certificateSeq.merge(prefix, 1, Integer::sum);
        return prefix + String.format("%04d", seq);
    }

    private long rubric() {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("INSERT INTO accr_rubric (name) VALUES (?)",
                    Statement.RETURN_GENERATED_KEYS);
            ps.setString(1, RUBRIC);
            return ps;
        }, key);
        long id = Objects.requireNonNull(key.getKey()).longValue();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < CRITERIA.length; i++) {
            rows.add(new Object[] {id, i + 1, CRITERIA[i][0], Integer.parseInt(CRITERIA[i][1]), CRITERIA[i][2]});
        }
        jdbc.batchUpdate("INSERT INTO accr_criterion (rubric_id, sort_order, name, max_score, guidance) VALUES (?, ?, ?, ?, ?)",
                rows);
        return id;
    }

    /** A round whose sites start on {@code validFrom} (or, for the current round, open around today). */
    private long round(Level level, LocalDate validFrom, String name, long rubricId, int quota, boolean current,
                       LocalDate today) {
        LocalDate opens = current ? today.minusDays(30) : validFrom.minusDays(90);
        LocalDate closes = current ? today.plusDays(30) : validFrom.minusDays(60);
        LocalDate deadline = current ? today.plusDays(45) : validFrom.minusDays(30);
        int year = current ? today.getYear() : opens.getYear();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    INSERT INTO accr_round (level, year, title, opens_on, closes_on, review_deadline, quota, rubric_id,
                                            min_satisfaction, min_fee_collection, spread_threshold)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 15)""", Statement.RETURN_GENERATED_KEYS);
            ps.setString(1, level.name());
            ps.setInt(2, year);
            ps.setString(3, year + "年度" + name);
            ps.setObject(4, opens);
            ps.setObject(5, closes);
            ps.setObject(6, deadline);
            ps.setInt(7, quota);
            ps.setLong(8, rubricId);
            ps.setBigDecimal(9, THRESHOLD.get(level));
            ps.setBigDecimal(10, THRESHOLD.get(level));
            return ps;
        }, key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    private void insertApplications(List<Planned> plans, Map<Long, Round> rounds, LocalDate today) {
        List<Object[]> rows = new ArrayList<>();
        for (Planned p : plans) {
            Round round = rounds.get(p.roundId);
            boolean submitted = p.state != AppState.DRAFT;
            BigDecimal min = THRESHOLD.get(p.level);
            Eligibility eligibility = submitted ? EligibilityRules.check(p.compound.id(), facts, p.level, min, min, true)
                    : null;
            boolean reviewed = submitted && p.state != AppState.SUBMITTED && p.state != AppState.SENT_BACK;
            String override = eligibility == null || eligibility.passed() || !reviewed ? null
                    : p.validFromHint.equals(today) ? "该小区老旧片区治理成效突出，区域代表性强，经评审委员会研究同意受理"
                    : "申报时满意度测评与收费数据达标，经评审委员会审议通过";
            LocalDateTime created = round.opens.atTime(1, 0);
            rows.add(new Object[] {p.roundId, p.compound.id(), p.compound.communityId(), p.compound.townId(), p.state.name(),
                    statement(p), figures(p.compound), eligibility == null ? null : eligibility.passed(),
                    eligibility == null ? null : eligibility.encode(), submitted ? created.plusDays(2) : null, override,
                    p.state == AppState.SENT_BACK ? "申报材料中物业费收缴率数据缺少佐证，请补充后重新提交" : null,
                    coordinatorOf(p.compound), created, submitted ? created.plusDays(2) : null,
                    decision(p.state)});
        }
        jdbc.batchUpdate("""
                INSERT INTO accr_application (round_id, compound_id, community_id, town_id, state, statement, key_figures,
                    eligible, eligibility_detail, eligibility_checked_at, override_reason, send_back_reason, created_by,
                    created_at, submitted_at, decision_reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, 100, (ps, row) -> {
            for (int i = 0; i < row.length; i++) {
                if (row[i] == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else {
                    ps.setObject(i + 1, row[i]);
                }
            }
        });
    }

    private static @Nullable String decision(AppState state) {
        return switch (state) {
            case APPROVED, IN_NOTICE, ACCREDITED, REVOKED, EXPIRED, REJECTED_AFTER_OBJECTION -> "综合得分位于名额之内，同意";
            case REJECTED -> "综合得分未进入名额，不予通过";
            default -> null;
        };
    }

    private long insertAssignment(long appId, long reviewerId, LocalDate deadline, String state, @Nullable BigDecimal total,
                                  @Nullable LocalDateTime submittedAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    INSERT INTO accr_assignment (application_id, reviewer_id, state, deadline, total, comment, submitted_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, appId);
            ps.setLong(2, reviewerId);
            ps.setString(3, state);
            ps.setObject(4, deadline);
            ps.setBigDecimal(5, total);
            ps.setString(6, total == null ? null : "总体符合示范点创建要求");
            ps.setObject(7, submittedAt);
            return ps;
        }, key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    private String statement(Planned p) {
        String[] openings = {"小区党支部牵头建立“四方协同”议事机制，每月召开联席会议，",
                "依托网格党小组和党员中心户，推动关键小事就地解决，",
                "以“海棠红·幸福里”为抓手，组织在职党员到小区报到服务，"};
        String[] results = {"近一年化解物业纠纷多起，居民满意度稳步提升。", "物业费收缴率明显提高，公共收益使用全程公开。",
                "建成共享食堂和长者课堂，居民参与度显著提高。"};
        return openings[random.nextInt(openings.length)] + results[random.nextInt(results.length)];
    }

    /** The key figures a coordinator would quote: the compound's own latest rates, as the checks read them. */
    private String figures(CompoundRow c) {
        String satisfaction = facts.latestSatisfactionRate(c.id()).map(r -> r.setScale(1, java.math.RoundingMode.HALF_UP)
                .toPlainString() + "%").orElse("未测评");
        String fees = facts.latestFeeCollectionRate(c.id()).map(r -> r.setScale(1, java.math.RoundingMode.HALF_UP)
                .toPlainString() + "%").orElse("未统计");
        return "满意度 " + satisfaction + "；物业费收缴率 " + fees + "；党员中心户 " + (5 + random.nextInt(20)) + " 户";
    }
}
