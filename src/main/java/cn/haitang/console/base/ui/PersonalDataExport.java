package cn.haitang.console.base.ui;

import cn.haitang.console.base.PersonalDataRules;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * The export button of a list with ID numbers and phones: a dialog where the list goes out masked by default, and in
 * full only when 含敏感信息 is ticked and a reason given (the service checks both again and keeps the export on record).
 */
public final class PersonalDataExport {

    /** Writes the list; {@code unmasked} and {@code reason} are what the user chose in the dialog. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out, Locale locale, boolean unmasked, String reason) throws IOException;
    }

    private PersonalDataExport() {
    }

    public static Button button(Component owner, String fileName, Writer writer) {
        Button button = new Button(owner.getTranslation("action.export"), VaadinIcon.DOWNLOAD_ALT.create(),
                e -> open(owner, fileName, writer));
        button.setId("personal-data-export");
        return button;
    }

    static Dialog open(Component owner, String fileName, Writer writer) {
        Locale locale = UI.getCurrent() == null ? Locale.SIMPLIFIED_CHINESE : UI.getCurrent().getLocale();
        Dialog dialog = new Dialog(owner.getTranslation("personalData.export.title"));
        dialog.setId("personal-data-export-dialog");
        Checkbox sensitive = new Checkbox(owner.getTranslation("personalData.export.sensitive"));
        sensitive.setId("personal-data-sensitive");
        TextArea reason = new TextArea(owner.getTranslation("personalData.export.reason"));
        reason.setId("personal-data-reason");
        reason.setMinLength(PersonalDataRules.REASON_MIN);
        reason.setMaxLength(PersonalDataRules.REASON_MAX);
        reason.setWidthFull();
        reason.setVisible(false);
        reason.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        Anchor download = Downloads.excel(owner.getTranslation("personalData.export.download"), fileName,
                out -> writer.write(out, locale, sensitive.getValue(), reason.getValue()));
        download.setId("personal-data-download");
        Runnable update = () -> {
            boolean ready = !sensitive.getValue() || reason.getValue().strip().length() >= PersonalDataRules.REASON_MIN;
            reason.setVisible(sensitive.getValue());
            reason.setInvalid(sensitive.getValue() && !ready);
            reason.setErrorMessage(owner.getTranslation("personalData.reason.required", PersonalDataRules.REASON_MIN));
            download.setEnabled(ready);
        };
        sensitive.addValueChangeListener(e -> update.run());
        reason.addValueChangeListener(e -> update.run());
        update.run();
        Paragraph hint = new Paragraph(owner.getTranslation("personalData.export.sensitiveHint"));
        hint.addClassName("ht-hint");
        dialog.add(hint, sensitive, reason);
        Button close = new Button(owner.getTranslation("action.close"), e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.getFooter().add(close, download);
        dialog.open();
        return dialog;
    }
}
