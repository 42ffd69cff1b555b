package cn.haitang.console.circle;

import static cn.haitang.console.circle.CircleTestData.position;
import static cn.haitang.console.circle.CircleTestData.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.support.ServiceTest;
import cn.haitang.console.support.TestData;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/** Positions: opening hours with off-peak and late slots, lent rooms, masked phones, scope. */
@Transactional
class PositionServiceTest extends ServiceTest {

    @Autowired
    PositionService positions;
    @Autowired
    CircleTestData circle;

    @Test
    void coordinatorKeepsPositionsWithLateAndOffPeakSlots() {
        TestData.Place place = circle.data().place("yushan");
        login.as("yushan");
        long id = positions.create(position(place.communityId(), "琴湖党群服务中心", List.of(
                slot(DayOfWeek.MONDAY, 9, 17, Slot.REGULAR), slot(DayOfWeek.SATURDAY, 9, 12, Slot.OFF_PEAK),
                slot(DayOfWeek.MONDAY, 18, 21, Slot.LATE))));
        PositionRow row = positions.position(id);
        assertThat(row.late()).isTrue();
        assertThat(row.offPeak()).isTrue();
        assertThat(row.contactPhone()).isEqualTo("139****5678");
        assertThat(positions.form(id).contactPhone()).isEqualTo("13912345678");
        assertThat(positions.hours(id)).extracting(HoursForm::weekday)
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
        // the hours read back as typed, whatever the server's time zone (the tests run in China's, as a server there)
        assertThat(positions.hours(id)).extracting(h -> h.opens() + "–" + h.closes())
                .containsExactly("09:00–17:00", "18:00–21:00", "09:00–12:00");
        assertThat(positions.list(new PositionFilter(null, place.communityId(), null, null, true), PageRequest.of(0, 10)))
                .extracting(PositionRow::id).containsExactly(id);

        positions.update(id, 0, position(place.communityId(), "琴湖党群服务中心", List.of(
                slot(DayOfWeek.MONDAY, 9, 17, Slot.REGULAR))));
        assertThat(positions.position(id).late()).isFalse();
        assertThatThrownBy(() -> positions.update(id, 0, position(place.communityId(), "旧版本", List.of())))
                .isInstanceOf(StaleEditException.class);
        assertRefused(() -> positions.create(position(place.communityId(), "琴湖党群服务中心", List.of())), "name",
                "circle.error.position.duplicate");
    }

    @Test
    void hoursThatOverlapEndBeforeTheyStartOrAreNotLateAreRefusedAtTheHours() {
        long community = circle.data().place("yushan").communityId();
        login.as("yushan");
        assertRefused(() -> positions.create(position(community, "甲", List.of(slot(DayOfWeek.MONDAY, 9, 12, Slot.REGULAR),
                slot(DayOfWeek.MONDAY, 11, 14, Slot.REGULAR)))), "hours", "circle.error.hours.overlap");
        assertRefused(() -> positions.create(position(community, "乙", List.of(slot(DayOfWeek.MONDAY, 17, 9, Slot.REGULAR)))),
                "hours", "circle.error.hours.order");
        assertRefused(() -> positions.create(position(community, "丙", List.of(slot(DayOfWeek.MONDAY, 14, 18, Slot.LATE)))),
                "hours", "circle.error.hours.late");
        assertRefused(() -> positions.create(new PositionForm(community, "丁", PositionKind.OPEN_SPACE, "地址",
                BigDecimal.ZERO, "业主", null, "陈静", "13912345678", List.of())), "floorArea", "form.decimal");
        assertRefused(() -> positions.create(new PositionForm(community, "戊", PositionKind.OPEN_SPACE, "地址",
                BigDecimal.TEN, "业主", null, "陈静", "12345", List.of())), "contactPhone", "circle.error.phone");
        // adjacent slots (one ends when the next starts) are fine
        long id = positions.create(position(community, "己", List.of(slot(DayOfWeek.MONDAY, 9, 12, Slot.REGULAR),
                slot(DayOfWeek.MONDAY, 12, 14, Slot.OFF_PEAK))));
        assertThat(positions.hours(id)).hasSize(2);
    }

    @Test
    void aLentRoomNamesAnInstitutionPairedWithTheCommunity() {
        TestData.Place place = circle.data().place("yushan");
        TestData.Place elsewhere = circle.data().place("yushan");
        long institution = circle.pairedInstitution(place);
        login.as("yushan");
        PositionForm lent = new PositionForm(place.communityId(), "市税务局闲置会议室", PositionKind.LENT_ROOM, "海虞北路1号",
                new BigDecimal("80"), "市税务局", null, "李明", "0512-52345678", List.of());
        assertRefused(() -> positions.create(lent), "institutionId", "circle.error.position.lender");
        assertThat(positions.lenders(place.communityId())).extracting(Named::id).containsExactly(institution);
        long id = positions.create(new PositionForm(place.communityId(), lent.name(), lent.kind(), lent.address(),
                lent.floorArea(), lent.owner(), institution, lent.contactPerson(), lent.contactPhone(), List.of()));
        assertThat(positions.position(id).institutionName()).startsWith("测试出借单位");
        assertThat(positions.position(id).contactPhone()).isEqualTo("051******5678");
        assertRefused(() -> positions.create(new PositionForm(elsewhere.communityId(), "别处", PositionKind.LENT_ROOM, "地址",
                BigDecimal.TEN, "某单位", institution, "李明", "13912345678", List.of())), "institutionId",
                "circle.error.notPaired");
    }

    @Test
    void aCoordinatorCannotReachAnotherTownsPositionsByEditingIds() {
        CircleTestData.Circle meili = circle.circle("meili");
        TestData.Place meiliPlace = meili.place();
        login.as("yushan");
        long other = meili.positionId();
        assertThatThrownBy(() -> positions.position(other)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> positions.form(other)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> positions.hours(other)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> positions.update(other, 0, position(meiliPlace.communityId(), "越权", List.of())))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> positions.delete(other, 0)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> positions.create(position(meiliPlace.communityId(), "越权", List.of())))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> positions.list(new PositionFilter(meiliPlace.townId(), null, null, null, false),
                PageRequest.of(0, 10))).isInstanceOf(ScopeViolationException.class);
        assertThat(positions.list(PositionFilter.all(), PageRequest.of(0, 500))).extracting(PositionRow::townId)
                .doesNotContain(meiliPlace.townId());
        login.as("reviewer3");
        assertThatThrownBy(() -> positions.count(PositionFilter.all())).isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void aPositionWithScenesIsNotDeletedAndExportsHoldTheFilteredRows() throws Exception {
        CircleTestData.Circle c = circle.circle("yushan");
        login.as("yushan");
        assertThatThrownBy(() -> positions.delete(c.positionId(), 0)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("circle.error.position.hasScenes");
        long empty = positions.create(position(c.place().communityId(), "空置架空层", List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = positions.export(new PositionFilter(null, c.place().communityId(), null, null, false), out,
                Locale.SIMPLIFIED_CHINESE);
        assertThat(rows).isEqualTo(2);
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            assertThat(cn.haitang.console.support.Sheets.lastDataRow(book.getSheetAt(0))).isEqualTo(2);
            assertThat(book.getSheetAt(0).getRow(1).getCell(9).getStringCellValue()).contains("****");
        }
        positions.delete(empty, 0);
        assertThat(positions.count(new PositionFilter(null, c.place().communityId(), null, null, false))).isEqualTo(1);
    }
}
