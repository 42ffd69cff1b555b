package cn.haitang.console.base.ui;

import cn.haitang.console.base.RuleViolationException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.component.ItemLabelGenerator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The one form dialog of the console. Fields are registered under the names the service uses in its
 * refusals, so a refused save shows its message at the field. Before the service is called, Vaadin's
 * {@link Binder} checks every field: a required field left empty, a number the field could not read
 * (bad input, out of range), a text longer than its column, a date outside its range — each blocks the
 * save with its message at the field, and nothing typed is lost. Texts are never cut: the browser gets no
 * maxLength (a paste would be truncated without a word); the length is checked and said instead.
 * <p>
 * Keyboard: Enter saves from a single-line text or number field, Ctrl+Enter from anywhere (a date picker,
 * a combo box or a text area keep Enter for themselves), Esc closes.
 */
public class FormDialog extends Dialog {

    /** Whether a field must be filled in. */
    public enum Need { REQUIRED, OPTIONAL }

    private final FormLayout form = new FormLayout();
    private final Button save = new Button();
    private final Button cancel;
    private final Binder<Object> binder = new Binder<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private Supplier<String> action = () -> "";
    private Runnable onSaved = () -> { };
    private boolean stayOpen;

    public FormDialog(String title) {
        setHeaderTitle(title);
        setModal(true);
        setCloseOnOutsideClick(false);
        setCloseOnEsc(true);
        addClassName("ht-form-dialog");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("640px");
        setMaxWidth("100%");
    }

    public Button cancelButton() {
        return cancel;
    }

    public FormLayout form() {
        return form;
    }

    public Button saveButton() {
        return save;
    }

    /**
     * What an empty required field says. A feature whose service words "required" its own way overrides
     * this, so the form and the service say the same at the field.
     */
    protected String requiredMessage() {
        return getTranslation("validation.required");
    }

    // ---- fields ----------------------------------------------------------------------------------------

    /**
     * Registers a field under the service's name for it: its own checks (bad input, min, max), the
     * required check and the given extra checks block saving with their messages.
     */
    @SafeVarargs
    public final <V, C extends Component & HasValue<?, V> & HasValidation> C field(String name, C component, Need need,
                                                                                Validator<? super V>... checks) {
        Binder.BindingBuilder<Object, V> binding = binder.forField(component);
        if (need == Need.REQUIRED) {
            binding = binding.asRequired(requiredMessage());
        }
        for (Validator<? super V> check : checks) {
            binding = binding.withValidator(check);
        }
        binding.bind(bean -> null, (bean, value) -> { });
        fields.put(name, component);
        form.add(component);
        return component;
    }

    /** A single-line text of at most {@code maxLength} characters (as its column counts them). */
    public TextField text(String name, String labelKey, int maxLength, Need need) {
        TextField field = new TextField(getTranslation(labelKey));
        field(name, field, need, Checks.length(this, maxLength));
        enterSaves(field);
        return field;
    }

    /** A multi-line text; Enter makes a new line here, Ctrl+Enter saves. */
    public TextArea textArea(String name, String labelKey, int maxLength, Need need) {
        TextArea field = new TextArea(getTranslation(labelKey));
        field(name, field, need, Checks.length(this, maxLength));
        form.setColspan(field, 2);
        return field;
    }

    /** A whole number between min and max; what the field could not read is said, never saved as 0. */
    public IntegerField integer(String name, String labelKey, int min, int max, Need need) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setMin(min);
        field.setMax(max);
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("form.integer", min, max))
                .setMinErrorMessage(getTranslation("form.integer", min, max))
                .setMaxErrorMessage(getTranslation("form.integer", min, max))
                .setRequiredErrorMessage(requiredMessage()));
        field(name, field, need);
        enterSaves(field);
        return field;
    }

    /** An amount or area with at most {@code scale} decimals, between min and max. */
    public BigDecimalField decimal(String name, String labelKey, BigDecimal min, BigDecimal max, int scale, Need need) {
        BigDecimalField field = new BigDecimalField(getTranslation(labelKey));
        field.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage(getTranslation("form.decimal", min.toPlainString(), max.toPlainString(), scale))
                .setRequiredErrorMessage(requiredMessage()));
        field(name, field, need, Checks.decimal(this, min, max, scale));
        enterSaves(field);
        return field;
    }

    /** A date within [min, max]; a typed date is confirmed with Enter without saving the form. */
    public DatePicker date(String name, String labelKey, LocalDate min, LocalDate max, Need need) {
        DatePicker field = LocalizedFields.datePicker(this, labelKey);
        field.setMin(min);
        field.setMax(max);
        DatePicker.DatePickerI18n i18n = field.getI18n();
        String range = getTranslation("form.dateRange", Formats.date(min), Formats.date(max));
        i18n.setBadInputErrorMessage(getTranslation("form.date"));
        i18n.setMinErrorMessage(range);
        i18n.setMaxErrorMessage(range);
        i18n.setRequiredErrorMessage(requiredMessage());
        field.setI18n(i18n);
        field(name, field, need);
        return field;
    }

    public <T> Select<T> select(String name, String labelKey, Collection<T> items, ItemLabelGenerator<T> label, Need need) {
        Select<T> field = new Select<>();
        field.setLabel(getTranslation(labelKey));
        field.setItems(items);
        field.setItemLabelGenerator(label);
        field(name, field, need);
        return field;
    }

    public <T> ComboBox<T> combo(String name, String labelKey, Collection<T> items, ItemLabelGenerator<T> label, Need need) {
        ComboBox<T> field = new ComboBox<>(getTranslation(labelKey));
        field.setItems(items);
        field.setItemLabelGenerator(label);
        field.setClearButtonVisible(need == Need.OPTIONAL);
        field(name, field, need);
        return field;
    }

    public Checkbox checkbox(String labelKey) {
        Checkbox box = new Checkbox(getTranslation(labelKey));
        form.add(box);
        return box;
    }

    /** Lets Enter in this single-line field save the form. */
    public void enterSaves(Component field) {
        save.addClickShortcut(Key.ENTER).listenOn(field);
    }

    public Map<String, HasValidation> fields() {
        return fields;
    }

    /**
     * Where the service's refusals for {@code name} are shown when no single field stands for it (e.g. an
     * error line under a list of rows); {@code target} is not added to the form.
     */
    public <C extends HasValidation> C refusalsAt(String name, C target) {
        fields.put(name, target);
        return target;
    }

    /** Forgets a field taken out of the form (a removed row): its checks no longer block saving. */
    public void forget(HasValue<?, ?> field) {
        binder.removeBinding(field);
        fields.values().removeIf(f -> f == field);
    }

    // ---- saving ----------------------------------------------------------------------------------------

    /**
     * Keeps the dialog open after a successful save, for adding several things in a row; {@code onSaved}
     * then clears what should be entered anew.
     */
    public FormDialog stayOpenAfterSave() {
        stayOpen = true;
        return this;
    }

    /** The save: returns the success message, or throws the service's refusal. */
    public FormDialog onSave(Supplier<String> action, Runnable onSaved) {
        this.action = action;
        this.onSaved = onSaved;
        return this;
    }

    /**
     * Checks the fields, then calls the service. A field that fails its checks, or that the service
     * names in its refusal, shows the message; the dialog stays open with everything the user typed.
     */
    public void save() {
        RuleViolations.clear(fields);
        BinderValidationStatus<Object> status = binder.validate();
        if (!status.isOk()) {
            status.getFieldValidationErrors().stream().findFirst()
                    .flatMap(error -> Objects.requireNonNull(error.getField()) instanceof Focusable<?> f
                            ? java.util.Optional.of(f) : java.util.Optional.empty())
                    .ifPresent(Focusable::focus);
            return;
        }
        try {
            String message = action.get();
            if (!message.isEmpty()) {
                Notifications.success(message);
            }
            if (!stayOpen) {
                close();
            }
            onSaved.run();
        } catch (RuleViolationException e) {
            RuleViolations.show(e, fields);
        }
    }

    /**
     * The checks the dialog's fields share, also for forms outside a dialog (a page with a Binder of its
     * own); the services repeat them (the rules live there).
     */
    public static final class Checks {

        private Checks() {
        }

        public static Validator<@Nullable String> length(Component owner, int max) {
            return (value, context) -> {
                int length = value == null ? 0 : value.strip().codePointCount(0, value.strip().length());
                return length <= max ? ValidationResult.ok()
                        : ValidationResult.error(owner.getTranslation("form.tooLong", max, length));
            };
        }

        public static Validator<@Nullable BigDecimal> decimal(Component owner, BigDecimal min, BigDecimal max, int scale) {
            return (value, context) -> {
                if (value == null) {
                    return ValidationResult.ok();
                }
                boolean ok = value.compareTo(min) >= 0 && value.compareTo(max) <= 0
                        && value.stripTrailingZeros().scale() <= scale;
                return ok ? ValidationResult.ok() : ValidationResult.error(owner.getTranslation("form.decimal",
                        min.toPlainString(), max.toPlainString(), scale));
            };
        }
    }
}
