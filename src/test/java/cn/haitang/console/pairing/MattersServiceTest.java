package cn.haitang.console.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.support.ServiceTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The board's one state machine: legal and illegal steps, joint claims, the timeline, scope and figures. */
@Transactional
class MattersServiceTest extends ServiceTest {

    @Autowired
    MattersService matters;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    Fixtures fx;
    @Autowired
    PairingTestData data;
    @Autowired
    PairingFiguresService pairingFigures;

    private MatterForm form(long[] paired) {
        return new MatterForm("夜间停车占用消防通道", "外来车辆夜间停放在消防通道", MatterCategory.PARKING, MatterSource.FENGWU,
                paired[1], fx.compoundOf(paired[1]), LocalDate.now().minusDays(1));
    }

    private long version(long id) {
        return matters.detail(id).row().version();
    }

    /** Takes a new matter along the happy path up to the given state. */
    private long matterIn(MatterState target, long[] paired) {
        long id = matters.raise(form(paired));
        for (MatterState state : MatterState.values()) {
            if (state.ordinal() >= target.ordinal()) {
                break;
            }
            switch (state) {
                case RAISED -> matters.publish(id, version(id));
                case PUBLISHED -> matters.claim(id, version(id), Set.of(paired[0]));
                case CLAIMED -> matters.start(id, version(id));
                case IN_PROGRESS -> matters.resolve(id, version(id), "施划标线并劝导", "照片");
                case RESOLVED -> matters.accept(id, version(id), "居民代表王芳");
                case ACCEPTED -> matters.close(id, version(id));
                default -> {
                }
            }
        }
        assertThat(matters.detail(id).row().state()).isEqualTo(target);
        return id;
    }

    private void take(long id, MatterAction action, long[] paired) {
        long v = version(id);
        switch (action) {
            case CLAIM -> matters.claim(id, v, Set.of(paired[0]));
            case RESOLVE -> matters.resolve(id, v, "处理完毕", null);
            case REOPEN -> matters.reopen(id, v, "居民反映仍有车辆占道");
            case ACCEPT -> matters.accept(id, v, "居民代表");
            default -> matters.transition(id, v, action, null);
        }
    }

    @Test
    void aMatterGoesFromRaisedThroughAJointClaimToClosedWithATimeline() {
        long[] yushan = fx.pairedInstitutionAndCommunity("yushan");
        login.as("admin");
        long other = fx.count("""
                SELECT MIN(p.institution_id) FROM pairing p WHERE p.status = 'ACTIVE' AND p.town_id = ? AND p.institution_id <> ?""",
                fx.town("yushan"), yushan[0]);
        long id = matters.raise(form(yushan));
        assertThat(matters.detail(id).nextSteps()).containsExactly(MatterAction.PUBLISH);
        matters.publish(id, version(id));
        assertThat(matters.list(new MatterFilter(null, null, null, null, null, true, "消防通道"), 0, 50))
                .extracting(MatterRow::id).contains(id);
        matters.claim(id, version(id), Set.of(yushan[0]));
        matters.claim(id, version(id), Set.of(other));
        assertThat(matters.detail(id).claimants()).extracting(Named::id).containsExactly(yushan[0], other);
        assertThat(matters.list(new MatterFilter(null, null, null, null, other, false, null), 0, 500)).extracting(MatterRow::id)
                .contains(id);
        matters.start(id, version(id));
        matters.resolve(id, version(id), "安装液压升降柱，居民自筹", "照片、公示");
        matters.reopen(id, version(id), "验收时发现升降柱夜间未启用");
        assertThat(matters.detail(id).row().state()).isEqualTo(MatterState.IN_PROGRESS);
        assertThat(matters.detail(id).row().reopenCount()).isEqualTo(1);
        matters.resolve(id, version(id), "升降柱夜间启用，制定停车公约", null);
        matters.accept(id, version(id), "居民代表王芳");
        matters.close(id, version(id));
        MatterDetail detail = matters.detail(id);
        assertThat(detail.row().state()).isEqualTo(MatterState.CLOSED);
        assertThat(detail.row().closedOn()).isEqualTo(LocalDate.now());
        assertThat(detail.nextSteps()).isEmpty();
        assertThat(detail.resolution()).contains("停车公约");
        assertThat(detail.timeline()).extracting(MatterStepRow::toState).containsExactly(MatterState.RAISED,
                MatterState.PUBLISHED, MatterState.CLAIMED, MatterState.CLAIMED, MatterState.IN_PROGRESS, MatterState.RESOLVED,
                MatterState.IN_PROGRESS, MatterState.RESOLVED, MatterState.ACCEPTED, MatterState.CLOSED);
        assertThat(detail.timeline()).allSatisfy(s -> assertThat(s.actor()).isEqualTo("admin"));
        assertThat(detail.timeline().get(6).note()).isEqualTo("验收时发现升降柱夜间未启用");
    }

    @ParameterizedTest
    @EnumSource(MatterState.class)
    void fromEveryStateOnlyTheLegalStepsAreTaken(MatterState state) {
        long[] yushan = fx.pairedInstitutionAndCommunity("yushan");
        login.as("admin");
        for (MatterAction action : MatterAction.values()) {
            long id = matterIn(state, yushan);
            if (action.allowedFrom(state)) {
                if (action == MatterAction.CLAIM && state == MatterState.CLAIMED) {
                    // the same institution cannot claim twice: a joint claim needs another one
                    assertThatThrownBy(() -> take(id, action, yushan)).isInstanceOf(RuleViolationException.class)
                            .hasMessageContaining("alreadyClaimed");
                    continue;
                }
                take(id, action, yushan);
                assertThat(matters.detail(id).row().state()).as("%s from %s", action, state).isEqualTo(action.target());
            } else {
                assertThatThrownBy(() -> take(id, action, yushan)).as("%s from %s", action, state)
                        .isInstanceOf(RuleViolationException.class)
                        .satisfies(e -> assertThat(((RuleViolationException) e).getMessageKey())
                                .isEqualTo("pairing.error.matter.illegal." + action.name()));
                assertThat(matters.detail(id).row().state()).isEqualTo(state);
            }
        }
    }

    @Test
    void stepsNeedTheirInputAndAFreshVersion() {
        long[] yushan = fx.pairedInstitutionAndCommunity("yushan");
        login.as("yushan");
        long id = matterIn(MatterState.PUBLISHED, yushan);
        assertThatThrownBy(() -> matters.claim(id, version(id), Set.of())).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).getField()).isEqualTo("institutions"));
        long stale = version(id);
        matters.claim(id, stale, Set.of(yushan[0]));
        assertThatThrownBy(() -> matters.start(id, stale)).isInstanceOf(StaleEditException.class);
        matters.start(id, version(id));
        assertThatThrownBy(() -> matters.resolve(id, version(id), " ", null)).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).getField()).isEqualTo("resolution"));
        matters.resolve(id, version(id), "已处理", null);
        assertThatThrownBy(() -> matters.reopen(id, version(id), "")).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).getMessageKey()).isEqualTo("pairing.error.matter.reasonRequired"));
        assertThatThrownBy(() -> matters.transition(id, version(id), MatterAction.CLAIM, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMatterRaisedFromAnotherFeaturesRecordKeepsItsOriginAndAnEditLeavesItAlone() {
        long[] yushan = fx.pairedInstitutionAndCommunity("yushan");
        login.as("yushan");
        long id = matters.raise(form(yushan), MatterOrigin.of("TEST_ORIGIN", 42, "  某小区逢五说事 2026-11-15 · 议题「停车」 "));
        MatterOrigin origin = matters.detail(id).origin();
        assertThat(origin).isNotNull();
        assertThat(origin.kind()).isEqualTo("TEST_ORIGIN");
        assertThat(origin.id()).isEqualTo(42);
        assertThat(origin.label()).isEqualTo("某小区逢五说事 2026-11-15 · 议题「停车」");
        assertThat(origin.link()).as("no feature links this kind").isNull();
        matters.update(id, version(id), form(yushan));
        assertThat(matters.detail(id).origin()).extracting(MatterOrigin::label).isEqualTo(origin.label());
        // a label longer than the column is shortened with an ellipsis, never refused or cut mid-character
        long longOne = matters.raise(form(yushan), MatterOrigin.of("TEST_ORIGIN", 43, "议".repeat(250)));
        assertThat(matters.detail(longOne).origin().label()).hasSize(200).endsWith("…");
        assertThat(matters.detail(matters.raise(form(yushan))).origin()).isNull();
    }

    @Test
    void raisingAndEditingAreValidatedAndEditingStopsOnceClaimed() {
        long[] yushan = fx.pairedInstitutionAndCommunity("yushan");
        login.as("yushan");
        assertThatThrownBy(() -> matters.raise(new MatterForm(" ", "d", MatterCategory.PARKING, MatterSource.RESIDENT, yushan[1],
                null, LocalDate.now()))).isInstanceOf(RuleViolationException.class).hasMessageContaining("required");
        assertThatThrownBy(() -> matters.raise(new MatterForm("t", "d", null, MatterSource.RESIDENT, yushan[1], null,
                LocalDate.now()))).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).getField()).isEqualTo("category"));
        assertThatThrownBy(() -> matters.raise(new MatterForm("t", "d", MatterCategory.SAFETY, MatterSource.RESIDENT, yushan[1],
                fx.compoundOutside(yushan[1]), LocalDate.now()))).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).getField()).isEqualTo("compoundId"));
        assertThatThrownBy(() -> matters.raise(new MatterForm("t", "d", MatterCategory.SAFETY, MatterSource.RESIDENT, yushan[1],
                null, LocalDate.now().plusDays(3)))).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).getField()).isEqualTo("raisedOn"));
        long id = matters.raise(form(yushan));
        matters.update(id, version(id), new MatterForm("送药上门", "独居老人配药难", MatterCategory.MEDICINE, MatterSource.GRID_WORKER,
                yushan[1], null, LocalDate.now()));
        assertThat(matters.form(id).category()).isEqualTo(MatterCategory.MEDICINE);
        matters.publish(id, version(id));
        matters.claim(id, version(id), Set.of(yushan[0]));
        assertThatThrownBy(() -> matters.update(id, version(id), form(yushan))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("notEditable");
    }

    @Test
    void aCoordinatorWorksOnlyOnTheirTownsMattersAndClaimsOnlyForInstitutionsPairedWithIt() {
        long[] yushan = fx.pairedInstitutionAndCommunity("yushan");
        long[] meili = fx.pairedInstitutionAndCommunity("meili");
        login.as("admin");
        long meiliMatter = matterIn(MatterState.PUBLISHED, meili);
        long meiliVersion = version(meiliMatter);
        login.as("yushan");
        long own = matterIn(MatterState.PUBLISHED, yushan);
        assertThatThrownBy(() -> matters.claim(own, version(own), Set.of(meili[0])))
                .isInstanceOf(RuleViolationException.class);
        assertThat(matters.detail(own).claimants()).isEmpty();
        assertThatThrownBy(() -> matters.raise(form(meili))).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> matters.detail(meiliMatter)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> matters.form(meiliMatter)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> matters.update(meiliMatter, meiliVersion, form(yushan))).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> matters.publish(meiliMatter, meiliVersion)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> matters.claim(meiliMatter, meiliVersion, Set.of(yushan[0]))).isInstanceOf(ScopeViolationException.class);
        for (MatterAction action : List.of(MatterAction.START, MatterAction.ACCEPT, MatterAction.CLOSE)) {
            assertThatThrownBy(() -> matters.transition(meiliMatter, meiliVersion, action, null))
                    .isInstanceOf(ScopeViolationException.class);
        }
        assertThatThrownBy(() -> matters.resolve(meiliMatter, meiliVersion, "x", null)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> matters.accept(meiliMatter, meiliVersion, "x")).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> matters.reopen(meiliMatter, meiliVersion, "x")).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> matters.close(meiliMatter, meiliVersion)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> matters.start(meiliMatter, meiliVersion)).isInstanceOf(ScopeViolationException.class);
        List<MatterRow> board = matters.list(MatterFilter.all(), 0, 200);
        assertThat(board).isNotEmpty().allSatisfy(m -> assertThat(m.townName()).isEqualTo("虞山街道"));
        MatterFilter meiliFilter = new MatterFilter(fx.town("meili"), null, null, null, null, false, null);
        assertThatThrownBy(() -> matters.list(meiliFilter, 0, 10)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> matters.count(meiliFilter)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> matters.listBefore(meiliFilter, 0, 10)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> matters.figures(fx.town("meili"))).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> matters.mediansByCategory(fx.town("meili"))).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> matters.perMonth(fx.town("meili"), 12)).isInstanceOf(ScopeViolationException.class);
        assertThat(matters.mediansByTown()).singleElement().satisfies(m -> assertThat(m.key()).isEqualTo("虞山街道"));
    }

    @Test
    void boardFiguresAndMediansAreComputedInSql() {
        login.as("admin");
        BoardFigures city = matters.figures(null);
        assertThat(city.published()).isGreaterThan(city.claimed());
        assertThat(city.claimed()).isGreaterThan(city.resolved());
        assertThat(city.resolved()).isGreaterThanOrEqualTo(1_300);
        assertThat(city.reopened()).isPositive();
        assertThat(city.medianDaysToClaim()).isNotNull().isBetween(0.0, 10.0);
        assertThat(city.medianDaysToClose()).isNotNull().isGreaterThan(city.medianDaysToClaim());
        List<MedianRow> categories = matters.mediansByCategory(null);
        assertThat(categories).extracting(MedianRow::key).contains("PARKING", "MEDICINE", "AGEING_CARE", "ENVIRONMENT", "SAFETY");
        assertThat(categories.stream().mapToLong(MedianRow::matters).sum()).isEqualTo(city.published());
        assertThat(matters.mediansByTown()).hasSize(14);
        List<MonthStateCount> months = matters.perMonth(null, 12);
        assertThat(months).isNotEmpty();
        assertThat(months.stream().map(MonthStateCount::state).distinct()).contains(MatterState.CLOSED, MatterState.PUBLISHED);
        login.as("yushan");
        BoardFigures yushan = matters.figures(null);
        assertThat(yushan.published()).isLessThan(city.published()).isPositive();
        // the medians taken from the day histograms are MariaDB's own MEDIAN over every matter, city and town
        assertThat(city.medianDaysToClaim()).isEqualTo(databaseMedian("claimed_on", ""));
        assertThat(city.medianDaysToClose()).isEqualTo(databaseMedian("closed_on", ""));
        long town = fx.town("yushan");
        assertThat(yushan.medianDaysToClaim()).isEqualTo(databaseMedian("claimed_on", " AND town_id = " + town));
        assertThat(yushan.medianDaysToClose()).isEqualTo(databaseMedian("closed_on", " AND town_id = " + town));
    }

    @Test
    void theHomePagesMatterFiguresFollowEveryStepAsCountedOverTheMattersThemselves() {
        login.as("admin");
        long[] yushan = fx.pairedInstitutionAndCommunity("yushan");
        long town = fx.town("yushan");
        assertHomeFiguresMatchTheMatters(town);
        long id = matters.raise(form(yushan));
        assertHomeFiguresMatchTheMatters(town);
        for (MatterAction action : List.of(MatterAction.PUBLISH, MatterAction.CLAIM, MatterAction.START,
                MatterAction.RESOLVE, MatterAction.REOPEN, MatterAction.RESOLVE, MatterAction.ACCEPT, MatterAction.CLOSE)) {
            long before = pairingFigures.figures(town).mattersResolved();
            take(id, action, yushan);
            assertHomeFiguresMatchTheMatters(town);
            if (action == MatterAction.ACCEPT) {
                assertThat(pairingFigures.figures(town).mattersResolved()).isEqualTo(before + 1);
            }
        }
        // written outside the services too (a correction in SQL, a purge): the tally follows the rows
        jdbc.update("UPDATE matter SET published_on = published_on - INTERVAL 40 DAY, claimed_on = claimed_on - INTERVAL 3 DAY"
                + " WHERE id = ?", id);
        assertHomeFiguresMatchTheMatters(town);
        jdbc.update("UPDATE matter SET town_id = ?, community_id = ?, compound_id = NULL WHERE id = ?",
                fx.town("meili"), fx.pairedInstitutionAndCommunity("meili")[1], id);
        assertHomeFiguresMatchTheMatters(town);
        assertHomeFiguresMatchTheMatters(fx.town("meili"));
        jdbc.update("DELETE FROM matter_step WHERE matter_id = ?", id);
        jdbc.update("DELETE FROM matter_claim WHERE matter_id = ?", id);
        jdbc.update("DELETE FROM matter WHERE id = ?", id);
        assertHomeFiguresMatchTheMatters(fx.town("meili"));
    }

    /** The dashboard's and the board's matter figures (kept in tallies by triggers), city and town, against the matters. */
    private void assertHomeFiguresMatchTheMatters(long town) {
        for (String and : List.of("", " AND town_id = " + town)) {
            PairingFigures f = pairingFigures.figures(and.isEmpty() ? null : town);
            assertThat(List.of(f.mattersPublished(), f.mattersResolved(), f.mattersOpen())).isEqualTo(List.of(
                    jdbc.queryForObject("SELECT COUNT(*) FROM matter WHERE published_on IS NOT NULL" + and, Long.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM matter WHERE state IN ('ACCEPTED', 'CLOSED')" + and, Long.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM matter WHERE state NOT IN ('ACCEPTED', 'CLOSED')" + and,
                            Long.class)));
            assertThat(f.medianDaysToClose()).isEqualTo(databaseMedian("closed_on", and));
            // the board's headline, from the same tallies
            BoardFigures board = matters.figures(and.isEmpty() ? null : town);
            assertThat(List.of(board.published(), board.claimed(), board.resolved(), board.reopened(), board.open()))
                    .isEqualTo(List.of(f.mattersPublished(),
                            jdbc.queryForObject("SELECT COUNT(*) FROM matter WHERE claimed_on IS NOT NULL" + and, Long.class),
                            f.mattersResolved(),
                            jdbc.queryForObject("SELECT COUNT(*) FROM matter WHERE reopen_count > 0" + and, Long.class),
                            f.mattersOpen()));
            assertThat(board.medianDaysToClaim()).isEqualTo(databaseMedian("claimed_on", and));
            assertThat(board.medianDaysToClose()).isEqualTo(f.medianDaysToClose());
            // the histograms themselves, day by day (one day more or less rarely moves a median)
            for (String[] span : new String[][] {{"CLAIM", "claimed_on"}, {"CLOSE", "closed_on"}}) {
                java.util.Map<Integer, Long> tallied = new java.util.HashMap<>();
                jdbc.query("SELECT days, SUM(matters) FROM matter_day_tally WHERE span = ?" + and
                        + " GROUP BY days HAVING SUM(matters) > 0", rs -> {
                            tallied.put(rs.getInt(1), rs.getLong(2));
                        }, span[0]);
                java.util.Map<Integer, Long> counted = new java.util.HashMap<>();
                jdbc.query("SELECT DATEDIFF(" + span[1] + ", published_on), COUNT(*) FROM matter WHERE " + span[1]
                        + " IS NOT NULL AND published_on IS NOT NULL" + and + " GROUP BY 1", rs -> {
                            counted.put(rs.getInt(1), rs.getLong(2));
                        });
                assertThat(tallied).as(span[0]).isEqualTo(counted);
            }
        }
    }

    @Test
    void aMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleDays() {
        java.util.TreeMap<Integer, Long> days = new java.util.TreeMap<>(java.util.Map.of(1, 2L, 4, 1L, 9, 1L));
        assertThat(DayMedians.median(days)).isEqualTo(2.5); // 1 1 4 9
        days.put(9, 2L);
        assertThat(DayMedians.median(days)).isEqualTo(4.0); // 1 1 4 9 9
        assertThat(DayMedians.median(new java.util.TreeMap<>())).isNull();
    }

    private Double databaseMedian(String column, String and) {
        return jdbc.queryForObject("SELECT DISTINCT MEDIAN(DATEDIFF(" + column + ", published_on)) OVER () FROM matter"
                + " WHERE " + column + " IS NOT NULL" + and, Double.class);
    }

    @Test
    void exportWritesTheFilteredMatters() throws Exception {
        login.as("yushan");
        MatterFilter open = new MatterFilter(null, null, null, null, null, true, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = matters.export(open, out, Locale.SIMPLIFIED_CHINESE);
        assertThat(rows).isEqualTo(matters.count(open)).isPositive();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("事项");
            assertThat(book.getSheetAt(0).getRow(1).getCell(7).getStringCellValue()).isIn("已发布", "已揭榜");
        }
    }

    @Test
    void aMatterIsRaisedOnADayFromTwoThousandToTodayAndItsTitleIsNeverCut() {
        PairingTestData.Paired paired = data.paired("yushan");
        login.as("yushan");
        long community = paired.place().communityId();
        assertRefused(() -> matters.raise(new MatterForm("楼道灯不亮", "三号楼楼道灯坏了", MatterCategory.SAFETY,
                MatterSource.GRID_WORKER, community, null, LocalDate.of(1999, 12, 31))), "raisedOn", "form.dateRange");
        assertRefused(() -> matters.raise(new MatterForm("灯".repeat(101), "三号楼楼道灯坏了", MatterCategory.SAFETY,
                MatterSource.GRID_WORKER, community, null, LocalDate.now())), "title", "form.tooLong");
        assertThat(matters.count(new MatterFilter(null, community, null, null, null, false, null))).isZero();
        long id = matters.raise(new MatterForm("灯".repeat(100), "三号楼楼道灯坏了", MatterCategory.SAFETY,
                MatterSource.GRID_WORKER, community, null, LocalDate.of(2000, 1, 1)));
        assertThat(matters.form(id).raisedOn()).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(matters.form(id).title()).hasSize(100);
    }
}
