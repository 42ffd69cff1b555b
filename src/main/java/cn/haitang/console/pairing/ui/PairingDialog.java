package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.ui.FormDialog;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * A pairing form: the shared {@link FormDialog}, saying at the field what the pairing services say
 * (their own words for an empty required field and for a number out of range), so a refusal reads the
 * same whether the form or the service caught it.
 */
abstract class PairingDialog extends FormDialog {

    PairingDialog(String title) {
        super(title);
    }

    @Override
    protected String requiredMessage() {
        return getTranslation("pairing.error.required");
    }

    /** A required whole number in [min, max]; out of range it says the service's message. */
    IntegerField count(String name, String labelKey, int min, int max) {
        IntegerField field = integer(name, labelKey, min, max, Need.REQUIRED);
        String range = getTranslation("pairing.error.range", min, max);
        field.setI18n(field.getI18n().setMinErrorMessage(range).setMaxErrorMessage(range));
        return field;
    }
}
