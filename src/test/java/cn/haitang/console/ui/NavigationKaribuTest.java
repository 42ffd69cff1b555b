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
import com.vaadin.flow.component.sidenav.SideNav;
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
        assertThat(menuLabels()).contains("首页", "用户管理", "操作审计", "在线用户", "登录日志");
    }

    @Test
    void coordinatorSeesNoAdminEntriesAndIsRefusedByUrl() {
        openAs("yushan");
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).contains("首页").doesNotContain("用户管理", "操作审计", "在线用户", "登录日志");
        UI.getCurrent().navigate(UserManagementView.class);
        assertThat(_find(UserManagementView.class)).isEmpty();
        UI.getCurrent().navigate(AuditView.class);
        assertThat(_find(AuditView.class)).isEmpty();
    }

    @Test
    void anyUserCanChangeTheirPasswordFromTheUserCard() {
        openAs("yushan");
        UI.getCurrent().navigate("");
        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("change-password")).click();
        _get(cn.haitang.console.security.ui.ChangePasswordView.class);
    }

    @Test
    void reviewerSeesOnlyTheHomeEntry() {
        openAs("reviewer3");
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).contains("首页").doesNotContain("用户管理", "操作审计", "在线用户", "登录日志");
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

    @Test
    void cityAdminSeesTheSectionsInTheirOrderWithTheirEntries() {
        openAs("admin");
        UI.getCurrent().navigate("");
        assertThat(sectionLabels()).containsSubsequence("工作台", "组织体系", "小区治理", "共驻共建", "示范点创建", "系统管理");
        assertThat(entriesOf("nav-organization")).contains("组织体系", "小区列表", "覆盖率统计", "批量导入");
        assertThat(entriesOf("nav-governance")).contains("业委会（物管会）", "物业纠纷").doesNotContain("小区治理");
        assertThat(entriesOf("nav-accreditation")).contains("评选批次与细则", "示范点申报", "示范点名录");
        assertThat(entriesOf("nav-system")).containsExactly("用户管理", "操作审计", "在线用户", "登录日志", "个人信息访问记录");
    }

    @Test
    void coordinatorHasNoSystemSectionAndReviewerOnlyWhatTheyMayOpen() {
        openAs("yushan");
        UI.getCurrent().navigate("");
        assertThat(sectionLabels()).contains("工作台", "组织体系", "小区治理", "共驻共建").doesNotContain("系统管理");
        openAs("reviewer3");
        UI.getCurrent().navigate("");
        assertThat(sectionLabels()).doesNotContain("组织体系", "小区治理", "共驻共建", "系统管理");
        menuLabels();
        assertThat(_find(SideNavItem.class)).allSatisfy(item -> assertThat(item.getPath())
                .satisfiesAnyOf(path -> assertThat(path).isEmpty(), path -> assertThat(path).startsWith("accreditation"),
                        path -> assertThat(path).startsWith("inbox"), path -> assertThat(path).startsWith("notices"),
                        path -> assertThat(path).isEqualTo("funds/jury")));
    }

    @Test
    void aFoldedSectionStaysFoldedAtTheNextVisitButOpensWhenOneOfItsPagesIsShown() {
        openAs("meili");
        UI.getCurrent().navigate("");
        MainLayout shell = _get(MainLayout.class);
        shell.remember(NavSection.PAIRING, true);
        openAs("meili");
        UI.getCurrent().navigate("");
        shell = _get(MainLayout.class);
        SideNav pairing = section("nav-pairing");
        assertThat(pairing.isExpanded()).isTrue();
        pairing.setExpanded(false);
        shell.remember(NavSection.PAIRING, false);

        openAs("meili");
        UI.getCurrent().navigate("");
        assertThat(section("nav-pairing").isExpanded()).isFalse();
        // another user's sections are their own
        openAs("yushan");
        UI.getCurrent().navigate("");
        _get(MainLayout.class).remember(NavSection.PAIRING, true);
        openAs("yushan");
        UI.getCurrent().navigate("");
        assertThat(section("nav-pairing").isExpanded()).isTrue();

        openAs("meili");
        UI.getCurrent().navigate("pairing/institutions");
        assertThat(section("nav-pairing").isExpanded()).isTrue();
        assertThat(entriesOfOpen("nav-pairing")).as("the current page's section shows its entries").contains("结对单位");
        openAs("meili");
        UI.getCurrent().navigate("");
        assertThat(section("nav-pairing").isExpanded()).as("opening a page does not change the remembered fold").isFalse();
        _get(MainLayout.class).remember(NavSection.PAIRING, true);
    }

    @Test
    void aSectionNeverTouchedStartsFoldedWithoutItsEntriesUntilItOpens() {
        openAs("reviewer1");
        UI.getCurrent().navigate("");
        assertThat(section("nav-workbench").isExpanded()).as("the workbench is open").isTrue();
        assertThat(entriesOfOpen("nav-workbench")).contains("首页");
        SideNav accreditation = section("nav-accreditation");
        assertThat(accreditation.isExpanded()).isFalse();
        assertThat(accreditation.getItems()).as("a folded section keeps no entries in the session").isEmpty();

        accreditation.getElement().setProperty("collapsed", false); // the user opens it

        assertThat(accreditation.getItems()).isNotEmpty();
    }

    @Test
    void aSectionOpenedForThePageShownFoldsAgainWhenTheUserMovesOn() {
        openAs("admin");
        UI.getCurrent().navigate("pairing/institutions");
        assertThat(section("nav-pairing").isExpanded()).isTrue();
        assertThat(entriesOfOpen("nav-pairing")).contains("结对单位");

        UI.getCurrent().navigate("compounds");

        assertThat(section("nav-organization").isExpanded()).isTrue();
        assertThat(section("nav-pairing").isExpanded()).as("opened only for the page before").isFalse();
        assertThat(section("nav-pairing").getItems()).isEmpty();
        assertThat(section("nav-workbench").isExpanded()).as("the workbench stays open").isTrue();
    }

    private static SideNav section(String id) {
        return _get(SideNav.class, spec -> spec.withId(id));
    }

    private static List<String> sectionLabels() {
        return _find(SideNav.class).stream().map(SideNav::getLabel).toList();
    }

    private static List<String> entriesOf(String sectionId) {
        section(sectionId).setExpanded(true);
        return _find(section(sectionId), SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    /** The entries a section shows as it is, without opening it. */
    private static List<String> entriesOfOpen(String sectionId) {
        return _find(section(sectionId), SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    /** Every entry the user may open, with every section opened (a folded one holds no entries yet). */
    private static List<String> menuLabels() {
        _find(com.vaadin.flow.component.sidenav.SideNav.class).forEach(nav -> nav.setExpanded(true));
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
