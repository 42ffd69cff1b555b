package cn.haitang.console.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.inbox.InboxItem;
import cn.haitang.console.inbox.InboxService;
import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.support.ServiceTest;
import cn.haitang.console.support.TestData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Notices: audience, read receipts per coordinator and town, scope, validation, and their inbox items. */
@Transactional
class NoticesServiceTest extends ServiceTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    NoticesService notices;
    @Autowired
    InboxService inbox;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    long coordinators(String town) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM user_account u JOIN town t ON t.id = u.town_id "
                + "WHERE t.code = ? AND u.role = 'STREET_COORDINATOR' AND u.enabled", Long.class, town);
    }

    long toMeili(String title, LocalDate readBy) {
        login.as("admin");
        return notices.publish(new NoticeForm(title, "请各镇（街道）于本周内完成小区党组织覆盖情况自查。", false,
                Set.of(data.town("meili")), readBy));
    }

    @Test
    void aNoticeToOneTownIsReadThereOnlyAndEachOpeningIsItsReceipt() {
        String title = TestData.unique("关于开展自查的通知");
        long id = toMeili(title, TODAY.plusDays(3));

        login.as("yushan");
        assertThat(titles(notices.list(new NoticeFilter(title, false), PageRequest.of(0, 10)))).isEmpty();
        assertThatThrownBy(() -> notices.open(id)).isInstanceOf(ScopeViolationException.class);
        assertThat(inboxTitles("inbox.notice.unread")).doesNotContain(title);

        login.as("meili");
        List<NoticeRow> rows = notices.list(new NoticeFilter(title, true), PageRequest.of(0, 10));
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.read()).isFalse());
        assertThat(inboxTitles("inbox.notice.unread")).contains(title);
        NoticeDetail detail = notices.open(id);
        assertThat(detail.towns()).containsExactly("梅李镇");
        assertThat(notices.list(new NoticeFilter(title, false), PageRequest.of(0, 10)))
                .singleElement().satisfies(r -> assertThat(r.read()).isTrue());
        assertThat(notices.count(new NoticeFilter(title, true))).as("no longer unread").isZero();
        assertThat(inboxTitles("inbox.notice.unread")).doesNotContain(title);
        notices.open(id); // a second opening changes nothing

        login.as("admin");
        long meili = coordinators("meili");
        assertThat(notices.countReceipts(id, null)).isEqualTo(meili);
        assertThat(notices.countReceipts(id, true)).isEqualTo(1);
        assertThat(notices.countReceipts(id, false)).isEqualTo(meili - 1);
        assertThat(notices.receipts(id, true, PageRequest.of(0, 10))).singleElement()
                .satisfies(r -> assertThat(r.townName()).isEqualTo("梅李镇"));
        assertThat(notices.readByTown(id)).singleElement().satisfies(t -> {
            assertThat(t.townName()).isEqualTo("梅李镇");
            assertThat(t.readers()).isEqualTo(1);
        });
        assertThat(notices.list(new NoticeFilter(title, false), PageRequest.of(0, 10))).singleElement()
                .satisfies(r -> assertThat(r.readers()).isEqualTo(1));
        login.as("meili");
        assertThatThrownBy(() -> notices.receipts(id, null, PageRequest.of(0, 10))).isInstanceOf(ScopeViolationException.class);
        login.as("reviewer1");
        assertThatThrownBy(() -> notices.open(id)).isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void theAdminIsRemindedOfANoticeWithADeadlineUntilEveryAddressedCoordinatorHasReadIt() {
        String title = TestData.unique("关于报送材料的通知");
        long id = toMeili(title, TODAY.plusDays(2));
        assertThat(inboxTitles("inbox.notice.unreadTowns")).contains(title);
        for (String username : jdbc.queryForList("SELECT u.username FROM user_account u JOIN town t ON t.id = u.town_id "
                + "WHERE t.code = 'meili' AND u.role = 'STREET_COORDINATOR' AND u.enabled", String.class)) {
            login.as(username);
            notices.open(id);
        }
        login.as("admin");
        assertThat(inboxTitles("inbox.notice.unreadTowns")).doesNotContain(title);
    }

    @Test
    void aNoticeToAllTownsReachesEveryCoordinator() {
        login.as("admin");
        String title = TestData.unique("全市通知");
        long id = notices.publish(new NoticeForm(title, "正文", true, Set.of(), null));
        long all = jdbc.queryForObject("SELECT COUNT(*) FROM user_account WHERE role = 'STREET_COORDINATOR' AND enabled",
                Long.class);
        assertThat(notices.countReceipts(id, false)).isEqualTo(all);
        login.as("yushan");
        assertThat(notices.open(id).allTowns()).isTrue();
    }

    @Test
    void publishingIsTheAdminsAndChecksItsFields() {
        login.as("admin");
        assertRefused(() -> notices.publish(new NoticeForm(" ", "正文", true, Set.of(), null)), "title",
                "validation.required");
        assertRefused(() -> notices.publish(new NoticeForm("标题", "正文", false, Set.of(), null)), "towns",
                "notices.error.noAudience");
        assertRefused(() -> notices.publish(new NoticeForm("标题", "正文", true, Set.of(), TODAY.minusDays(1))), "readBy",
                "form.dateRange");
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM notice", Long.class);
        login.as("yushan");
        assertThatThrownBy(() -> notices.publish(new NoticeForm("标题", "正文", true, Set.of(), null)))
                .isInstanceOf(ScopeViolationException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice", Long.class)).isEqualTo(before);
    }

    @Test
    void attachmentsAreCheckedAndReadOnlyWhereTheNoticeIsAddressed() {
        long id = toMeili(TestData.unique("附件通知"), TODAY.plusDays(5));
        login.as("admin");
        assertRefused(() -> notices.attach(id, "方案.pdf", "application/pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)),
                "file", "upload.error.content");
        long file = notices.attach(id, "方案.pdf", "application/pdf", PDF);
        login.as("meili");
        assertThat(notices.open(id).attachments()).extracting(NoticeDetail.AttachmentRow::fileName).containsExactly("方案.pdf");
        assertThat(notices.attachment(file).content()).isEqualTo(PDF);
        login.as("yushan");
        assertThatThrownBy(() -> notices.attachment(file)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> notices.attach(id, "b.pdf", "application/pdf", PDF)).isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void aNoticeToReviewersOnlyReachesThemAndNoCoordinator() {
        login.as("admin");
        String title = TestData.unique("评审员通知");
        long id = notices.publish(new NoticeForm(title, "正文", true, Set.of(), false, true, null, null));
        long reviewers = jdbc.queryForObject("SELECT COUNT(*) FROM user_account WHERE role = 'REVIEWER' AND enabled",
                Long.class);
        assertThat(notices.countReceipts(id, false)).isEqualTo(reviewers);
        assertThat(notices.receipts(id, null, PageRequest.of(0, 50)))
                .allSatisfy(r -> assertThat(r.role()).isEqualTo(cn.haitang.console.base.Role.REVIEWER));

        login.as("yushan");
        assertThat(titles(notices.list(new NoticeFilter(title, false), PageRequest.of(0, 10)))).isEmpty();
        assertThatThrownBy(() -> notices.open(id)).isInstanceOf(ScopeViolationException.class);
        assertThat(inboxTitles("inbox.notice.unread")).doesNotContain(title);

        login.as("reviewer3");
        assertThat(inboxTitles("inbox.notice.unread")).contains(title);
        assertThat(notices.open(id).toReviewers()).isTrue();
        assertThat(inboxTitles("inbox.notice.unread")).doesNotContain(title);
        login.as("admin");
        assertThat(notices.countReceipts(id, true)).isEqualTo(1);
    }

    @Test
    void aNoticeToOneTownsReviewersReachesOnlyTheReviewerOfThatTown() {
        login.as("admin");
        String title = TestData.unique("虞山评审员通知");
        long id = notices.publish(new NoticeForm(title, "正文", false, Set.of(data.town("yushan")), true, true, null, null));
        assertThat(notices.receipts(id, null, PageRequest.of(0, 50))).extracting(ReceiptRow::displayName)
                .doesNotContain(displayName("reviewer2"), displayName("reviewer3"))
                .contains(displayName("reviewer1"), displayName("yushan"));
        login.as("reviewer2");
        assertThatThrownBy(() -> notices.open(id)).isInstanceOf(ScopeViolationException.class);
        login.as("reviewer3");
        assertThatThrownBy(() -> notices.open(id)).isInstanceOf(ScopeViolationException.class);
        login.as("reviewer1");
        assertThat(notices.open(id).title()).isEqualTo(title);
        login.as("admin");
        assertRefused(() -> notices.publish(new NoticeForm("标题", "正文", true, Set.of(), false, false, null, null)),
                "roles", "notices.error.noRole");
    }

    @Test
    void aTownRepliesWithFilesWhenAReplyIsAskedAndOtherTownsSeeNeitherTheReplyNorItsFiles() {
        login.as("admin");
        String title = TestData.unique("请报送自查报告");
        long asked = notices.publish(new NoticeForm(title, "正文", false, Set.of(data.town("meili"), data.town("yushan")),
                true, false, null, TODAY.plusDays(1)));
        long notAsked = notices.publish(new NoticeForm(TestData.unique("无需回复"), "正文", true, Set.of(), null));
        long meiliOnly = toMeili(TestData.unique("梅李专用"), null);

        assertThat(inboxTitles("inbox.notice.repliesMissing")).as("no town has replied yet").contains(title);
        login.as("meili");
        assertThat(inboxTitles("inbox.notice.replyDue")).contains(title);
        assertRefused(() -> notices.reply(notAsked, "收到"), "reply", "notices.error.noReplyAsked");
        assertRefused(() -> notices.reply(asked, " "), "reply", "validation.required");
        long reply = notices.reply(asked, "梅李镇已完成自查，报告见附件。");
        long file = notices.attachToReply(reply, "自查报告.pdf", "application/pdf", PDF);
        assertThat(inboxTitles("inbox.notice.replyDue")).as("the town has replied").doesNotContain(title);
        assertThat(notices.list(new NoticeFilter(title, true), PageRequest.of(0, 10))).as("replying reads it").isEmpty();

        login.as("yushan");
        assertThat(inboxTitles("inbox.notice.replyDue")).as("another town still owes its reply").contains(title);
        assertThat(notices.replies(asked, PageRequest.of(0, 10))).isEmpty();
        assertThat(notices.countReplies(asked)).isZero();
        assertThatThrownBy(() -> notices.replyAttachment(file)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> notices.attachToReply(reply, "b.pdf", "application/pdf", PDF))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> notices.reply(meiliOnly, "越权回复")).isInstanceOf(ScopeViolationException.class);

        login.as("admin");
        assertThat(notices.readByTown(asked)).extracting(TownReadCount::townName, TownReadCount::replied)
                .contains(org.assertj.core.groups.Tuple.tuple("梅李镇", true), org.assertj.core.groups.Tuple.tuple("虞山街道", false));
        assertThat(notices.readByTown(asked)).filteredOn(TownReadCount::replied).singleElement()
                .satisfies(t -> assertThat(t.lastReplyAt()).isNotNull());
        assertThat(inboxTitles("inbox.notice.repliesMissing")).as("虞山 still owes its reply").contains(title);
        assertThat(notices.countReplies(asked)).isEqualTo(1);
        assertThat(notices.replies(asked, PageRequest.of(1, 10))).as("the second page is empty").isEmpty();
        assertThat(notices.replies(asked, PageRequest.of(0, 10))).singleElement().satisfies(r -> {
            assertThat(r.townName()).isEqualTo("梅李镇");
            assertThat(r.files()).extracting(NoticeDetail.AttachmentRow::fileName).containsExactly("自查报告.pdf");
        });
        assertThat(notices.replyAttachment(file).content()).isEqualTo(PDF);
        assertThatThrownBy(() -> notices.reply(asked, "管理员回复")).isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void anUnreadNoticeBecomesAReminderAsItsReadByDateNears() {
        String near = TestData.unique("即将截止");
        String far = TestData.unique("尚早");
        toMeili(near, TODAY.plusDays(NoticesInbox.REMIND_DAYS));
        toMeili(far, TODAY.plusDays(NoticesInbox.REMIND_DAYS + 5));
        login.as("meili");
        assertThat(inboxTitles("inbox.notice.readByNear")).contains(near).doesNotContain(far);
        assertThat(inboxTitles("inbox.notice.unread")).contains(far).doesNotContain(near);
    }

    @Autowired
    NoticeExports exports;

    @Test
    void theListAndTheReceiptsExportAsWorkbooksInTheCallersScope() throws Exception {
        String title = TestData.unique("导出通知");
        long id = toMeili(title, TODAY.plusDays(4));
        login.as("admin");
        var list = new java.io.ByteArrayOutputStream();
        exports.list(new NoticeFilter(title, false), org.springframework.data.domain.Sort.unsorted(), true,
                java.util.Locale.SIMPLIFIED_CHINESE, list);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(list.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(title);
            assertThat((long) sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(coordinators("meili"));
        }
        var receipts = new java.io.ByteArrayOutputStream();
        exports.receipts(id, java.util.Locale.SIMPLIFIED_CHINESE, receipts);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(receipts.toByteArray()))) {
            assertThat(cn.haitang.console.support.Sheets.lastDataRow(book.getSheetAt(0))).isEqualTo((int) coordinators("meili"));
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("梅李镇");
        }
        login.as("yushan");
        assertThatThrownBy(() -> exports.receipts(id, java.util.Locale.SIMPLIFIED_CHINESE, new java.io.ByteArrayOutputStream()))
                .isInstanceOf(ScopeViolationException.class);
        var theirs = new java.io.ByteArrayOutputStream();
        exports.list(new NoticeFilter(title, false), org.springframework.data.domain.Sort.unsorted(), false,
                java.util.Locale.SIMPLIFIED_CHINESE, theirs);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(theirs.toByteArray()))) {
            assertThat(cn.haitang.console.support.Sheets.lastDataRow(book.getSheetAt(0))).as("another town's notice is not exported").isZero();
        }
    }

    private String displayName(String username) {
        return jdbc.queryForObject("SELECT display_name FROM user_account WHERE username = ?", String.class, username);
    }

    private static List<String> titles(List<NoticeRow> rows) {
        return rows.stream().map(NoticeRow::title).toList();
    }

    private List<String> inboxTitles(String kind) {
        return inbox.inbox().items().stream().filter(i -> i.kindKey().equals(kind)).map(InboxItem::title).toList();
    }
}
