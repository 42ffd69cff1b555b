package cn.haitang.console.circle;

import cn.haitang.console.pairing.InstitutionForm;
import cn.haitang.console.pairing.InstitutionKind;
import cn.haitang.console.pairing.InstitutionService;
import cn.haitang.console.pairing.PairingForm;
import cn.haitang.console.pairing.ReportForm;
import cn.haitang.console.pairing.ReportKind;
import cn.haitang.console.pairing.ReportingService;
import cn.haitang.console.support.TestData;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * The circle's test-data builder on top of {@link TestData}: a place with a position (and optionally a
 * paired institution), a running scene, people reported to the place — built through the services as
 * the city admin.
 */
@Component
class CircleTestData {

    private static final AtomicInteger PEOPLE = new AtomicInteger((int) (System.nanoTime() % 20_000));

    record Circle(TestData.Place place, long positionId, long sceneId) {
    }

    private final TestData data;
    private final PositionService positions;
    private final SceneService scenes;
    private final InstitutionService institutions;
    private final ReportingService reports;

    CircleTestData(TestData data, PositionService positions, SceneService scenes, InstitutionService institutions,
                   ReportingService reports) {
        this.data = data;
        this.positions = positions;
        this.scenes = scenes;
        this.institutions = institutions;
        this.reports = reports;
    }

    TestData data() {
        return data;
    }

    static PositionForm position(long communityId, String name, List<HoursForm> hours) {
        return new PositionForm(communityId, name, PositionKind.SERVICE_CENTRE, "虞山镇测试路8号", new BigDecimal("320.50"),
                "测试社区居委会", null, "陈静", "13912345678", hours);
    }

    static HoursForm slot(DayOfWeek day, int from, int to, Slot slot) {
        return new HoursForm(day, LocalTime.of(from, 0), LocalTime.of(to, 0), slot);
    }

    static SceneForm scene(long positionId, long typeId, Set<TargetGroup> groups, int capacity) {
        return new SceneForm(positionId, typeId, TestData.unique("测试场景"), groups, OrganiserKind.COMMUNITY, "社区居委会",
                null, "工作日 19:00–20:30", capacity);
    }

    long firstType() {
        return data.asAdmin(() -> scenes.types().getFirst().id());
    }

    /** A new place in the town with a position and a running scene of the first type for children. */
    Circle circle(String townCode) {
        TestData.Place place = data.place(townCode);
        return data.asAdmin(() -> {
            long position = positions.create(position(place.communityId(), TestData.unique("党群服务中心"),
                    List.of(slot(DayOfWeek.MONDAY, 9, 17, Slot.REGULAR), slot(DayOfWeek.MONDAY, 18, 21, Slot.LATE))));
            long scene = scenes.create(scene(position, scenes.types().getFirst().id(), Set.of(TargetGroup.CHILDREN), 30));
            scenes.changeState(scene, 0, SceneState.RUNNING, null);
            return new Circle(place, position, scene);
        });
    }

    /** An institution actively paired with the place's community. */
    long pairedInstitution(TestData.Place place) {
        return pairedInstitution(place.townId(), Set.of(place.communityId()));
    }

    /** An institution actively paired with these communities of a town. */
    long pairedInstitution(long townId, Set<Long> communityIds) {
        return data.asAdmin(() -> {
            long institution = institutions.createInstitution(new InstitutionForm(TestData.unique("测试出借单位"),
                    InstitutionKind.PUBLIC_INSTITUTION, "中共测试支部", "王伟", "13812345678", 20));
            institutions.createPairing(new PairingForm(institution, townId, communityIds,
                    LocalDate.of(2024, 1, 1), "助老", 15));
            return institution;
        });
    }

    /** A volunteer reported to the place's micro-grid. */
    long volunteer(TestData.Place place) {
        return data.asAdmin(() -> reports.register(new ReportForm(ReportKind.VOLUNTEER, "志愿者" + PEOPLE.get(),
                idNumber(), "13700000000", null, "书法", place.microGridId(), LocalDate.of(2025, 3, 1))));
    }

    /** A valid, unique resident ID number of Changshu (320581…) with its check digit. */
    static String idNumber() {
        int n = PEOPLE.incrementAndGet();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n % 18_000);
        String body = "320581" + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", (n / 18_000 * 37 + 401) % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        String checks = "10X98765432";
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + checks.charAt(sum % 11);
    }
}
