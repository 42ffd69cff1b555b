package cn.haitang.console.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.audit.ui.AuditView;
import cn.haitang.console.security.UserRow;
import cn.haitang.console.security.ui.UserManagementView;
import cn.haitang.console.support.DatabaseProxy;
import cn.haitang.console.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * While the database cannot be reached the user reads a clear message instead of a stack trace, and
 * when it is back the app works again without a restart. The outage is a cut of the network path to
 * the database (the suite's {@link DatabaseProxy}), so the pool sees what it would see in production.
 */
class DatabaseOutageKaribuTest extends KaribuTest {

    private static final String USER_SEARCH = "搜索用户名或姓名";

    @Autowired
    DatabaseProxy database;

    @AfterEach
    void databaseIsBack() {
        database.restore();
    }

    @Test
    void aClickInTheNavigationDuringAnOutageKeepsThePageAndWhatWasTypedAndRetriesOnRequest() {
        openAs("admin");
        UI.getCurrent().navigate(UserManagementView.class);
        UserManagementView users = _get(UserManagementView.class);
        TextField search = _get(users, TextField.class, spec -> spec.withPlaceholder(USER_SEARCH));
        search.setValue("yushan");
        database.cut();

        UI.getCurrent().navigate(AuditView.class);
        assertThat(_find(AuditView.class)).as("the navigation waits").isEmpty();
        assertThat(_get(UserManagementView.class)).isSameAs(users);
        assertThat(search.getValue()).isEqualTo("yushan");
        assertThat(_find(ServerErrorView.class)).isEmpty();
        Notification message = _get(Notification.class, spec -> spec.withId("outage-message"));
        assertThat(message.getElement().getTextRecursively()).contains("数据库暂时无法连接", "保留");

        database.restore();
        _click(_get(Button.class, spec -> spec.withId("outage-retry")));
        _get(AuditView.class);
    }

    @Test
    void aPageOpenedAfreshDuringAnOutageSaysWhyAndTheAppRecoversWhenTheDatabaseIsBack() {
        openAs("admin");
        UI.getCurrent().navigate(UserManagementView.class);
        database.cut();
        UI.getCurrent().getPage().reload(); // a new UI with no page to keep
        String shown = _find(ServerErrorView.class).stream().map(v -> v.getElement().getTextRecursively())
                .findFirst().orElse("") + NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "") + n.getElement().getTextRecursively()).toList();
        assertThat(shown).contains("数据库暂时无法连接").doesNotContain("您的输入未丢失");

        database.restore();
        UI.getCurrent().navigate("no-such-page");
        UI.getCurrent().navigate(UserManagementView.class);
        @SuppressWarnings("unchecked")
        Grid<UserRow> grid = _get(Grid.class);
        assertThat(GridKt._findAll(grid)).extracting(UserRow::username).contains("admin", "yushan");
    }
}
