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

    private static List<String> titles(List<NoticeRow> rows) {
        return rows.stream().map(NoticeRow::title).toList();
    }

    private List<String> inboxTitles(String kind) {
        return inbox.inbox().items().stream().filter(i -> i.kindKey().equals(kind)).map(InboxItem::title).toList();
    }
}
