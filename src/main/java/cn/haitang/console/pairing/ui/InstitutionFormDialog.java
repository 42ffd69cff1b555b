package cn.haitang.console.pairing.ui;

import cn.haitang.console.pairing.InstitutionForm;
import cn.haitang.console.pairing.InstitutionKind;
import cn.haitang.console.pairing.InstitutionRow;
import cn.haitang.console.pairing.InstitutionService;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Creates or edits an institution (city admins); the service's messages land at their field. */
class InstitutionFormDialog extends PairingDialog {

    final TextField name;
    final Select<InstitutionKind> kind;
    final TextField partyOrganisation;
    final TextField contactPerson;
    final TextField contactPhone;
    final IntegerField inServiceMembers;

    InstitutionFormDialog(InstitutionService institutions, @Nullable InstitutionRow existing, Runnable onSaved) {
        super(existing == null ? PairingUi.t("pairing.institution.title.new")
                : PairingUi.t("pairing.institution.title.edit", existing.name()));
        name = text("name", "pairing.institution.name", 100, Need.REQUIRED);
        kind = select("kind", "pairing.institution.kind", List.of(InstitutionKind.values()), k -> getTranslation(k.messageKey()),
                Need.REQUIRED);
        partyOrganisation = text("partyOrganisation", "pairing.institution.partyOrganisation", 100, Need.REQUIRED);
        contactPerson = text("contactPerson", "pairing.institution.contactPerson", 32, Need.REQUIRED);
        contactPhone = text("contactPhone", "pairing.institution.contactPhone", 20, Need.OPTIONAL);
        inServiceMembers = count("inServiceMembers", "pairing.institution.inServiceMembers", 0, 100_000);
        form().setColspan(name, 2);
        form().setColspan(partyOrganisation, 2);
        if (existing == null) {
            inServiceMembers.setValue(0);
        } else {
            name.setValue(existing.name());
            kind.setValue(existing.kind());
            partyOrganisation.setValue(existing.partyOrganisation());
            contactPerson.setValue(existing.contactPerson());
            contactPhone.setValue(existing.contactPhone() == null ? "" : existing.contactPhone());
            inServiceMembers.setValue(existing.inServiceMembers());
        }
        name.focus();
        onSave(() -> {
            InstitutionForm form = new InstitutionForm(name.getValue(), kind.getValue(), partyOrganisation.getValue(),
                    contactPerson.getValue(), contactPhone.getValue(), Objects.requireNonNull(inServiceMembers.getValue()));
            if (existing == null) {
                institutions.createInstitution(form);
            } else {
                institutions.updateInstitution(existing.id(), existing.version(), form);
            }
            return getTranslation("pairing.institution.saved", form.name().strip());
        }, onSaved);
    }
}
