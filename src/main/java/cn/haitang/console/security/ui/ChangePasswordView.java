package cn.haitang.console.security.ui;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.security.PasswordChangeService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/**
 * A user chooses their own password: always open to them, and the only page they reach while they still
 * hold a password an admin set ({@link ForcedPasswordChange}). Afterwards they sign in again with it.
 */
@Route(value = "change-password", autoLayout = false)
@PermitAll
public class ChangePasswordView extends Main implements HasDynamicTitle {

    private final PasswordChangeService passwords;
    private final AuthenticationContext authentication;
    final PasswordField current = new PasswordField();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();

    public ChangePasswordView(PasswordChangeService passwords, AuthenticationContext authentication) {
        this.passwords = passwords;
        this.authentication = authentication;
        addClassName("ht-login");
        current.setLabel(getTranslation("password.current"));
        password.setLabel(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.help"));
        repeat.setLabel(getTranslation("password.repeat"));
        for (PasswordField field : new PasswordField[] {current, password, repeat}) {
            field.setWidthFull();
        }
        save.setText(getTranslation("password.change"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());
        save.setWidthFull();
        Button logout = new Button(getTranslation("action.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setWidthFull();
        Paragraph why = new Paragraph(getTranslation(passwords.mustChangeOwnPassword()
                ? "password.change.required" : "password.change.intro"));
        Div card = new Div(new H1(getTranslation("password.change.title")), why, current, password, repeat, save, logout);
        card.addClassName("ht-login-card");
        add(card);
        current.focus();
    }

    void save() {
        try {
            passwords.changeOwnPassword(current.getValue(), password.getValue(), repeat.getValue());
        } catch (RuleViolationException ex) {
            RuleViolations.show(ex, Map.of("current", current, "password", password, "repeat", repeat));
            return;
        }
        Notifications.success(getTranslation("password.change.done"));
        authentication.logout();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.change.title") + " · " + getTranslation("app.name");
    }
}
