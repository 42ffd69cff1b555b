package cn.haitang.console.security.ui;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.security.UserAccountService;
import cn.haitang.console.security.UserRow;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;

/** Sets a new password for a user who forgot theirs; the admin passes it on out of band. */
class PasswordResetDialog extends Dialog {

    final PasswordField password = new PasswordField();

    PasswordResetDialog(UserAccountService users, UserRow user) {
        setHeaderTitle(getTranslation("user.resetPassword.title", user.displayName()));
        password.setLabel(getTranslation("user.password"));
        password.setHelperText(getTranslation("user.password.help"));
        password.setWidthFull();
        add(password);
        Button save = new Button(getTranslation("user.resetPassword"), e -> {
            try {
                users.resetPassword(user.id(), password.getValue());
                Notifications.success(getTranslation("user.resetPassword.done", user.username()));
                close();
            } catch (RuleViolationException ex) {
                RuleViolations.show(ex, Map.of("password", password));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        password.focus();
    }
}
