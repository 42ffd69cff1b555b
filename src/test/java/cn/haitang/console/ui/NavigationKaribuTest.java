package cn.haitang.console.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.audit.ui.AuditView;
import cn.haitang.console.security.ui.LoginView;
import cn.haitang.console.security.ui.UserManagementView;
import cn.haitang.console.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class NavigationKaribuTest extends KaribuTest {

    @Test
    void anonymousVisitorIsSentToTheLoginPage() {
        openAs(null);
        UI.getCurrent().navigate("");
        _get(LoginView.class);
        UI.getCurrent().navigate(UserManagementView.class);
        _get(LoginView.class);
    }

    @Test
    void cityAdminSeesEveryAdminEntryInTheNavigation() {
        openAs("admin");
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).contains("首页", "用户管理", "操作审计", "登录日志");
    }

    @Test
    void coordinatorSeesNoAdminEntriesAndIsRefusedByUrl() {
        openAs("yushan");
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).contains("首页").doesNotContain("用户管理", "操作审计", "登录日志");
        UI.getCurrent().navigate(UserManagementView.class);
        assertThat(_find(UserManagementView.class)).isEmpty();
        UI.getCurrent().navigate(AuditView.class);
        assertThat(_find(AuditView.class)).isEmpty();
    }

    @Test
    void reviewerSeesOnlyTheHomeEntry() {
        openAs("reviewer3");
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).contains("首页").doesNotContain("用户管理", "操作审计", "登录日志");
    }

    @Test
    void homeViewShowsTheCoordinatorsOwnArea() {
        openAs("yushan");
        UI.getCurrent().navigate("");
        Paragraph area = _get(Paragraph.class, spec -> spec.withId("home-area"));
        assertThat(area.getText()).contains("镇（街道）协调员").contains("虞山街道");
    }

    @Test
    void homeViewShowsTheWholeCityToTheAdmin() {
        openAs("admin");
        UI.getCurrent().navigate("");
        Paragraph area = _get(Paragraph.class, spec -> spec.withId("home-area"));
        assertThat(area.getText()).contains("常熟市（全市）");
    }

    private static List<String> menuLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
