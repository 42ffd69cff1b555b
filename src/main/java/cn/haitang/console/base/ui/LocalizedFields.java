package cn.haitang.console.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Arrays;
import java.util.List;

/** Sets Vaadin components that carry their own texts to the user's language and formats. */
public final class LocalizedFields {

    private LocalizedFields() {
    }

    /** A date picker that shows and parses yyyy-MM-dd, with month and weekday names from our bundles. */
    public static DatePicker datePicker(Component owner, String labelKey) {
        DatePicker picker = new DatePicker(owner.getTranslation(labelKey));
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("yyyy-MM-dd");
        i18n.setMonthNames(list(owner, "datePicker.months"));
        i18n.setWeekdays(list(owner, "datePicker.weekdays"));
        i18n.setWeekdaysShort(list(owner, "datePicker.weekdaysShort"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(owner.getTranslation("datePicker.today"));
        i18n.setCancel(owner.getTranslation("action.cancel"));
        picker.setI18n(i18n);
        picker.setClearButtonVisible(true);
        return picker;
    }

    private static List<String> list(Component owner, String key) {
        return Arrays.asList(owner.getTranslation(key).split(","));
    }
}
