package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.pairing.InstitutionForm;
import cn.haitang.console.pairing.InstitutionKind;
import cn.haitang.console.pairing.InstitutionRow;
import cn.haitang.console.pairing.PairingService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Creates or edits an institution (city admins); the service's messages land at their field. */
class InstitutionFormDialog extends Dialog {

    private final PairingService pairing;
    private final @Nullable InstitutionRow existing;
    private final Runnable onSaved;
    final TextField name = new TextField();
    final Select<InstitutionKind> kind = new Select<>();
    final TextField partyOrganisation = new TextField();
    final TextField contactPerson = new TextField();
    final TextField contactPhone = new TextField();
    final IntegerField inServiceMembers = new IntegerField();
    final Button save = new Button();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    InstitutionFormDialog(PairingService pairing, @Nullable InstitutionRow existing, Runnable onSaved) {
        this.pairing = pairing;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(existing == null ? getTranslation("pairing.institution.title.new")
                : getTranslation("pairing.institution.title.edit", existing.name()));
        setCloseOnOutsideClick(false);
        name.setLabel(getTranslation("pairing.institution.name"));
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("pairing.institution.kind"));
        kind.setItems(InstitutionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        partyOrganisation.setLabel(getTranslation("pairing.institution.partyOrganisation"));
        partyOrganisation.setMaxLength(100);
        contactPerson.setLabel(getTranslation("pairing.institution.contactPerson"));
        contactPerson.setMaxLength(32);
        contactPhone.setLabel(getTranslation("pairing.institution.contactPhone"));
        contactPhone.setMaxLength(20);
        inServiceMembers.setLabel(getTranslation("pairing.institution.inServiceMembers"));
        inServiceMembers.setMin(0);
        inServiceMembers.setValue(0);
        fields.put("name", name);
        fields.put("kind", kind);
        fields.put("partyOrganisation", partyOrganisation);
        fields.put("contactPerson", contactPerson);
        fields.put("contactPhone", contactPhone);
        fields.put("inServiceMembers", inServiceMembers);
        if (existing != null) {
            name.setValue(existing.name());
            kind.setValue(existing.kind());
            partyOrganisation.setValue(existing.partyOrganisation());
            contactPerson.setValue(existing.contactPerson());
            contactPhone.setValue(existing.contactPhone() == null ? "" : existing.contactPhone());
            inServiceMembers.setValue(existing.inServiceMembers());
        }
        FormLayout form = new FormLayout(name, kind, partyOrganisation, contactPerson, contactPhone, inServiceMembers);
        form.setColspan(name, 2);
        form.setColspan(partyOrganisation, 2);
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        name.focus();
    }

    void save() {
        RuleViolations.clear(fields);
        InstitutionForm form = new InstitutionForm(name.getValue(), kind.getValue(), partyOrganisation.getValue(),
                contactPerson.getValue(), contactPhone.getValue(),
                inServiceMembers.getValue() == null ? -1 : inServiceMembers.getValue());
        try {
            if (existing == null) {
                pairing.createInstitution(form);
            } else {
                pairing.updateInstitution(existing.id(), existing.version(), form);
            }
            Notifications.success(getTranslation("pairing.institution.saved", form.name().strip()));
            close();
            onSaved.run();
        } catch (RuleViolationException e) {
            RuleViolations.show(e, fields);
        }
    }
}
