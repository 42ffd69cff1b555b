package cn.haitang.console.notices.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.notices.NoticeRow;
import cn.haitang.console.support.KaribuTest;
import cn.haitang.console.support.TestData;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The admin writes a notice in the form; 梅李's coordinator reads it; 虞山's never sees it; the admin sees the receipt. */
class NoticesKaribuTest extends KaribuTest {

    @Test
    void aNoticeWrittenForMeiliIsReadThereAndTheReceiptShows() {
        String title = TestData.unique("关于开展消防安全排查的通知");
        openAs("admin");
        UI.getCurrent().navigate(NoticesView.class);
        NoticesView list = _get(NoticesView.class);
        FormDialog form = list.openForm();
        _get(form, TextField.class, spec -> spec.withLabel("标题")).setValue(title);
        _get(form, TextArea.class, spec -> spec.withLabel("正文")).setValue("请于本周内完成辖区内小区消防通道排查。");
        _get(form, Checkbox.class, spec -> spec.withLabel("全部镇（街道）")).setValue(false);
        form.save();
        assertThat(form.isOpened()).as("no town chosen: refused at the field").isTrue();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<cn.haitang.console.security.TownRef> towns = _get(form, MultiSelectComboBox.class);
        assertThat(towns.isInvalid()).isTrue();
        towns.setValue(towns.getListDataView().getItems().filter(t -> t.name().equals("梅李镇")).collect(Collectors.toSet()));
        form.save();
        assertThat(form.isOpened()).isFalse();
        list.search.setValue(title);
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        long id = GridKt._get(list.grid, 0).id();
        assertThat(GridKt._get(list.grid, 0).readers()).isZero();

        openAs("yushan");
        UI.getCurrent().navigate(NoticesView.class);
        NoticesView yushan = _get(NoticesView.class);
        yushan.search.setValue(title);
        assertThat(GridKt._size(yushan.grid)).isZero();
        assertThat(yushan.create.isVisible()).isFalse();
        UI.getCurrent().navigate(NoticeView.class, id);
        assertThat(_get(NoticeView.class).refusal.getText()).isEqualTo("记录不存在或已被删除");

        openAs("meili");
        UI.getCurrent().navigate(NoticesView.class);
        NoticesView meili = _get(NoticesView.class);
        meili.unreadOnly.setValue(true);
        meili.search.setValue(title);
        assertThat(GridKt._size(meili.grid)).isEqualTo(1);
        GridKt._clickItem(meili.grid, 0);
        NoticeView page = _get(NoticeView.class);
        assertThat(page.notice.title()).isEqualTo(title);
        assertThat(_find(page, com.vaadin.flow.component.grid.Grid.class)).as("receipts are the admin's").isEmpty();

        openAs("admin");
        UI.getCurrent().navigate(NoticeView.class, id);
        NoticeView admin = _get(NoticeView.class);
        assertThat(GridKt._size(admin.towns)).isEqualTo(1);
        assertThat(GridKt._get(admin.towns, 0).readers()).isEqualTo(1);
        admin.readFilter.setValue("read");
        assertThat(GridKt._size(admin.receipts)).isEqualTo(1);
        assertThat(GridKt._get(admin.receipts, 0).townName()).isEqualTo("梅李镇");
        remove(id);
    }

    /** The notices these tests publish are committed; they go again with their receipts and replies. */
    private void remove(long id) {
        jdbc.update("DELETE a FROM notice_reply_attachment a JOIN notice_reply p ON p.id = a.reply_id WHERE p.notice_id = ?", id);
        jdbc.update("DELETE FROM notice_reply WHERE notice_id = ?", id);
        jdbc.update("DELETE FROM notice_receipt WHERE notice_id = ?", id);
        jdbc.update("DELETE FROM notice_town WHERE notice_id = ?", id);
        jdbc.update("DELETE FROM notice WHERE id = ?", id);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aNoticeAskingForAReplyGetsMeilisReplyWhichTheAdminSees() {
        String title = TestData.unique("请报送排查情况");
        openAs("admin");
        UI.getCurrent().navigate(NoticesView.class);
        NoticesView list = _get(NoticesView.class);
        FormDialog form = list.openForm();
        _get(form, TextField.class, spec -> spec.withLabel("标题")).setValue(title);
        _get(form, TextArea.class, spec -> spec.withLabel("正文")).setValue("请各镇（街道）回复排查情况并附报告。");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.checkbox.CheckboxGroup<cn.haitang.console.base.Role> roles =
                _get(form, com.vaadin.flow.component.checkbox.CheckboxGroup.class);
        roles.setValue(java.util.Set.of());
        form.save();
        assertThat(form.isOpened()).as("no role chosen: refused at the field").isTrue();
        assertThat(roles.isInvalid()).isTrue();
        roles.setValue(java.util.Set.of(cn.haitang.console.base.Role.STREET_COORDINATOR));
        _get(form, com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withLabel("回复截止（填写即要求回复）"))
                .setValue(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(3));
        form.save();
        assertThat(form.isOpened()).isFalse();
        list.search.setValue(title);
        long id = GridKt._get(list.grid, 0).id();
        try {
            openAs("meili");
            UI.getCurrent().navigate(NoticeView.class, id);
            NoticeView page = _get(NoticeView.class);
            page.send.click();
            assertThat(page.replyText.isInvalid()).as("an empty reply is refused at the field").isTrue();
            page.replyText.setValue("梅李镇已完成排查。");
            page.send.click();
            assertThat(page.replyText.isInvalid()).isFalse();
            assertThat(GridKt._size(page.replies)).isEqualTo(1);
            assertThat(GridKt._get(page.replies, 0).body()).isEqualTo("梅李镇已完成排查。");
            assertThat(GridKt._get(page.replies, 0).townName()).isEqualTo("梅李镇");
            assertThat(_find(page, cn.haitang.console.base.ui.AttachmentUpload.class)).as("files for the reply").hasSize(1);

            openAs("yushan");
            UI.getCurrent().navigate(NoticeView.class, id);
            assertThat(GridKt._size(_get(NoticeView.class).replies)).as("another town's reply is not shown").isZero();

            openAs("admin");
            UI.getCurrent().navigate(NoticeView.class, id);
            NoticeView admin = _get(NoticeView.class);
            assertThat(GridKt._get(admin.replies, 0).body()).isEqualTo("梅李镇已完成排查。");
            assertThat(admin.towns.getListDataView().getItems()
                    .filter(t -> "梅李镇".equals(t.townName())).findFirst().orElseThrow().replied())
                    .as("the town table says 梅李 replied").isTrue();
            assertThat(admin.towns.getListDataView().getItems()
                    .filter(t -> "虞山街道".equals(t.townName())).findFirst().orElseThrow().replied()).isFalse();
        } finally {
            remove(id);
        }
    }
}
