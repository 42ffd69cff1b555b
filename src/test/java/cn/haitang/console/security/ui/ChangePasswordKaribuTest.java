package cn.haitang.console.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.Role;
import cn.haitang.console.security.PasswordChangeService;
import cn.haitang.console.security.UserAccountService;
import cn.haitang.console.security.UserForm;
import cn.haitang.console.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** A user whose password an admin set lands on the change form wherever they go, until they changed it. */
@Transactional
class ChangePasswordKaribuTest extends KaribuTest {

    @Autowired
    UserAccountService users;
    @Autowired
    PasswordChangeService passwords;

    private void newUserWithAnAdminSetPassword() {
        login.as("admin");
        users.create(new UserForm("firsttimer", "首次登录", Role.REVIEWER, null, "Given-by-admin-1"));
        openAs("firsttimer");
    }

    @Test
    void theFirstLoginWithAnAdminSetPasswordLeadsToTheChangeForm() {
        newUserWithAnAdminSetPassword();
        UI.getCurrent().navigate("");
        ChangePasswordView view = _get(ChangePasswordView.class);
        UI.getCurrent().navigate("admin/users");
        assertThat(LocatorJ._find(ChangePasswordView.class)).hasSize(1);

        view = _get(ChangePasswordView.class);
        view.current.setValue("Given-by-admin-1");
        view.password.setValue("firsttimer2026");
        view.repeat.setValue("firsttimer2026");
        view.save();
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("密码不能包含用户名");

        view.password.setValue("1qaz2wsx3edc");
        view.save();
        assertThat(view.password.getErrorMessage()).isEqualTo("这是常见密码，很容易被猜到，请换一个");

        view.password.setValue("short1");
        view.save();
        assertThat(view.password.getErrorMessage()).isEqualTo("密码至少 10 位，须同时包含字母和数字");

        view.password.setValue("Lantern-by-the-lake-7");
        view.repeat.setValue("Lantern-by-the-lake-8");
        view.save();
        assertThat(view.repeat.getErrorMessage()).isEqualTo("两次输入的新密码不一致");
        assertThat(passwords.mustChangeOwnPassword()).isTrue();
    }

    @Test
    void aWrongCurrentPasswordIsShownAtItsField() {
        newUserWithAnAdminSetPassword();
        UI.getCurrent().navigate(ChangePasswordView.class);
        ChangePasswordView view = _get(ChangePasswordView.class);
        view.current.setValue("not-the-one-1");
        view.password.setValue("Lantern-by-the-lake-7");
        view.repeat.setValue("Lantern-by-the-lake-7");
        view.save();
        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo("当前密码不正确");
        assertThat(passwords.mustChangeOwnPassword()).isTrue();
    }

    @Test
    void aDemoUserWithTheirOwnPasswordGoesWhereTheyAsked() {
        openAs("admin");
        UI.getCurrent().navigate("admin/users");
        assertThat(LocatorJ._find(ChangePasswordView.class)).isEmpty();
        _get(UserManagementView.class);
    }
}
