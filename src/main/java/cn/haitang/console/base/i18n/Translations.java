package cn.haitang.console.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * All user-visible text comes from {@code i18n/messages*.properties} (UTF-8). Chinese is the base
 * bundle and the default; English is offered on request.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final String BUNDLE = "i18n.messages";
    // No fallback to the JVM's default locale: a missing English key falls back to Chinese, never to chance.
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(key, locale, params);
    }

    /** Static access for code that has no component at hand (exception messages, Excel headers). */
    public static String translate(String key, Locale locale, Object... params) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), CONTROL);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation for key '{}' in {}", key, locale);
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
    }

    /** The translation of a key when the bundles have one (for names that may lack a translation). */
    public static java.util.Optional<String> find(String key, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), CONTROL);
        return bundle.containsKey(key) ? java.util.Optional.of(bundle.getString(key)) : java.util.Optional.empty();
    }

    /** The supported locale nearest to the given one; Chinese unless English was asked for. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }
}
