package cn.haitang.console.funds.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The contest part of the demo: last year's and this year's contest (call in March, awards in June,
 * implementation for a year), a four-criterion rubric, 34 and 36 proposals from the fund communities scored
 * by three jurors from no town, the best 22 and 23 awarded with grants of 善美海棠红, and their milestones,
 * spending and closing evaluations: last year's mostly closed (a few still running and late), this year's
 * awarded or in progress (some late).
 */
final class ContestDemo {

    private static final String[] CRITERIA = {"问题精准", "方案可行", "居民参与", "可持续与创收"};
    private static final int[] MAX = {25, 30, 20, 25};
    private static final String[] JURORS = {"reviewer3", "reviewer4", "reviewer5"};
    private static final String[] FIRST = {"解忧毛线铺", "60帮80"};
    private static final String[] THEMES = {"暖心", "乐龄", "护苗", "邻里", "楼道", "家门口", "小巷", "共享", "银发", "阳光",
            "海棠", "同心"};
    private static final String[] THINGS = {"议事厅", "助餐点", "公益课堂", "手作工坊", "修缮队", "微菜园", "共享书房",
            "助浴驿站", "理发铺", "调解室", "托管班", "健康小屋"};
    private static final String[] LINES = {"场地布置与物料", "志愿者培训", "服务耗材", "宣传与活动", "设备购置", "专业服务费"};
    private static final String[] MILESTONES = {"组建项目团队并招募志愿者", "完成场地与物料准备", "开展首批服务活动",
            "中期成效评估", "总结与成果展示"};

    private final DemoFunds owner;
    private final Random random;
    private final LocalDate today;
    private final long cityFund;
    private final List<DemoFunds.Fund> funds;
    private final Map<Long, List<Long>> incomeProjects = new HashMap<>();
    private int proposals;

    ContestDemo(DemoFunds owner, Random random, LocalDate today, long cityFund, List<DemoFunds.Fund> funds) {
        this.owner = owner;
        this.random = random;
        this.today = today;
        this.cityFund = cityFund;
        this.funds = funds;
    }

    Map<Long, List<Long>> incomeProjects() {
        return incomeProjects;
    }

    int proposals() {
        return proposals;
    }

    private record Proposal(long id, DemoFunds.Fund fund, String title, BigDecimal requested, int total) {
    }

    void load() {
        int last = today.getYear() - 1;
        year(last, 34, 22, 0);
        year(today.getYear(), 36, 23, 34);
    }

    private void year(int year, int count, int awarded, int titleOffset) {
        LocalDate opens = LocalDate.of(year, 3, 1);
        LocalDate awardsOn = LocalDate.of(year, 6, 10);
        LocalDate implementationEnds = LocalDate.of(year + 1, 5, 31);
        long yearId = owner.insert("""
                INSERT INTO contest_year (year, name, fund_id, budget, call_opens, call_closes, review_ends, awards_on,
                                          implementation_ends, closing_on)
                VALUES (?, ?, ?, 300000.00, ?, ?, ?, ?, ?, ?)""", year, year + "年党建引领基层治理创投大赛", cityFund, opens,
                LocalDate.of(year, 4, 15), LocalDate.of(year, 5, 20), awardsOn, implementationEnds,
                LocalDate.of(year + 1, 6, 30));
        long[] criteria = new long[CRITERIA.length];
        for (int i = 0; i < CRITERIA.length; i++) {
            criteria[i] = owner.insert("INSERT INTO contest_criterion (contest_year_id, sort_order, name, max_points) VALUES (?, ?, ?, ?)",
                    yearId, i + 1, CRITERIA[i], MAX[i]);
        }
        List<Proposal> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DemoFunds.Fund fund = funds.get((i * 5 + titleOffset) % funds.size());
            String title = title(i + titleOffset, year == today.getYear());
            boolean earns = random.nextInt(3) > 0;
            long id = owner.insert("""
                    INSERT INTO contest_project (contest_year_id, town_id, community_id, title, problem, plan, team,
                                                 expected_beneficiaries, earns_income, state)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED')""", yearId, fund.place().townId(),
                    fund.place().communityId(), title, problem(title), plan(title),
                    fund.place().community() + "党委牵头，" + (5 + random.nextInt(20)) + "名居民骨干和志愿者",
                    60 + random.nextInt(400), earns || title.equals(FIRST[0]));
            BigDecimal requested = BigDecimal.ZERO;
            int lines = 2 + random.nextInt(3);
            for (int l = 0; l < lines; l++) {
                BigDecimal amount = BigDecimal.valueOf((20 + random.nextInt(50)) * 100L).setScale(2);
                requested = requested.add(amount);
                owner.insert("INSERT INTO contest_budget_line (project_id, item, amount) VALUES (?, ?, ?)", id, LINES[(l + i) % LINES.length],
                        amount);
            }
            int total = 0;
            for (String juror : JURORS) {
                int quality = title.equals(FIRST[0]) || title.equals(FIRST[1]) ? 90 : 55 + random.nextInt(40);
                for (int c = 0; c < CRITERIA.length; c++) {
                    int points = Math.min(MAX[c], Math.max(0, MAX[c] * quality / 100 + random.nextInt(3) - 1));
                    total += points;
                    owner.insert("INSERT INTO contest_score (project_id, criterion_id, juror, points) VALUES (?, ?, ?, ?)", id,
                            criteria[c], juror, points);
                }
            }
            all.add(new Proposal(id, fund, title, requested, total));
        }
        proposals += count;
        all.sort(Comparator.comparingInt(Proposal::total).reversed());
        BigDecimal left = new BigDecimal("300000.00");
        for (int rank = 0; rank < all.size(); rank++) {
            Proposal p = all.get(rank);
            if (rank >= awarded) {
                owner.jdbcUpdate("UPDATE contest_project SET state = 'NOT_AWARDED' WHERE id = ?", p.id());
                continue;
            }
            BigDecimal grant = p.requested().min(left.divide(BigDecimal.valueOf(awarded - rank), 0, java.math.RoundingMode.DOWN));
            left = left.subtract(grant);
            String state = state(year, rank);
            owner.movement(cityFund, null, "OUT", "GRANT", awardsOn, grant.setScale(2), p.fund().place().community(), false,
                    p.title(), p.id(), "admin", null);
            owner.jdbcUpdate("UPDATE contest_project SET state = ?, grant_amount = ? WHERE id = ?", state, grant, p.id());
            track(p, state, awardsOn, implementationEnds);
        }
    }

    /** Last year's: 18 closed, 4 still in progress (late); this year's: 3 awarded and not started, 20 in progress. */
    private String state(int year, int rank) {
        if (year < today.getYear()) {
            return rank % 6 == 5 ? "IN_PROGRESS" : "CLOSED";
        }
        return rank % 8 == 7 ? "AWARDED" : "IN_PROGRESS";
    }

    private void track(Proposal p, String state, LocalDate start, LocalDate end) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, end);
        int n = 3 + random.nextInt(2);
        for (int m = 0; m < n; m++) {
            LocalDate due = start.plusDays(days * (m + 1) / n);
            int progress;
            String evidence = null;
            if (state.equals("CLOSED")) {
                progress = 100;
            } else if (state.equals("AWARDED")) {
                progress = 0;
            } else if (due.isBefore(today)) {
                progress = random.nextInt(4) == 0 ? 30 + random.nextInt(50) : 100;
            } else {
                progress = random.nextInt(3) * 20;
            }
            if (progress == 100) {
                evidence = "活动照片、签到表及居民反馈表";
            } else if (progress > 0) {
                evidence = "阶段性活动记录";
            }
            owner.insert("INSERT INTO contest_milestone (project_id, title, due_on, progress, evidence) VALUES (?, ?, ?, ?, ?)",
                    p.id(), MILESTONES[m], due, progress, evidence);
        }
        if (!state.equals("AWARDED")) {
            int share = state.equals("CLOSED") ? 85 + random.nextInt(15) : 30 + random.nextInt(40);
            owner.jdbcUpdate("UPDATE contest_budget_line SET spent = ROUND(amount * ? / 100, 2) WHERE project_id = ?", share, p.id());
        }
        if (state.equals("CLOSED")) {
            int reached = 80 + random.nextInt(500);
            owner.jdbcUpdate("UPDATE contest_project SET beneficiaries_reached = ?, closing_evaluation = ? WHERE id = ?", reached,
                    "项目按计划完成，服务居民 " + reached + " 人次，居民满意度调查良好，已形成长效机制并纳入社区常态化服务。", p.id());
        }
        boolean earns = Boolean.TRUE.equals(owner.jdbcBoolean("SELECT earns_income FROM contest_project WHERE id = ?", p.id()));
        if (earns && !state.equals("AWARDED")) {
            incomeProjects.computeIfAbsent(p.fund().place().communityId(), k -> new ArrayList<>()).add(p.id());
        }
    }

    private String title(int i, boolean thisYear) {
        if (i == 3) {
            return FIRST[0];
        }
        if (i == 40) {
            return FIRST[1];
        }
        return THEMES[i % THEMES.length] + THINGS[(i / THEMES.length + i) % THINGS.length];
    }

    private static String problem(String title) {
        return switch (title) {
            case "解忧毛线铺" -> "小区独居、空巢老人多，冬季缺少御寒衣物，平日缺少交流，容易孤独。";
            case "60帮80" -> "高龄老人日常买菜、就医、家电维修不便，子女不在身边。";
            default -> "居民反映的" + title + "相关需求长期得不到满足，缺少固定场所和组织者。";
        };
    }

    private static String plan(String title) {
        return switch (title) {
            case "解忧毛线铺" -> "组织社区编织爱好者每周两次集中编织，作品送给困难老人，部分作品义卖，收入反哺社区治理基金。";
            case "60帮80" -> "招募60岁左右的低龄老人志愿者，与80岁以上高龄老人结对，提供陪诊、代购、小修小补和日常探访。";
            default -> "由社区党组织牵头，依托党群服务阵地错峰开放，组织志愿者定期开展" + title + "服务，并建立居民议事反馈机制。";
        };
    }
}
