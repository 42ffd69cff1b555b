package cn.haitang.console.circle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.support.ServiceTest;
import cn.haitang.console.support.TestData;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/** Figures, the breakdown by area, coverage of the ten items and the gap list; scope of each. */
@Transactional
class CircleFiguresServiceTest extends ServiceTest {

    @Autowired
    CircleFiguresService figures;
    @Autowired
    SceneService scenes;
    @Autowired
    ServiceRecordService records;
    @Autowired
    PositionService positions;
    @Autowired
    CircleTestData circle;
    @Autowired
    Clock clock;

    @Test
    void aCommunityWithOnlyAChildrensSceneIsAGapForTheElderlyUntilOneRuns() {
        CircleTestData.Circle c = circle.circle("yushan");
        login.as("yushan");
        CoverageRow row = coverageOf(c.place().communityId());
        assertThat(row.items()).isEqualTo(1);
        assertThat(row.children()).isTrue();
        assertThat(row.elderly()).isFalse();
        assertThat(figures.coverage(null, true, PageRequest.of(0, 2000))).extracting(CoverageRow::communityId)
                .contains(c.place().communityId());

        long types = scenes.types().size();
        for (SceneTypeRow type : scenes.types().subList(1, 3)) {
            long id = scenes.create(CircleTestData.scene(c.positionId(), type.id(),
                    Set.of(TargetGroup.ELDERLY, TargetGroup.SPECIAL), 20));
            scenes.changeState(id, 0, SceneState.RUNNING, null);
        }
        assertThat(types).isGreaterThanOrEqualTo(3);
        CoverageRow covered = coverageOf(c.place().communityId());
        assertThat(covered.items()).isEqualTo(3);
        assertThat(covered.hasGap()).isFalse();
        assertThat(figures.coverage(null, true, PageRequest.of(0, 2000))).extracting(CoverageRow::communityId)
                .doesNotContain(c.place().communityId());
    }

    @Test
    void aRoomLentByAPairedInstitutionCountsForEveryCommunityThePairingCovers() {
        TestData.Place host = circle.data().place("yushan");
        TestData.Place served = circle.data().place("yushan");
        long institution = circle.pairedInstitution(host.townId(), Set.of(host.communityId(), served.communityId()));
        login.as("yushan");
        long room = positions.create(new PositionForm(host.communityId(), "市供电公司闲置活动室", PositionKind.LENT_ROOM,
                "海虞南路2号", new BigDecimal("60"), "市供电公司", institution, "周强", "13812341234", List.of()));
        long scene = scenes.create(CircleTestData.scene(room, circle.firstType(), Set.of(TargetGroup.ELDERLY), 20));
        assertThat(coverageOf(served.communityId()).items()).isZero();
        scenes.changeState(scene, 0, SceneState.RUNNING, null);
        assertThat(coverageOf(served.communityId()).items()).isEqualTo(1);
        // the target groups are those of the community's own scenes
        assertThat(coverageOf(served.communityId()).elderly()).isFalse();
        assertThat(coverageOf(host.communityId()).elderly()).isTrue();
    }

    @Test
    void townFiguresAndBreakdownFollowTheRecords() {
        CircleTestData.Circle c = circle.circle("yushan");
        login.as("yushan");
        LocalDate day = LocalDate.now(clock).minusDays(1);
        YearMonth month = YearMonth.from(day);
        CircleFigures before = figures.figures(null, month);
        CircleAreaLine lineBefore = lineOf(figures.byArea(null, month), c.place().communityId());
        records.create(new RecordForm(c.sceneId(), day, LocalTime.of(9, 0), LocalTime.of(10, 0), 18, null, null, List.of()));
        CircleFigures after = figures.figures(null, month);
        assertThat(after.personTimesMonth() - before.personTimesMonth()).isEqualTo(18);
        assertThat(after.personTimesYear() - before.personTimesYear()).isEqualTo(18);
        assertThat(after.sessionsYear() - before.sessionsYear()).isEqualTo(1);
        assertThat(after.latePositions()).isGreaterThanOrEqualTo(1);
        assertThat(lineOf(figures.byArea(null, month), c.place().communityId()).personTimesYear()
                - lineBefore.personTimesYear()).isEqualTo(18);
        assertThat(figures.byType(null)).extracting(TypeCount::running).anyMatch(n -> n > 0);
    }

    @Test
    void aCoordinatorGetsNoOtherTownAndAReviewerNothing() {
        long meili = circle.data().town("meili");
        login.as("yushan");
        assertThatThrownBy(() -> figures.figures(meili, null)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> figures.byArea(meili, null)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> figures.coverage(meili, false, PageRequest.of(0, 10))).isInstanceOf(ScopeViolationException.class);
        assertThat(figures.byArea(null, null)).noneMatch(CircleAreaLine::town);
        login.as("reviewer2");
        assertThatThrownBy(() -> figures.figures(null, null)).isInstanceOf(ScopeViolationException.class);
    }

    private CoverageRow coverageOf(long communityId) {
        return figures.coverage(null, false, PageRequest.of(0, 5000)).stream().filter(r -> r.communityId() == communityId)
                .findFirst().orElseThrow();
    }

    private static CircleAreaLine lineOf(List<CircleAreaLine> lines, long communityId) {
        return lines.stream().filter(l -> l.areaId() == communityId).findFirst().orElseThrow();
    }
}
