package cn.haitang.console.governance.demo;

import cn.haitang.console.base.demo.DemoNames;
import cn.haitang.console.governance.CreditCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo governance of Changshu's compounds: of the 500 compounds required to form an owners' committee,
 * exactly 438 have one (87.6%); the 3 work-unit-managed exempt compounds have a property management
 * committee, the 3 awaiting demolition none. Members, vetting histories, ~40 property companies,
 * two years of surveys and fees (城市之光小区 turned around from over 1 million yuan of arrears),
 * disputes in every state and four-party meetings. Deterministic, loaded once, bulk JDBC.
 */
@Component
@Profile("demo")
@Order(40)
class DemoGovernance implements ApplicationRunner {

    static final int REQUIRED_WITHOUT_COMMITTEE = 62;
    static final String SHOWCASE = "城市之光小区";
    private static final Logger log = LoggerFactory.getLogger(DemoGovernance.class);
    private static final String[] COMPANY_WORDS = {"虞城", "琴川", "海棠", "尚湖", "方塔", "言子", "报慈", "新颜", "常福",
            "碧溪", "东南", "梅李", "海虞", "古里", "沙家浜", "支塘", "董浜", "辛庄", "莫城", "书院", "福瑞", "安居",
            "嘉和", "恒信", "德邻", "锦华", "瑞祥", "宏泰", "绿城", "万家", "康居", "和顺", "明德", "润泽", "佳园", "兴虞",
            "长江", "红枫", "金桥", "银杏"};
    private static final String[] COMPANY_SUFFIX = {"物业管理有限公司", "物业服务有限公司", "物业管理服务有限公司"};
    private static final String[] REJECT_REASONS = {"存在欠缴物业费情况", "本人有违法建设行为尚未整改", "非本小区业主",
            "参与过阻挠小区公共事务的群体性事件", "经社区党组织考察群众认可度不高"};
    private static final String[] DISPUTES = {"物业费收费标准争议", "电梯维修资金使用纠纷", "停车位收费纠纷", "公共收益分配争议",
            "房屋漏水维修责任纠纷", "绿化养护不到位投诉", "装修噪音扰民纠纷", "物业服务合同解除纠纷", "围墙改造费用分摊争议",
            "垃圾分类设施设置争议", "地下车库积水赔偿纠纷", "充电桩安装纠纷"};
    private static final String[] OUTCOMES_MEDIATED = {"经社区人民调解委员会调解，双方达成一致", "物业公司同意减免部分费用，业主补缴欠费",
            "四方协同会议协调，物业公司限期整改"};
    private static final String[] OUTCOMES_ADJUDICATED = {"速裁庭当庭判决，业主按合同补缴物业费", "法院裁定物业公司承担维修费用",
            "仲裁裁决按面积比例分摊费用"};
    private static final String[] TOPICS = {"电梯加装方案与费用分摊", "小区停车秩序整治", "公共收益使用公示", "老旧小区改造意见征集",
            "物业费催缴与困难户帮扶", "消防通道清理", "垃圾分类督导", "物业服务合同续签", "雨季防汛排涝准备", "监控设施更新"};
    private static final String[] DECISIONS = {"形成方案并在小区公示 7 天", "由物业公司牵头、业委会监督，月底前完成",
            "党员中心户分片入户征求意见", "提交业主大会表决", "社区党组织协调街道相关部门支持", "下次会议通报进展"};

    private final JdbcTemplate jdbc;

    DemoGovernance(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Compound(long id, long townId, String name, boolean required, @Nullable String exemption,
                            String mode, int households) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM property_company", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        long started = System.currentTimeMillis();
        Random random = new Random(20241002L);
        List<Compound> compounds = jdbc.query("""
                SELECT id, town_id, name, committee_required AS required, committee_exemption AS exemption,
                       management_mode AS mode, households
                FROM compound ORDER BY id""", new DataClassRowMapper<>(Compound.class));
        if (compounds.isEmpty()) {
            return;
        }
        Set<Long> withCommittee = committees(compounds, random);
        List<Long> companyIds = companies(random);
        Set<Long> served = propertyService(compounds, companyIds, random);
        surveysAndFees(compounds, served, random);
        disputes(compounds, random);
        meetings(compounds, withCommittee, served, random);
        log.info("Demo governance: {} committees, {} members, {} companies, {} surveys, {} fee periods, {} disputes, "
                        + "{} meetings in {} ms", count("compound_committee"), count("committee_member"),
                count("property_company"), count("satisfaction_survey"), count("fee_period"), count("property_dispute"),
                count("coordination_meeting"), System.currentTimeMillis() - started);
    }

    private Set<Long> committees(List<Compound> compounds, Random random) {
        List<Compound> required = new ArrayList<>(compounds.stream().filter(Compound::required).toList());
        Collections.shuffle(required, random);
        Set<Long> gaps = new HashSet<>();
        for (Compound c : required) {
            if (gaps.size() < REQUIRED_WITHOUT_COMMITTEE && !SHOWCASE.equals(c.name())) {
                gaps.add(c.id());
            }
        }
        List<Object[]> committeeRows = new ArrayList<>();
        List<Object[]> candidateRows = new ArrayList<>();
        List<Object[]> memberRows = new ArrayList<>();
        long committeeId = 0;
        long candidateId = 0;
        Set<Long> formed = new HashSet<>();
        for (Compound c : compounds) {
            String kind;
            if (c.required()) {
                if (gaps.contains(c.id())) {
                    continue;
                }
                kind = "OWNERS";
            } else if ("单位自管".equals(c.exemption())) {
                kind = "PROPERTY_MANAGEMENT";
            } else {
                continue;
            }
            committeeId++;
            formed.add(c.id());
            LocalDate start = LocalDate.of(2021, 9, 1).plusDays(random.nextInt(365 * 4));
            if (SHOWCASE.equals(c.name())) {
                start = LocalDate.of(2024, 6, 18);
            }
            LocalDate end = start.plusYears(kind.equals("OWNERS") ? 5 : 2);
            if (!kind.equals("OWNERS") && end.isBefore(LocalDate.of(2026, 1, 1))) {
                end = end.plusYears(2);
                start = start.plusYears(2);
            }
            committeeRows.add(new Object[] {committeeId, c.id(), c.townId(), kind, Date.valueOf(start), Date.valueOf(end)});
            int size = 5 + 2 * random.nextInt(3);
            double party = SHOWCASE.equals(c.name()) ? 0.8 : 0.35 + random.nextDouble() * 0.45;
            Set<String> names = new HashSet<>();
            for (int m = 0; m < size; m++) {
                String name = uniqueName(names, random);
                boolean partyMember = m == 0 ? random.nextDouble() < 0.85 : random.nextDouble() < party;
                LocalDate vetted = start.minusDays(15 + random.nextInt(30));
                LocalDate proposed = vetted.minusDays(5 + random.nextInt(15));
                candidateId++;
                candidateRows.add(new Object[] {candidateId, committeeId, c.townId(), name, partyMember, Date.valueOf(proposed),
                        "ELECTED", random.nextInt(3) == 0 ? "COMMUNITY_PARTY" : "COMPOUND_BRANCH", DemoNames.person(random),
                        Date.valueOf(vetted), null});
                String role = m == 0 ? "DIRECTOR" : m <= (size > 5 ? 2 : 1) ? "DEPUTY" : "MEMBER";
                memberRows.add(new Object[] {committeeId, c.townId(), candidateId, name, role, partyMember});
            }
            int rejected = random.nextInt(100) < 40 ? 1 + random.nextInt(2) : 0;
            for (int r = 0; r < rejected; r++) {
                LocalDate vetted = start.minusDays(15 + random.nextInt(30));
                candidateId++;
                candidateRows.add(new Object[] {candidateId, committeeId, c.townId(), uniqueName(names, random),
                        random.nextBoolean(), Date.valueOf(vetted.minusDays(7)), "REJECTED",
                        random.nextBoolean() ? "COMMUNITY_PARTY" : "COMPOUND_BRANCH", DemoNames.person(random),
                        Date.valueOf(vetted), REJECT_REASONS[random.nextInt(REJECT_REASONS.length)]});
            }
            if (random.nextInt(100) < 12) {
                // a by-election under way: one candidate proposed, one approved and not yet elected
                LocalDate proposed = LocalDate.of(2026, 10, 1).plusDays(random.nextInt(40));
                candidateId++;
                candidateRows.add(new Object[] {candidateId, committeeId, c.townId(), uniqueName(names, random), true,
                        Date.valueOf(proposed), "PROPOSED", null, null, null, null});
                candidateId++;
                candidateRows.add(new Object[] {candidateId, committeeId, c.townId(), uniqueName(names, random),
                        random.nextBoolean(), Date.valueOf(proposed.minusDays(10)), "APPROVED", "COMPOUND_BRANCH",
                        DemoNames.person(random), Date.valueOf(proposed.minusDays(3)), null});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO compound_committee (id, compound_id, town_id, kind, term_start, term_end)
                VALUES (?, ?, ?, ?, ?, ?)""", committeeRows);
        jdbc.batchUpdate("""
                INSERT INTO committee_candidate (id, committee_id, town_id, name, party_member, proposed_on, status,
                                                 vetter_kind, vetted_by, vetted_on, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", candidateRows);
        jdbc.batchUpdate("""
                INSERT INTO committee_member (committee_id, town_id, candidate_id, name, role, party_member)
                VALUES (?, ?, ?, ?, ?, ?)""", memberRows);
        return formed;
    }

    private static String uniqueName(Set<String> used, Random random) {
        String name;
        do {
            name = DemoNames.person(random);
        } while (!used.add(name));
        return name;
    }

    private List<Long> companies(Random random) {
        List<Object[]> rows = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < COMPANY_WORDS.length; i++) {
            String name = "常熟市" + COMPANY_WORDS[i] + COMPANY_SUFFIX[i % COMPANY_SUFFIX.length];
            String code;
            do {
                StringBuilder first = new StringBuilder("91320581");
                for (int k = 0; k < 9; k++) {
                    first.append(k < 8 && random.nextInt(4) > 0 ? (char) ('0' + random.nextInt(10))
                            : CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
                }
                code = first.toString() + CreditCode.checkCharacter(first.toString());
            } while (!codes.add(code));
            rows.add(new Object[] {name, code, DemoNames.person(random), DemoNames.mobile(random)});
        }
        jdbc.batchUpdate("INSERT INTO property_company (name, credit_code, contact_person, contact_phone) VALUES (?, ?, ?, ?)",
                rows);
        return jdbc.queryForList("SELECT id FROM property_company ORDER BY id", Long.class);
    }

    private Set<Long> propertyService(List<Compound> compounds, List<Long> companyIds, Random random) {
        List<Object[]> rows = new ArrayList<>();
        Set<Long> served = new HashSet<>();
        for (Compound c : compounds) {
            // the showcase hired a company in 2024 (the geography demo draws its mode at random)
            if (!"PROPERTY_COMPANY".equals(c.mode()) && !SHOWCASE.equals(c.name())) {
                continue;
            }
            served.add(c.id());
            long company = companyIds.get(random.nextInt(companyIds.size()));
            LocalDate since = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(365 * 12));
            boolean changed = SHOWCASE.equals(c.name()) || random.nextInt(100) < 25;
            if (changed) {
                LocalDate switched = SHOWCASE.equals(c.name()) ? LocalDate.of(2024, 9, 1)
                        : LocalDate.of(2021, 1, 1).plusDays(random.nextInt(365 * 4));
                long previous = companyIds.get(random.nextInt(companyIds.size()));
                if (previous == company) {
                    previous = companyIds.get((companyIds.indexOf(company) + 1) % companyIds.size());
                }
                LocalDate previousSince = switched.minusYears(3 + random.nextInt(6));
                rows.add(new Object[] {c.id(), c.townId(), previous, Date.valueOf(previousSince), Date.valueOf(switched)});
                since = switched;
            }
            rows.add(new Object[] {c.id(), c.townId(), company, Date.valueOf(since), null});
        }
        jdbc.batchUpdate("INSERT INTO property_service_term (compound_id, town_id, company_id, since, until) VALUES (?, ?, ?, ?, ?)",
                rows);
        return served;
    }

    private void surveysAndFees(List<Compound> compounds, Set<Long> served, Random random) {
        LocalDate[] surveyDates = {LocalDate.of(2024, 12, 15), LocalDate.of(2025, 6, 15), LocalDate.of(2025, 12, 15),
                LocalDate.of(2026, 6, 15)};
        LocalDate[] periods = {LocalDate.of(2024, 7, 1), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1),
                LocalDate.of(2026, 1, 1)};
        double[] showcaseSatisfaction = {0.52, 0.68, 0.83, 0.924};
        double[] showcaseCollection = {0.325, 0.58, 0.79, 0.936};
        List<Object[]> surveyRows = new ArrayList<>();
        List<Object[]> feeRows = new ArrayList<>();
        for (Compound c : compounds) {
            boolean showcase = SHOWCASE.equals(c.name());
            if (!served.contains(c.id()) || (!showcase && random.nextInt(100) < 8)) {
                continue;
            }
            double satisfaction = 0.68 + random.nextDouble() * 0.22;
            double collection = 0.72 + random.nextDouble() * 0.22;
            double area = 80 + random.nextInt(35);
            double price = 0.8 + random.nextInt(15) / 10.0;
            for (int p = 0; p < 4; p++) {
                double s = showcase ? showcaseSatisfaction[p] : clamp(satisfaction + (random.nextDouble() - 0.4) * 0.06);
                int sample = showcase ? 200 : 60 + random.nextInt(140);
                surveyRows.add(new Object[] {c.id(), c.townId(), Date.valueOf(surveyDates[p]), sample,
                        (int) Math.round(sample * s)});
                BigDecimal due = BigDecimal.valueOf(c.households() * (showcase ? 100 * 2.8 : area * price) * 6)
                        .setScale(2, RoundingMode.HALF_UP);
                double r = showcase ? showcaseCollection[p] : clamp(collection + (random.nextDouble() - 0.4) * 0.05);
                BigDecimal collected = due.multiply(BigDecimal.valueOf(r)).setScale(2, RoundingMode.HALF_UP);
                feeRows.add(new Object[] {c.id(), c.townId(), Date.valueOf(periods[p]),
                        Date.valueOf(periods[p].plusMonths(6).minusDays(1)), due, collected});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO satisfaction_survey (compound_id, town_id, survey_date, sample_size, satisfied)
                VALUES (?, ?, ?, ?, ?)""", surveyRows);
        jdbc.batchUpdate("""
                INSERT INTO fee_period (compound_id, town_id, period_start, period_end, due, collected)
                VALUES (?, ?, ?, ?, ?, ?)""", feeRows);
    }

    private static double clamp(double rate) {
        return Math.max(0.3, Math.min(0.99, rate));
    }

    private void disputes(List<Compound> compounds, Random random) {
        List<Object[]> rows = new ArrayList<>();
        LocalDate last = LocalDate.of(2026, 11, 20);
        int n = 0;
        for (Compound c : compounds) {
            boolean showcase = SHOWCASE.equals(c.name());
            if (!showcase && random.nextInt(100) >= 40) {
                continue;
            }
            int count = 1 + random.nextInt(2);
            for (int d = 0; d < count; d++) {
                n++;
                LocalDate filed = LocalDate.of(2024, 12, 1).plusDays(random.nextInt(700));
                boolean serious = !showcase && random.nextInt(100) < 15;
                boolean fastTrack = random.nextInt(100) < 35;
                int draw = showcase ? 0 : n % 10;
                String state = draw < 5 ? "CLOSED" : draw < 7 ? "MEDIATED" : draw < 8 ? "ADJUDICATED" : "FILED";
                int days = fastTrack ? 3 + random.nextInt(12) : 15 + random.nextInt(75);
                LocalDate resolved = filed.plusDays(Math.max(1, days * 2 / 3));
                LocalDate closed = filed.plusDays(days);
                if (closed.isAfter(last)) {
                    state = resolved.isAfter(last) ? "FILED" : "MEDIATED";
                }
                boolean adjudicated = state.equals("ADJUDICATED") || state.equals("CLOSED") && random.nextInt(3) == 0;
                String outcome = state.equals("FILED") ? null : adjudicated
                        ? OUTCOMES_ADJUDICATED[random.nextInt(OUTCOMES_ADJUDICATED.length)]
                        : OUTCOMES_MEDIATED[random.nextInt(OUTCOMES_MEDIATED.length)];
                rows.add(new Object[] {c.id(), c.townId(), DISPUTES[random.nextInt(DISPUTES.length)],
                        serious ? "SERIOUS" : "MINOR", fastTrack, state, Date.valueOf(filed),
                        state.equals("FILED") ? null : Date.valueOf(resolved),
                        state.equals("CLOSED") ? Date.valueOf(closed) : null, outcome});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO property_dispute (compound_id, town_id, title, severity, fast_track, state, filed_on,
                                              resolved_on, closed_on, outcome)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private void meetings(List<Compound> compounds, Set<Long> withCommittee, Set<Long> served, Random random) {
        List<Object[]> rows = new ArrayList<>();
        for (Compound c : compounds) {
            int count = SHOWCASE.equals(c.name()) ? 6 : random.nextInt(4);
            for (int m = 0; m < count; m++) {
                LocalDate date = LocalDate.of(2025, 1, 10).plusDays(random.nextInt(680));
                boolean committee = withCommittee.contains(c.id());
                boolean company = served.contains(c.id()) && random.nextInt(10) > 0;
                rows.add(new Object[] {c.id(), c.townId(), Date.valueOf(date), true, random.nextInt(10) > 0, committee,
                        company || !committee, TOPICS[random.nextInt(TOPICS.length)],
                        DECISIONS[random.nextInt(DECISIONS.length)]});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO coordination_meeting (compound_id, town_id, meeting_date, community_party, compound_branch,
                                                  committee, property_company, topics, decisions)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private int count(String table) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
        return n == null ? 0 : n;
    }
}
