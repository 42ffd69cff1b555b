package cn.haitang.console.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.security.OnlineSessionRow;
import cn.haitang.console.security.TestSessions;
import cn.haitang.console.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class OnlineUsersKaribuTest extends KaribuTest {

    @Autowired
    TestSessions sessions;

    private OnlineUsersView view;
    private String yushanOnB;

    @BeforeEach
    void twoUsersOnTwoNodes() {
        sessions.open("meili", "node-a:8189", "10.1.2.3");
        yushanOnB = sessions.open("yushan", "node-b:8190", "10.1.2.4");
        openAs("admin");
        UI.getCurrent().navigate(OnlineUsersView.class);
        view = _get(OnlineUsersView.class);
    }

    private List<OnlineSessionRow> rows() {
        return GridKt._findAll(view.grid);
    }

    @Test
    void listsWhoIsSignedInFromWhereOnWhichNodeAndFilters() {
        assertThat(rows()).extracting(OnlineSessionRow::username).contains("meili", "yushan");
        OnlineSessionRow yushan = rows().stream().filter(r -> r.sessionKey().equals(yushanOnB)).findFirst().orElseThrow();
        assertThat(yushan.node()).isEqualTo("node-b:8190");
        assertThat(yushan.remoteAddress()).isEqualTo("10.1.2.4");
        assertThat(yushan.townName()).isEqualTo("虞山街道");

        view.node.setValue("node-a:8189");
        assertThat(rows()).extracting(OnlineSessionRow::username).contains("meili").doesNotContain("yushan");
        view.node.clear();
        view.search.setValue("yush");
        assertThat(rows()).extracting(OnlineSessionRow::username).containsOnly("yushan");
    }

    @Test
    void forceLogoutAsksFirstThenEndsThatSession() {
        OnlineSessionRow yushan = rows().stream().filter(r -> r.sessionKey().equals(yushanOnB)).findFirst().orElseThrow();
        view.confirmLogout(yushan);
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(ConfirmDialogKt.getText(dialog)).contains("yushan", "node-b:8190", "10.1.2.4");
        assertThat(sessions.stillValid(yushanOnB, yushan.userId())).as("nothing ended before the confirmation").isTrue();

        ConfirmDialogKt._fireConfirm(dialog);
        assertThat(sessions.stillValid(yushanOnB, yushan.userId())).isFalse();
        assertThat(rows()).extracting(OnlineSessionRow::sessionKey).doesNotContain(yushanOnB);
    }
}
