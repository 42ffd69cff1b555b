package cn.haitang.console.organization.ui;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A modal form: fields registered under the service's field names, so a refused save shows its
 * message at the field; Enter saves, Esc closes; the input stays when the save is refused.
 */
class FormDialog extends Dialog {

    final FormLayout form = new FormLayout();
    final Button save = new Button();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private Supplier<String> action = () -> "";
    private Runnable onSaved = () -> { };

    FormDialog(String title) {
        setHeaderTitle(title);
        setModal(true);
        setCloseOnOutsideClick(false);
        setCloseOnEsc(true);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("640px");
    }

    /** Adds a field that the service may name in a refusal. */
    <C extends Component & HasValidation> C field(String name, C component) {
        fields.put(name, component);
        form.add(component);
        return component;
    }

    /** The save: returns the success message, or throws the service's refusal. */
    FormDialog onSave(Supplier<String> action, Runnable onSaved) {
        this.action = action;
        this.onSaved = onSaved;
        return this;
    }

    Map<String, HasValidation> fields() {
        return fields;
    }

    void save() {
        RuleViolations.clear(fields);
        try {
            String message = action.get();
            Notifications.success(message);
            close();
            onSaved.run();
        } catch (RuleViolationException e) {
            RuleViolations.show(e, fields);
        }
    }
}
