package cn.haitang.console.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.security.UserRow;
import cn.haitang.console.security.ui.UserManagementView;
import cn.haitang.console.support.DatabaseProxy;
import cn.haitang.console.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
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

    @Autowired
    DatabaseProxy database;

    @AfterEach
    void databaseIsBack() {
        database.restore();
    }

    @Test
    void whileTheDatabaseIsUnreachableUsersReadWhyAndTheAppRecoversWhenItIsBack() {
        openAs("admin");
        database.cut();
        UI.getCurrent().navigate(UserManagementView.class);
        assertThat(databaseMessageShown()).isTrue();

        database.restore();
        UI.getCurrent().navigate("no-such-page");
        UI.getCurrent().navigate(UserManagementView.class);
        @SuppressWarnings("unchecked")
        Grid<UserRow> grid = _get(Grid.class);
        assertThat(GridKt._findAll(grid)).extracting(UserRow::username).contains("admin", "yushan");
    }

    /** The outage message, on the error page or in a notification, depending on when the view needed the data. */
    private static boolean databaseMessageShown() {
        String message = "数据库暂时无法连接，请稍后重试";
        boolean inNotification = NotificationsKt.getNotifications().stream()
                .anyMatch(n -> n.getElement().getProperty("text", "").contains(message));
        boolean onErrorPage = _find(ServerErrorView.class).stream()
                .anyMatch(v -> v.getElement().getTextRecursively().contains(message));
        return inNotification || onErrorPage;
    }
}
