package cn.haitang.console.base.ui;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.i18n.Translations;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Map;

/**
 * Shows a refused operation where it belongs: at the field that caused it when the form has that
 * field, otherwise as a notification. The user's input stays in the form either way.
 */
public final class RuleViolations {

    private RuleViolations() {
    }

    public static String message(RuleViolationException e) {
        Locale locale = UI.getCurrent() == null ? Translations.CHINESE : UI.getCurrent().getLocale();
        return Translations.translate(e.getMessageKey(), locale, e.getArguments());
    }

    public static void show(RuleViolationException e, Map<String, ? extends HasValidation> fields) {
        HasValidation field = e.getField() == null ? null : fields.get(e.getField());
        if (field != null) {
            field.setErrorMessage(message(e));
            field.setInvalid(true);
        } else {
            Notifications.error(message(e));
        }
    }

    /** Clears earlier server-side messages before the next attempt. */
    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }
}
