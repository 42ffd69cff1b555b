package cn.haitang.console.governance.ui;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.RuleViolations;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A keyboard-friendly form dialog: the first field has the focus, Enter saves (Ctrl+Enter in forms with
 * text areas), Esc closes, and a refusal from the service lands at the field it concerns.
 */
abstract class FormDialog extends Dialog {

    final FormLayout form = new FormLayout();
    final Button save = new Button();
    final Map<String, HasValidation> fields = new LinkedHashMap<>();

    FormDialog(String titleKey, boolean multiline, Object... titleArgs) {
        setHeaderTitle(getTranslation(titleKey, titleArgs));
        setModal(true);
        setCloseOnOutsideClick(false);
        setCloseOnEsc(true);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (multiline) {
            save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        } else {
            save.addClickShortcut(Key.ENTER);
        }
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("640px");
        setMaxWidth("100%");
    }

    /** Adds a field to the form, under the name the service uses for it. */
    <C extends Component & HasValidation> C field(String name, C component) {
        fields.put(name, component);
        form.add(component);
        return component;
    }

    /** Calls the service; throws RuleViolationException when refused. */
    abstract void submit();

    void save() {
        RuleViolations.clear(fields);
        try {
            submit();
            close();
        } catch (RuleViolationException e) {
            RuleViolations.show(e, fields);
        }
    }
}
