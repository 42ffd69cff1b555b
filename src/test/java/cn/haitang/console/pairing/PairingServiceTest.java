package cn.haitang.console.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.support.ServiceTest;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Rules and scope of institutions, pairings, activity types, activities, attachments and service days. */
@Transactional
class PairingServiceTest extends ServiceTest {

    @Autowired
    PairingService pairing;
    @Autowired
    Fixtures fx;

    private static InstitutionForm institution(String name) {
        return new InstitutionForm(name, InstitutionKind.STATE_ENTERPRISE, "中共" + name + "委员会", "王伟", "13812345678", 120);
    }


    // ---------------------------------------------------------------- institutions

    @Test
    void adminMaintainsInstitutionsWithValidationAtTheField() {
        login.as("admin");
        long id = pairing.createInstitution(institution("常熟测试供水公司"));
        InstitutionRow row = pairing.institution(id);
        assertThat(row.name()).isEqualTo("常熟测试供水公司");
        assertThat(row.townName()).isNull();
        assertRefused(() -> pairing.createInstitution(institution("常熟测试供水公司")), "name", "pairing.error.institution.duplicate");
        assertRefused(() -> pairing.createInstitution(institution("  ")), "name", "pairing.error.required");
        assertRefused(() -> pairing.createInstitution(new InstitutionForm("X单位", InstitutionKind.AGENCY, "党委", "王", "12345", 1)),
                "contactPhone", "pairing.error.phone");
        assertRefused(() -> pairing.createInstitution(new InstitutionForm("Y单位", InstitutionKind.AGENCY, "党委", "王", null, -1)),
                "inServiceMembers", "pairing.error.range");
        assertRefused(() -> pairing.createInstitution(new InstitutionForm("Z单位", null, "党委", "王", null, 1)), "kind",
                "pairing.error.required");
        pairing.updateInstitution(id, row.version(), new InstitutionForm("常熟测试供水公司", InstitutionKind.STATE_ENTERPRISE,
                "党委", "李强", null, 200));
        assertThat(pairing.institution(id).inServiceMembers()).isEqualTo(200);
        assertThatThrownBy(() -> pairing.updateInstitution(id, row.version(), institution("常熟测试供水公司")))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void coordinatorSeesOnlyInstitutionsPairedWithTheirTownAndChangesNone() {
        long[] meili = fx.pairedInstitutionAndCommunity("meili");
        long[] yushan = fx.pairedInstitutionAndCommunity("yushan");
        login.as("yushan");
        List<InstitutionRow> rows = pairing.listInstitutions(InstitutionFilter.all(), 0, 100);
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.townName()).isEqualTo("虞山街道"));
        assertThat(pairing.countInstitutions(InstitutionFilter.all())).isEqualTo(rows.size());
        assertThat(pairing.institutionOptions()).extracting(Named::id).contains(yushan[0]).doesNotContain(meili[0]);
        assertThat(pairing.institution(yushan[0]).id()).isEqualTo(yushan[0]);
        assertThatThrownBy(() -> pairing.institution(meili[0])).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> pairing.listInstitutions(new InstitutionFilter(null, null, fx.town("meili")), 0, 10))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> pairing.countInstitutions(new InstitutionFilter(null, null, fx.town("meili"))))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> pairing.createInstitution(institution("虞山越权单位"))).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> pairing.updateInstitution(yushan[0], 0, institution("改名")))
                .isInstanceOf(ScopeViolationException.class);
        assertThat(pairing.pairedCommunities(yushan[0])).extracting(Named::id).contains(yushan[1]);
        assertThatThrownBy(() -> pairing.pairedCommunities(meili[0])).isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void reviewersReachNothingOfPairing() {
        login.as("reviewer3");
        assertThatThrownBy(() -> pairing.listInstitutions(InstitutionFilter.all(), 0, 10)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> pairing.listActivities(ActivityFilter.all(), 0, 10)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> pairing.figures(null)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> pairing.activityTypes()).isInstanceOf(ScopeViolationException.class);
    }

    // ---------------------------------------------------------------- pairings

    @Test
    void anInstitutionHasAtMostOneActivePairingAndEndingKeepsTheHistory() {
        login.as("admin");
        long id = pairing.createInstitution(institution("常熟测试结对单位"));
        long meili = fx.town("meili");
        long yushan = fx.town("yushan");
        long[] meiliPaired = fx.pairedInstitutionAndCommunity("meili");
        long[] yushanPaired = fx.pairedInstitutionAndCommunity("yushan");
        assertRefused(() -> pairing.createPairing(new PairingForm(id, meili, Set.of(), LocalDate.now(), "助老", 10)),
                "communityIds", "pairing.error.pairing.noCommunity");
        assertRefused(() -> pairing.createPairing(new PairingForm(id, meili, Set.of(yushanPaired[1]), LocalDate.now(), "助老", 10)),
                "communityIds", "pairing.error.pairing.communityOutsideTown");
        assertRefused(() -> pairing.createPairing(new PairingForm(id, meili, Set.of(meiliPaired[1]), LocalDate.now(), "助老", 31)),
                "serviceDay", "pairing.error.range");
        assertRefused(() -> pairing.createPairing(new PairingForm(id, meili, Set.of(meiliPaired[1]), null, "助老", 10)),
                "startDate", "pairing.error.required");
        assertRefused(() -> pairing.createPairing(new PairingForm(id, null, Set.of(meiliPaired[1]), LocalDate.now(), "助老", 10)),
                "townId", "pairing.error.required");
        long first = pairing.createPairing(new PairingForm(id, meili, Set.of(meiliPaired[1]), LocalDate.of(2025, 1, 1),
                "助老、消防", 10));
        assertRefused(() -> pairing.createPairing(new PairingForm(id, yushan, Set.of(yushanPaired[1]), LocalDate.now(), "助老", 10)),
                "townId", "pairing.error.pairing.alreadyActive");
        PairingRow row = pairing.pairing(first);
        assertThat(row.communityNames()).isNotBlank();
        assertRefused(() -> pairing.updatePairing(first, row.version(), new PairingForm(id, yushan, Set.of(yushanPaired[1]),
                LocalDate.of(2025, 1, 1), "助老", 10)), "townId", "pairing.error.pairing.townFixed");
        long anotherMeiliCommunity = fx.communityNotPairedWith(id, "meili");
        pairing.updatePairing(first, row.version(), new PairingForm(id, meili, Set.of(meiliPaired[1], anotherMeiliCommunity),
                LocalDate.of(2025, 1, 1), "助老、消防、净美家园", 12));
        assertThat(pairing.communitiesOfPairing(first)).containsExactlyInAnyOrder(meiliPaired[1], anotherMeiliCommunity);
        PairingRow updated = pairing.pairing(first);
        assertRefused(() -> pairing.endPairing(first, updated.version(), LocalDate.of(2024, 12, 31)), "endDate",
                "pairing.error.pairing.endBeforeStart");
        assertThatThrownBy(() -> pairing.endPairing(first, row.version(), LocalDate.now())).isInstanceOf(StaleEditException.class);
        pairing.endPairing(first, updated.version(), LocalDate.of(2026, 6, 30));
        assertThatThrownBy(() -> pairing.endPairing(first, pairing.pairing(first).version(), LocalDate.now()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("pairing.error.pairing.ended");
        long second = pairing.createPairing(new PairingForm(id, yushan, Set.of(yushanPaired[1]), LocalDate.of(2026, 7, 1),
                "政策宣讲", 20));
        assertThat(pairing.pairingsOfInstitution(id)).extracting(PairingRow::id, PairingRow::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(second, PairingStatus.ACTIVE),
                        org.assertj.core.groups.Tuple.tuple(first, PairingStatus.ENDED));
        assertThat(pairing.pairingsOfCommunity(meiliPaired[1])).extracting(PairingRow::id).contains(first);
        assertThat(pairing.institution(id).townName()).isEqualTo("虞山街道");
    }

    @Test
    void onlyCityAdminsPairAndCoordinatorsSeeTheirOwnSide() {
        long[] meili = fx.pairedInstitutionAndCommunity("meili");
        long[] yushan = fx.pairedInstitutionAndCommunity("yushan");
        login.as("yushan");
        assertThatThrownBy(() -> pairing.createPairing(new PairingForm(yushan[0], fx.town("yushan"), Set.of(yushan[1]),
                LocalDate.now(), "助老", 10))).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> pairing.updatePairing(yushan[2], 0, new PairingForm(yushan[0], fx.town("yushan"),
                Set.of(yushan[1]), LocalDate.now(), "助老", 10))).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> pairing.endPairing(yushan[2], 0, LocalDate.now())).isInstanceOf(ScopeViolationException.class);
        assertThat(pairing.pairingsOfInstitution(yushan[0])).isNotEmpty();
        assertThatThrownBy(() -> pairing.pairingsOfInstitution(meili[0])).isInstanceOf(ScopeViolationException.class);
        assertThat(pairing.pairingsOfCommunity(yushan[1])).isNotEmpty();
        assertThatThrownBy(() -> pairing.pairingsOfCommunity(meili[1])).isInstanceOf(ScopeViolationException.class);
        assertThat(pairing.pairing(yushan[2]).townName()).isEqualTo("虞山街道");
        assertThatThrownBy(() -> pairing.pairing(meili[2])).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> pairing.communitiesOfPairing(meili[2])).isInstanceOf(ScopeViolationException.class);
        List<CommunityPairingRow> communities = pairing.communityPairings(null, 0, 500);
        assertThat(communities).isNotEmpty().allSatisfy(c -> assertThat(c.townName()).isEqualTo("虞山街道"));
        assertThat(pairing.countCommunityPairings(null)).isEqualTo(communities.size());
        assertThatThrownBy(() -> pairing.communityPairings(fx.town("meili"), 0, 10)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> pairing.countCommunityPairings(fx.town("meili"))).isInstanceOf(ScopeViolationException.class);
        assertThat(pairing.pairingFiguresByTown()).singleElement().satisfies(t -> assertThat(t.townName()).isEqualTo("虞山街道"));
        assertThat(pairing.communitiesInScope()).isNotEmpty().allSatisfy(c -> assertThat(c.townName()).isEqualTo("虞山街道"));
        assertThatThrownBy(() -> pairing.compoundsOf(meili[1])).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> pairing.gridsOf(fx.compoundOf(meili[1]))).isInstanceOf(ScopeViolationException.class);
        assertThat(pairing.gridsOf(fx.compoundOf(yushan[1]))).isNotEmpty();
    }

    @Test
    void figuresByTownAreComputedForTheWholeCityAndOneTown() {
        login.as("admin");
        List<TownPairingFigures> towns = pairing.pairingFiguresByTown();
        assertThat(towns).hasSize(14);
        assertThat(towns.stream().mapToLong(TownPairingFigures::institutionsPaired).sum()).isEqualTo(85);
        PairingFigures meili = pairing.figures(fx.town("meili"));
        assertThat(meili.institutionsPaired()).isEqualTo(towns.get(6).institutionsPaired());
        assertThat(meili.members()).isPositive();
        login.as("meili");
        assertThat(pairing.figures(null).members()).isEqualTo(meili.members());
        assertThatThrownBy(() -> pairing.figures(fx.town("yushan"))).isInstanceOf(ScopeViolationException.class);
    }

    // ---------------------------------------------------------------- activity types

    @Test
    void adminMaintainsActivityTypes() {
        login.as("admin");
        assertThat(pairing.activityTypes()).extracting(ActivityTypeRow::name).contains("在职党员统一服务日", "消防安全排查", "净美家园");
        long id = pairing.createActivityType("垃圾分类督导");
        assertRefused(() -> pairing.createActivityType("垃圾分类督导"), "name", "pairing.error.type.duplicate");
        assertRefused(() -> pairing.createActivityType(" "), "name", "pairing.error.required");
        pairing.renameActivityType(id, 0, "垃圾分类宣传");
        assertThatThrownBy(() -> pairing.renameActivityType(id, 5, "X")).isInstanceOf(StaleEditException.class);
        login.as("yushan");
        assertThat(pairing.activityTypes()).isNotEmpty();
        assertThatThrownBy(() -> pairing.createActivityType("越权类型")).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> pairing.renameActivityType(id, 1, "越权")).isInstanceOf(ScopeViolationException.class);
    }

    // ---------------------------------------------------------------- activities

    private ActivityForm activity(long[] paired, LocalDate date) {
        return new ActivityForm(paired[0], paired[1], fx.compoundOf(paired[1]), fx.unifiedType(), date, 12,
                new BigDecimal("2.5"), "入户走访独居老人");
    }

    @Test
    void coordinatorRecordsActivitiesOfPairedInstitutionsInTheirTownOnly() {
        long[] yushan = fx.pairedInstitutionAndCommunity("yushan");
        long[] meili = fx.pairedInstitutionAndCommunity("meili");
        login.as("yushan");
        long id = pairing.recordActivity(activity(yushan, LocalDate.now().minusDays(1)));
        ActivityRow row = pairing.activity(id);
        assertThat(row.townName()).isEqualTo("虞山街道");
        assertThat(row.typeName()).isEqualTo("在职党员统一服务日");
        assertThat(pairing.activityForm(id).participants()).isEqualTo(12);
        long unpaired = fx.communityNotPairedWith(yushan[0], "yushan");
        assertRefused(() -> pairing.recordActivity(new ActivityForm(yushan[0], unpaired, null, fx.unifiedType(), LocalDate.now(), 5,
                BigDecimal.ONE, "x")), "institutionId", "pairing.error.activity.notPaired");
        assertRefused(() -> pairing.recordActivity(new ActivityForm(yushan[0], yushan[1], fx.compoundOutside(yushan[1]),
                fx.unifiedType(), LocalDate.now(), 5, BigDecimal.ONE, "x")), "compoundId", "pairing.error.compoundOutsideCommunity");
        assertRefused(() -> pairing.recordActivity(activity(yushan, LocalDate.now().plusDays(2))), "date", "pairing.error.dateInFuture");
        assertRefused(() -> pairing.recordActivity(new ActivityForm(yushan[0], yushan[1], null, fx.unifiedType(), LocalDate.now(), 0,
                BigDecimal.ONE, "x")), "participants", "pairing.error.range");
        assertRefused(() -> pairing.recordActivity(new ActivityForm(yushan[0], yushan[1], null, fx.unifiedType(), LocalDate.now(), 3,
                new BigDecimal("25"), "x")), "hours", "pairing.error.hours");
        assertRefused(() -> pairing.recordActivity(new ActivityForm(yushan[0], yushan[1], null, fx.unifiedType(), LocalDate.now(), 3,
                BigDecimal.ONE, " ")), "description", "pairing.error.required");
        assertThatThrownBy(() -> pairing.recordActivity(activity(meili, LocalDate.now())))
                .isInstanceOf(ScopeViolationException.class);
        pairing.updateActivity(id, row.version(), new ActivityForm(yushan[0], yushan[1], null, fx.unifiedType(),
                LocalDate.now().minusDays(2), 20, new BigDecimal("3"), "清理楼道杂物"));
        assertThat(pairing.activity(id).participants()).isEqualTo(20);
        assertThatThrownBy(() -> pairing.updateActivity(id, row.version(), activity(yushan, LocalDate.now())))
                .isInstanceOf(StaleEditException.class);
        login.as("meili");
        assertThatThrownBy(() -> pairing.activity(id)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> pairing.activityForm(id)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> pairing.updateActivity(id, 1, activity(meili, LocalDate.now())))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> pairing.deleteActivity(id, 1)).isInstanceOf(ScopeViolationException.class);
        login.as("yushan");
        pairing.deleteActivity(id, pairing.activity(id).version());
        assertThatThrownBy(() -> pairing.activity(id)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void activityListsAreFilteredAndScopedInSql() {
        login.as("yushan");
        List<ActivityRow> page = pairing.listActivities(ActivityFilter.all(), 0, 50);
        assertThat(page).hasSize(50).allSatisfy(a -> assertThat(a.townName()).isEqualTo("虞山街道"));
        assertThat(page).isSortedAccordingTo((a, b) -> b.date().compareTo(a.date()));
        long all = pairing.countActivities(ActivityFilter.all());
        YearMonth month = YearMonth.from(page.getFirst().date());
        ActivityFilter byMonth = new ActivityFilter(null, null, null, fx.unifiedType(), month);
        assertThat(pairing.listActivities(byMonth, 0, 500)).allSatisfy(a -> {
            assertThat(YearMonth.from(a.date())).isEqualTo(month);
            assertThat(a.typeName()).isEqualTo("在职党员统一服务日");
        });
        assertThat(pairing.countActivities(byMonth)).isLessThan(all);
        List<ActivityRow> keyset = pairing.listActivitiesAfter(ActivityFilter.all(), page.get(24).date(), page.get(24).id(), 25);
        assertThat(keyset).extracting(ActivityRow::id).containsExactlyElementsOf(page.subList(25, 50).stream().map(ActivityRow::id).toList());
        assertThatThrownBy(() -> pairing.listActivities(new ActivityFilter(fx.town("meili"), null, null, null, null), 0, 10))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> pairing.countActivities(new ActivityFilter(fx.town("meili"), null, null, null, null)))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> pairing.listActivitiesAfter(new ActivityFilter(fx.town("meili"), null, null, null, null), null, 0, 10))
                .isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void exportWritesExactlyTheFilteredActivitiesWithChineseHeaders() throws Exception {
        login.as("yushan");
        YearMonth month = YearMonth.now().minusMonths(1);
        ActivityFilter filter = new ActivityFilter(null, null, null, null, month);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = pairing.exportActivities(filter, out, Locale.SIMPLIFIED_CHINESE);
        assertThat(rows).isEqualTo(pairing.countActivities(filter)).isPositive();
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("活动日期");
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(rows);
            assertThat(book.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo("虞山街道");
        }
        login.as("meili");
        assertThatThrownBy(() -> pairing.exportActivities(new ActivityFilter(fx.town("yushan"), null, null, null, null),
                new ByteArrayOutputStream(), Locale.SIMPLIFIED_CHINESE)).isInstanceOf(ScopeViolationException.class);
    }

    // ---------------------------------------------------------------- attachments

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
    static final byte[] PDF = "%PDF-1.4 sign-in sheet".getBytes();

    @Test
    void attachmentsAreCheckedByTypeContentAndSizeAndNamesAreSanitised() {
        long[] yushan = fx.pairedInstitutionAndCommunity("yushan");
        login.as("yushan");
        long activity = pairing.recordActivity(activity(yushan, LocalDate.now()));
        long photo = pairing.addAttachment(activity, "../../etc/合影 1.png", "image/png", PNG);
        pairing.addAttachment(activity, "签到表.pdf", "application/pdf", PDF);
        assertThat(pairing.attachments(activity)).extracting(AttachmentRow::fileName).containsExactly("合影 1.png", "签到表.pdf");
        assertThat(pairing.attachmentContent(photo).content()).isEqualTo(PNG);
        assertThat(pairing.activity(activity).attachments()).isEqualTo(2);
        assertRefused(() -> pairing.addAttachment(activity, "photo.png", "image/png", "not really a png".getBytes()), "file",
                "pairing.error.attachment.type");
        assertRefused(() -> pairing.addAttachment(activity, "tool.exe", "application/octet-stream", PNG), "file",
                "pairing.error.attachment.type");
        assertRefused(() -> pairing.addAttachment(activity, "photo.jpg", "image/jpeg", PNG), "file", "pairing.error.attachment.type");
        assertRefused(() -> pairing.addAttachment(activity, "empty.png", "image/png", new byte[0]), "file",
                "pairing.error.attachment.empty");
        byte[] big = Arrays.copyOf(PNG, (int) PairingService.MAX_ATTACHMENT_BYTES + 1);
        assertRefused(() -> pairing.addAttachment(activity, "big.png", "image/png", big), "file", "pairing.error.attachment.tooLarge");
        assertThat(PairingService.safeFileName("C:\\Users\\a\\<script>.pdf")).isEqualTo("_script_.pdf");
        login.as("meili");
        assertThatThrownBy(() -> pairing.attachments(activity)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> pairing.attachmentContent(photo)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> pairing.deleteAttachment(photo)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> pairing.addAttachment(activity, "a.png", "image/png", PNG)).isInstanceOf(ScopeViolationException.class);
        login.as("yushan");
        pairing.deleteAttachment(photo);
        assertThat(pairing.attachments(activity)).hasSize(1);
    }

    // ---------------------------------------------------------------- unified service day

    @Test
    void serviceDaysShowWhichPairingsHeldTheUnifiedServiceDayAndRecordingOneFlipsIt() {
        login.as("admin");
        YearMonth lastMonth = YearMonth.now().minusMonths(1);
        List<ServiceDayRow> city = pairing.serviceDays(lastMonth, null);
        assertThat(city).hasSize(85);
        assertThat(city).filteredOn(ServiceDayRow::wasHeld).hasSizeBetween(50, 84);
        login.as("yushan");
        List<ServiceDayRow> yushan = pairing.serviceDays(lastMonth, null);
        assertThat(yushan).isNotEmpty().allSatisfy(r -> assertThat(r.townName()).isEqualTo("虞山街道"));
        assertThatThrownBy(() -> pairing.serviceDays(lastMonth, fx.town("meili"))).isInstanceOf(ScopeViolationException.class);
        ServiceDayRow missed = yushan.stream().filter(r -> !r.wasHeld()).findFirst().orElse(null);
        if (missed != null) {
            long institution = fx.count("SELECT institution_id FROM pairing WHERE id = ?", missed.pairingId());
            long community = fx.count("SELECT MIN(community_id) FROM pairing_community WHERE pairing_id = ?", missed.pairingId());
            pairing.recordActivity(new ActivityForm(institution, community, null, fx.unifiedType(), missed.plannedDate(), 15,
                    new BigDecimal("2"), "在职党员统一服务日：楼道清理"));
            assertThat(pairing.serviceDays(lastMonth, null)).filteredOn(r -> r.pairingId() == missed.pairingId())
                    .singleElement().satisfies(r -> {
                        assertThat(r.wasHeld()).isTrue();
                        assertThat(r.firstHeldOn()).isEqualTo(missed.plannedDate());
                    });
        }
    }
}
