package cn.haitang.console.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.Role;
import cn.haitang.console.security.UserRow;
import cn.haitang.console.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class UserManagementKaribuTest extends KaribuTest {

    private UserManagementView view;

    @BeforeEach
    void openAsAdmin() {
        openAs("admin");
        UI.getCurrent().navigate(UserManagementView.class);
        view = _get(UserManagementView.class);
    }

    @SuppressWarnings("unchecked")
    private List<String> usernames() {
        Grid<UserRow> grid = view.grid;
        return GridKt._findAll(grid).stream().map(UserRow::username).toList();
    }

    @Test
    void theGridListsTheUsersAndFiltersByTextAndRole() {
        assertThat(usernames()).contains("admin", "yushan", "meili", "reviewer1");
        view.search.setValue("yu");
        assertThat(usernames()).contains("yushan").doesNotContain("meili", "admin");
        view.search.setValue("");
        view.roleFilter.setValue(Role.REVIEWER);
        assertThat(usernames()).contains("reviewer1", "reviewer5").doesNotContain("admin", "yushan");
    }

    @Test
    void badInputIsShownAtTheFieldAndNothingIsSaved() {
        UserFormDialog form = view.openForm(null);
        form.username.setValue("Bad Name");
        form.displayName.setValue("测试");
        form.role.setValue(Role.STREET_COORDINATOR);
        form.password.setValue("Changshu2026");
        form.save();
        assertThat(form.username.isInvalid()).isTrue();
        assertThat(form.username.getErrorMessage()).contains("用户名须为");
        assertThat(form.isOpened()).isTrue();

        form.username.setValue("goodname");
        form.save();
        assertThat(form.town.isInvalid()).isTrue();
        assertThat(form.town.getErrorMessage()).isEqualTo("镇（街道）协调员必须选择所属镇（街道）");
        assertThat(form.password.getValue()).isEqualTo("Changshu2026");
        assertThat(usernames()).doesNotContain("goodname");
    }

    @Test
    void aNewCoordinatorAppearsInTheList() {
        UserFormDialog form = view.openForm(null);
        form.username.setValue("guli");
        form.displayName.setValue("古里镇协调员");
        form.role.setValue(Role.STREET_COORDINATOR);
        form.town.setValue(form.town.getListDataView().getItems()
                .filter(t -> t.name().equals("古里镇")).findFirst().orElseThrow());
        form.password.setValue("Changshu2026");
        form.save();
        assertThat(form.isOpened()).isFalse();
        assertThat(usernames()).contains("guli");
    }

    @Test
    void disablingAUserAsksFirst() {
        UserRow reviewer = GridKt._findAll(view.grid).stream().filter(u -> u.username().equals("reviewer4"))
                .findFirst().orElseThrow();
        view.confirmToggle(reviewer);
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(usernames()).contains("reviewer4");
        view.setEnabled(reviewer, false);
        UserRow after = GridKt._findAll(view.grid).stream().filter(u -> u.username().equals("reviewer4"))
                .findFirst().orElseThrow();
        assertThat(after.enabled()).isFalse();
    }
}
