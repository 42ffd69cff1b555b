package cn.haitang.console.circle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.support.ServiceTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Sessions: what may be recorded as held, who may be named as serving, the sums they make, scope. */
@Transactional
class ServiceRecordServiceTest extends ServiceTest {

    @Autowired
    ServiceRecordService records;
    @Autowired
    SceneService scenes;
    @Autowired
    CircleFiguresService figures;
    @Autowired
    CircleTestData circle;
    @Autowired
    Clock clock;

    private LocalDate yesterday() {
        return LocalDate.now(clock).minusDays(1);
    }

    private RecordForm session(long scene, LocalDate on, int participants, List<Long> servers) {
        return new RecordForm(scene, on, LocalTime.of(19, 0), LocalTime.of(20, 30), participants, null, "书法与作业辅导",
                servers);
    }

    @Test
    void aSessionWithNamedVolunteersAddsItsPersonTimesAndVolunteerHours() {
        CircleTestData.Circle c = circle.circle("yushan");
        long v1 = circle.volunteer(c.place());
        long v2 = circle.volunteer(c.place());
        login.as("yushan");
        assertThat(records.serverOptions(c.sceneId())).extracting(ServerOption::reportId).contains(v1, v2);
        YearMonth month = YearMonth.from(yesterday());
        CircleFigures before = figures.figures(c.place().townId(), month);
        long id = records.create(session(c.sceneId(), yesterday(), 25, List.of(v1, v2)));
        RecordRow row = records.record(id);
        assertThat(row.servers()).isEqualTo(2);
        assertThat(row.volunteerHours()).isEqualByComparingTo(new BigDecimal("3.0"));
        CircleFigures after = figures.figures(c.place().townId(), month);
        assertThat(after.personTimesMonth() - before.personTimesMonth()).isEqualTo(25);
        assertThat(after.volunteerMinutesYear() - before.volunteerMinutesYear()).isEqualTo(180);
        assertThat(scenes.scene(c.sceneId()).personTimes()).isEqualTo(25);

        records.update(id, 0, session(c.sceneId(), yesterday(), 20, List.of(v1)));
        assertThat(scenes.scene(c.sceneId()).personTimes()).isEqualTo(20);
        assertThat(figures.figures(c.place().townId(), month).volunteerMinutesYear() - before.volunteerMinutesYear())
                .isEqualTo(90);
        assertThat(records.form(id).reportIds()).containsExactly(v1);
        assertThatThrownBy(() -> records.update(id, 0, session(c.sceneId(), yesterday(), 5, List.of())))
                .isInstanceOf(StaleEditException.class);
        records.delete(id, 1);
        assertThat(scenes.scene(c.sceneId()).personTimes()).isZero();
        assertThat(records.count(new RecordFilter(null, null, c.sceneId(), null))).isZero();
    }

    @Test
    void aFutureSessionTooManyParticipantsOrStrangersAreRefusedAtTheirFields() {
        CircleTestData.Circle c = circle.circle("yushan");
        CircleTestData.Circle elsewhere = circle.circle("yushan");
        long stranger = circle.volunteer(elsewhere.place());
        login.as("yushan");
        assertRefused(() -> records.create(session(c.sceneId(), LocalDate.now(clock).plusDays(1), 10, List.of())), "heldOn",
                "circle.error.record.future");
        assertRefused(() -> records.create(new RecordForm(c.sceneId(), LocalDate.now(clock), LocalTime.of(23, 58),
                LocalTime.of(23, 59), 10, null, null, List.of())), "endsAt", "circle.error.record.future");
        assertRefused(() -> records.create(new RecordForm(c.sceneId(), yesterday(), LocalTime.of(20, 0),
                LocalTime.of(19, 0), 10, null, null, List.of())), "endsAt", "circle.error.record.order");
        // capacity 30: 31 need a reason
        assertRefused(() -> records.create(session(c.sceneId(), yesterday(), 31, List.of())), "overCapacityReason",
                "circle.error.record.overCapacity");
        long id = records.create(new RecordForm(c.sceneId(), yesterday(), LocalTime.of(19, 0), LocalTime.of(20, 30), 31,
                "期末家长开放日", null, List.of()));
        assertThat(records.record(id).overCapacity()).isEqualTo("期末家长开放日");
        assertRefused(() -> records.create(session(c.sceneId(), yesterday(), 0, List.of())), "participants", "form.integer");
        assertRefused(() -> records.create(session(c.sceneId(), yesterday(), 10, List.of(stranger))), "reportIds",
                "circle.error.record.notReported");
        scenes.changeState(c.sceneId(), 1, SceneState.PAUSED, "暑期停课");
        assertRefused(() -> records.create(session(c.sceneId(), yesterday(), 10, List.of())), "sceneId",
                "circle.error.record.notRunning");
    }

    @Test
    void aDeepPageIsTheSameRowsAsReadingFromTheStart() {
        CircleTestData.Circle c = circle.circle("yushan");
        login.as("yushan");
        for (int i = 1; i <= 9; i++) {
            records.create(session(c.sceneId(), yesterday().minusDays(i), 10 + i, List.of()));
        }
        RecordFilter filter = new RecordFilter(null, null, c.sceneId(), null);
        assertThat(records.count(filter)).isEqualTo(9);
        List<Long> all = records.list(filter, 0, 9).stream().map(RecordRow::id).toList();
        assertThat(records.list(filter, 6, 3)).extracting(RecordRow::id).containsExactlyElementsOf(all.subList(6, 9));
        assertThat(records.list(filter, 3, 3)).extracting(RecordRow::id).containsExactlyElementsOf(all.subList(3, 6));
        assertThat(records.list(filter, 8, 3)).extracting(RecordRow::id).containsExactlyElementsOf(all.subList(8, 9));
        assertThat(records.list(filter, 0, 9)).extracting(RecordRow::heldOn).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aCoordinatorCannotReachAnotherTownsSessionsByEditingIds() {
        CircleTestData.Circle meili = circle.circle("meili");
        long id = circle.data().asAdmin(() -> records.create(session(meili.sceneId(), yesterday(), 12, List.of())));
        login.as("yushan");
        assertThatThrownBy(() -> records.record(id)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> records.form(id)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> records.update(id, 0, session(meili.sceneId(), yesterday(), 1, List.of())))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> records.delete(id, 0)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> records.create(session(meili.sceneId(), yesterday(), 1, List.of())))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> records.serverOptions(meili.sceneId())).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> records.list(new RecordFilter(null, null, meili.sceneId(), null), 0, 10))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> records.count(new RecordFilter(meili.place().townId(), null, null, null)))
                .isInstanceOf(ScopeViolationException.class);
    }
}
