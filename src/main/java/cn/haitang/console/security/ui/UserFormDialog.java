package cn.haitang.console.security.ui;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.security.TownDirectory;
import cn.haitang.console.security.TownRef;
import cn.haitang.console.security.UserAccountService;
import cn.haitang.console.security.UserForm;
import cn.haitang.console.security.UserRow;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Creates a user or edits one; messages from the service land at the field they concern. */
class UserFormDialog extends Dialog {

    private final UserAccountService users;
    private final @Nullable UserRow existing;
    private final Runnable onSaved;

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final Select<Role> role = new Select<>();
    final ComboBox<TownRef> town = new ComboBox<>();
    final PasswordField password = new PasswordField();
    final Button save = new Button();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    UserFormDialog(UserAccountService users, TownDirectory towns, @Nullable UserRow existing, Runnable onSaved) {
        this.users = users;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "user.new" : "user.edit"));
        setModal(true);
        setCloseOnOutsideClick(false);

        username.setLabel(getTranslation("user.username"));
        username.setHelperText(getTranslation("user.username.help"));
        username.setRequiredIndicatorVisible(true);
        username.setMaxLength(32);
        displayName.setLabel(getTranslation("user.displayName"));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(64);
        role.setLabel(getTranslation("user.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        role.setRequiredIndicatorVisible(true);
        town.setLabel(getTranslation("user.town"));
        town.setItems(towns.allTowns());
        town.setItemLabelGenerator(TownRef::name);
        town.setClearButtonVisible(true);
        password.setLabel(getTranslation("user.password"));
        password.setHelperText(getTranslation("user.password.help"));
        password.setRequiredIndicatorVisible(true);
        role.addValueChangeListener(e -> adaptTownToRole(e.getValue()));

        fields.put("username", username);
        fields.put("displayName", displayName);
        fields.put("role", role);
        fields.put("townId", town);
        fields.put("password", password);

        FormLayout form = new FormLayout(username, displayName, role, town);
        if (existing == null) {
            form.add(password);
            role.setValue(Role.STREET_COORDINATOR);
        } else {
            username.setValue(existing.username());
            username.setReadOnly(true);
            displayName.setValue(existing.displayName());
            role.setValue(existing.role());
            towns.findTown(existing.townId() == null ? -1 : existing.townId()).ifPresent(town::setValue);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        add(form);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        (existing == null ? username : displayName).focus();
    }

    private void adaptTownToRole(@Nullable Role selected) {
        boolean admin = selected == Role.CITY_ADMIN;
        town.setEnabled(!admin);
        if (admin) {
            town.clear();
        }
        town.setRequiredIndicatorVisible(selected == Role.STREET_COORDINATOR);
        town.setHelperText(selected == Role.REVIEWER ? getTranslation("user.town.reviewerHelp") : null);
    }

    void save() {
        RuleViolations.clear(fields);
        UserForm form = new UserForm(username.getValue(), displayName.getValue(), role.getValue(),
                town.getValue() == null ? null : town.getValue().id(), password.getValue());
        try {
            if (existing == null) {
                users.create(form);
                Notifications.success(getTranslation("user.created", form.username()));
            } else {
                users.update(existing.id(), existing.version(), form);
                Notifications.success(getTranslation("user.saved", existing.username()));
            }
            close();
            onSaved.run();
        } catch (RuleViolationException e) {
            RuleViolations.show(e, fields);
        }
    }
}
