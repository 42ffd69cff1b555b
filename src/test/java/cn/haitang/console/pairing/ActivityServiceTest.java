package cn.haitang.console.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.base.files.Attachments;
import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.support.ServiceTest;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Rules and scope of activity types, activities, their attachments and the unified service day. */
@Transactional
class ActivityServiceTest extends ServiceTest {

    @Autowired
    ActivityService activities;
    @Autowired
    Fixtures fx;
    @Autowired
    PairingTestData data;

    private ActivityForm activity(long[] paired, LocalDate date) {
        return new ActivityForm(paired[0], paired[1], fx.compoundOf(paired[1]), fx.unifiedType(), date, 12,
                new BigDecimal("2.5"), "入户走访独居老人");
    }

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
    static final byte[] PDF = "%PDF-1.4 sign-in sheet".getBytes();

    @Test
    void adminMaintainsActivityTypes() {
        login.as("admin");
        assertThat(activities.activityTypes()).extracting(ActivityTypeRow::name).contains("在职党员统一服务日", "消防安全排查", "净美家园");
        long id = activities.createActivityType("垃圾分类督导");
        assertRefused(() -> activities.createActivityType("垃圾分类督导"), "name", "pairing.error.type.duplicate");
        assertRefused(() -> activities.createActivityType(" "), "name", "pairing.error.required");
        activities.renameActivityType(id, 0, "垃圾分类宣传");
        assertThatThrownBy(() -> activities.renameActivityType(id, 5, "X")).isInstanceOf(StaleEditException.class);
        login.as("yushan");
        assertThat(activities.activityTypes()).isNotEmpty();
        assertThatThrownBy(() -> activities.createActivityType("越权类型")).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> activities.renameActivityType(id, 1, "越权")).isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void coordinatorRecordsActivitiesOfPairedInstitutionsInTheirTownOnly() {
        long[] yushan = fx.pairedInstitutionAndCommunity("yushan");
        long[] meili = fx.pairedInstitutionAndCommunity("meili");
        login.as("yushan");
        long id = activities.recordActivity(activity(yushan, LocalDate.now().minusDays(1)));
        ActivityRow row = activities.activity(id);
        assertThat(row.townName()).isEqualTo("虞山街道");
        assertThat(row.typeName()).isEqualTo("在职党员统一服务日");
        assertThat(activities.activityForm(id).participants()).isEqualTo(12);
        long unpaired = fx.communityNotPairedWith(yushan[0], "yushan");
        assertRefused(() -> activities.recordActivity(new ActivityForm(yushan[0], unpaired, null, fx.unifiedType(), LocalDate.now(), 5,
                BigDecimal.ONE, "x")), "institutionId", "pairing.error.activity.notPaired");
        assertRefused(() -> activities.recordActivity(new ActivityForm(yushan[0], yushan[1], fx.compoundOutside(yushan[1]),
                fx.unifiedType(), LocalDate.now(), 5, BigDecimal.ONE, "x")), "compoundId", "pairing.error.compoundOutsideCommunity");
        assertRefused(() -> activities.recordActivity(activity(yushan, LocalDate.now().plusDays(2))), "date", "pairing.error.dateInFuture");
        assertRefused(() -> activities.recordActivity(new ActivityForm(yushan[0], yushan[1], null, fx.unifiedType(), LocalDate.now(), 0,
                BigDecimal.ONE, "x")), "participants", "pairing.error.range");
        assertRefused(() -> activities.recordActivity(new ActivityForm(yushan[0], yushan[1], null, fx.unifiedType(), LocalDate.now(), 3,
                new BigDecimal("25"), "x")), "hours", "pairing.error.hours");
        assertRefused(() -> activities.recordActivity(new ActivityForm(yushan[0], yushan[1], null, fx.unifiedType(), LocalDate.now(), 3,
                BigDecimal.ONE, " ")), "description", "pairing.error.required");
        assertThatThrownBy(() -> activities.recordActivity(activity(meili, LocalDate.now())))
                .isInstanceOf(ScopeViolationException.class);
        activities.updateActivity(id, row.version(), new ActivityForm(yushan[0], yushan[1], null, fx.unifiedType(),
                LocalDate.now().minusDays(2), 20, new BigDecimal("3"), "清理楼道杂物"));
        assertThat(activities.activity(id).participants()).isEqualTo(20);
        assertThatThrownBy(() -> activities.updateActivity(id, row.version(), activity(yushan, LocalDate.now())))
                .isInstanceOf(StaleEditException.class);
        login.as("meili");
        assertThatThrownBy(() -> activities.activity(id)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> activities.activityForm(id)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> activities.updateActivity(id, 1, activity(meili, LocalDate.now())))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> activities.deleteActivity(id, 1)).isInstanceOf(ScopeViolationException.class);
        login.as("yushan");
        activities.deleteActivity(id, activities.activity(id).version());
        assertThatThrownBy(() -> activities.activity(id)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void activityListsAreFilteredAndScopedInSql() {
        login.as("yushan");
        List<ActivityRow> page = activities.listActivities(ActivityFilter.all(), 0, 50);
        assertThat(page).hasSize(50).allSatisfy(a -> assertThat(a.townName()).isEqualTo("虞山街道"));
        assertThat(page).isSortedAccordingTo((a, b) -> b.date().compareTo(a.date()));
        long all = activities.countActivities(ActivityFilter.all());
        YearMonth month = YearMonth.from(page.getFirst().date());
        ActivityFilter byMonth = new ActivityFilter(null, null, null, fx.unifiedType(), month);
        assertThat(activities.listActivities(byMonth, 0, 500)).allSatisfy(a -> {
            assertThat(YearMonth.from(a.date())).isEqualTo(month);
            assertThat(a.typeName()).isEqualTo("在职党员统一服务日");
        });
        assertThat(activities.countActivities(byMonth)).isLessThan(all);
        List<ActivityRow> keyset = activities.listActivitiesAfter(ActivityFilter.all(), page.get(24).date(), page.get(24).id(), 25);
        assertThat(keyset).extracting(ActivityRow::id).containsExactlyElementsOf(page.subList(25, 50).stream().map(ActivityRow::id).toList());
        assertThatThrownBy(() -> activities.listActivities(new ActivityFilter(fx.town("meili"), null, null, null, null), 0, 10))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> activities.countActivities(new ActivityFilter(fx.town("meili"), null, null, null, null)))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> activities.listActivitiesAfter(new ActivityFilter(fx.town("meili"), null, null, null, null), null, 0, 10))
                .isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void exportWritesExactlyTheFilteredActivitiesWithChineseHeaders() throws Exception {
        login.as("yushan");
        YearMonth month = YearMonth.now().minusMonths(1);
        ActivityFilter filter = new ActivityFilter(null, null, null, null, month);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = activities.exportActivities(filter, out, Locale.SIMPLIFIED_CHINESE);
        assertThat(rows).isEqualTo(activities.countActivities(filter)).isPositive();
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("活动日期");
            assertThat(cn.haitang.console.support.Sheets.lastDataRow(book.getSheetAt(0))).isEqualTo(rows);
            assertThat(book.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo("虞山街道");
        }
        login.as("meili");
        assertThatThrownBy(() -> activities.exportActivities(new ActivityFilter(fx.town("yushan"), null, null, null, null),
                new ByteArrayOutputStream(), Locale.SIMPLIFIED_CHINESE)).isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void attachmentsAreCheckedByTypeContentAndSizeAndNamesAreSanitised() {
        long[] yushan = fx.pairedInstitutionAndCommunity("yushan");
        login.as("yushan");
        long activity = activities.recordActivity(activity(yushan, LocalDate.now()));
        long photo = activities.addAttachment(activity, "../../etc/合影 1.png", "image/png", PNG);
        activities.addAttachment(activity, "签到表.pdf", "application/pdf", PDF);
        assertThat(activities.attachments(activity)).extracting(AttachmentRow::fileName).containsExactly("合影 1.png", "签到表.pdf");
        assertThat(activities.attachmentContent(photo).content()).isEqualTo(PNG);
        assertThat(activities.activity(activity).attachments()).isEqualTo(2);
        // the shared upload check (base.files.Attachments) refuses each with its own message at the file field
        assertRefused(() -> activities.addAttachment(activity, "photo.png", "image/png", "not really a png".getBytes()), "file",
                "upload.error.content");
        assertRefused(() -> activities.addAttachment(activity, "tool.exe", "application/octet-stream", PNG), "file",
                "upload.error.extension");
        assertRefused(() -> activities.addAttachment(activity, "photo.jpg", "image/jpeg", PNG), "file", "upload.error.content");
        assertRefused(() -> activities.addAttachment(activity, "empty.png", "image/png", new byte[0]), "file",
                "upload.error.empty");
        byte[] big = Arrays.copyOf(PNG, (int) Attachments.MAX_BYTES + 1);
        assertRefused(() -> activities.addAttachment(activity, "big.png", "image/png", big), "file", "upload.error.tooLarge");
        assertThat(Attachments.safeFileName("C:\\Users\\a\\<script>.pdf")).isEqualTo("_script_.pdf");
        login.as("meili");
        assertThatThrownBy(() -> activities.attachments(activity)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> activities.attachmentContent(photo)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> activities.deleteAttachment(photo)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> activities.addAttachment(activity, "a.png", "image/png", PNG)).isInstanceOf(ScopeViolationException.class);
        login.as("yushan");
        activities.deleteAttachment(photo);
        assertThat(activities.attachments(activity)).hasSize(1);
    }

    @Test
    void serviceDaysShowWhichPairingsHeldTheUnifiedServiceDayAndRecordingOneFlipsIt() {
        login.as("admin");
        YearMonth lastMonth = YearMonth.now().minusMonths(1);
        List<ServiceDayRow> city = activities.serviceDays(lastMonth, null);
        assertThat(city).hasSize(85);
        assertThat(city).filteredOn(ServiceDayRow::wasHeld).hasSizeBetween(50, 84);
        login.as("yushan");
        List<ServiceDayRow> yushan = activities.serviceDays(lastMonth, null);
        assertThat(yushan).isNotEmpty().allSatisfy(r -> assertThat(r.townName()).isEqualTo("虞山街道"));
        assertThatThrownBy(() -> activities.serviceDays(lastMonth, fx.town("meili"))).isInstanceOf(ScopeViolationException.class);
        ServiceDayRow missed = yushan.stream().filter(r -> !r.wasHeld()).findFirst().orElse(null);
        if (missed != null) {
            long institution = fx.count("SELECT institution_id FROM pairing WHERE id = ?", missed.pairingId());
            long community = fx.count("SELECT MIN(community_id) FROM pairing_community WHERE pairing_id = ?", missed.pairingId());
            activities.recordActivity(new ActivityForm(institution, community, null, fx.unifiedType(), missed.plannedDate(), 15,
                    new BigDecimal("2"), "在职党员统一服务日：楼道清理"));
            assertThat(activities.serviceDays(lastMonth, null)).filteredOn(r -> r.pairingId() == missed.pairingId())
                    .singleElement().satisfies(r -> {
                        assertThat(r.wasHeld()).isTrue();
                        assertThat(r.firstHeldOn()).isEqualTo(missed.plannedDate());
                    });
        }
    }

    // ---------------------------------------------------------------- new refusals and fixes

    /** A unified-service-day activity of the paired institution in its own new place. */
    private ActivityForm on(PairingTestData.Paired paired, @Nullable LocalDate date, @Nullable Integer participants,
                            String description) {
        return new ActivityForm(paired.institutionId(), paired.place().communityId(), paired.place().compoundId(),
                fx.unifiedType(), date, participants, new BigDecimal("2.5"), description);
    }

    @Test
    void anActivityIsDatedFromTwoThousandToTodayAndAnEmptyNumberIsRefusedNotTakenAsZero() {
        PairingTestData.Paired paired = data.paired("yushan");
        login.as("yushan");
        assertRefused(() -> activities.recordActivity(on(paired, LocalDate.of(1900, 1, 1), 12, "入户走访")), "date",
                "form.dateRange");
        assertRefused(() -> activities.recordActivity(on(paired, LocalDate.of(1999, 12, 31), 12, "入户走访")), "date",
                "form.dateRange");
        assertRefused(() -> activities.recordActivity(on(paired, null, 12, "入户走访")), "date", "pairing.error.required");
        assertRefused(() -> activities.recordActivity(on(paired, LocalDate.now(), null, "入户走访")), "participants",
                "pairing.error.required");
        assertRefused(() -> activities.recordActivity(new ActivityForm(paired.institutionId(), paired.place().communityId(),
                null, fx.unifiedType(), LocalDate.now(), 5, new BigDecimal("2.25"), "入户走访")), "hours", "form.decimal");
        assertThat(activities.countActivities(new ActivityFilter(null, paired.place().communityId(), null, null, null)))
                .isZero();
        long id = activities.recordActivity(on(paired, LocalDate.of(2000, 1, 1), 12, "入户走访"));
        assertThat(activities.activity(id).date()).isEqualTo(LocalDate.of(2000, 1, 1));
    }

    @Test
    void aDescriptionOfAThousandEmojiIsKeptWholeAndOneMoreIsRefusedNeverCut() {
        PairingTestData.Paired paired = data.paired("yushan");
        login.as("yushan");
        String thousand = "🧹".repeat(1000);
        long id = activities.recordActivity(on(paired, LocalDate.now(), 12, thousand));
        assertThat(activities.activityForm(id).description()).isEqualTo(thousand);
        assertRefused(() -> activities.recordActivity(on(paired, LocalDate.now(), 12, thousand + "🧹")), "description",
                "form.tooLong");
    }
}
