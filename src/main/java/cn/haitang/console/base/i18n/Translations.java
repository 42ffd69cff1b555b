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
 * All user-visible text comes from bundles under {@code i18n/} (UTF-8): {@code messages} for the shell
 * and one bundle per feature, so a feature's texts live beside nothing else's. Chinese is the base
 * bundle and the default; English ({@code _en}) is offered on request.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    /**
     * Searched in this order: the shell's {@code messages} first, then every other bundle found under
     * {@code i18n/} on the classpath, by name. A new feature only adds its {@code <name>.properties}.
     */
    static final List<String> BUNDLES = discoverBundles();
    // No fallback to the JVM's default locale: a missing English key falls back to Chinese, never to chance.
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    /**
     * Each key's text once found, per supported locale: looking a key up through every bundle costs a dozen
     * {@code ResourceBundle.getBundle} look-ups, and a grid page asks for hundreds of texts. Only keys that
     * were found are kept (the keys are the code's own, so this stays as small as the bundles).
     */
    private static final java.util.Map<Locale, java.util.Map<String, String>> FOUND = java.util.Map.of(
            CHINESE, new java.util.concurrent.ConcurrentHashMap<>(),
            ENGLISH, new java.util.concurrent.ConcurrentHashMap<>());

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
        java.util.Optional<String> pattern = find(key, locale);
        if (pattern.isEmpty()) {
            log.warn("Missing translation for key '{}' in {}", key, locale);
            return "!" + key;
        }
        return params.length == 0 ? pattern.get() : new MessageFormat(pattern.get(), supported(locale)).format(params);
    }

    /** The translation of a key when the bundles have one (for names that may lack a translation). */
    public static java.util.Optional<String> find(String key, Locale locale) {
        Locale supported = supported(locale);
        java.util.Map<String, String> found = FOUND.get(supported);
        String known = found.get(key);
        if (known != null) {
            return java.util.Optional.of(known);
        }
        java.util.Optional<String> text = search(key, supported);
        text.ifPresent(t -> found.put(key, t));
        return text;
    }

    private static java.util.Optional<String> search(String key, Locale supported) {
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, supported, CONTROL);
                if (bundle.containsKey(key)) {
                    return java.util.Optional.of(bundle.getString(key));
                }
            } catch (MissingResourceException e) {
                // this feature has no bundle (yet)
            }
        }
        return java.util.Optional.empty();
    }

    private static List<String> discoverBundles() {
        try {
            var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver(
                    Translations.class.getClassLoader());
            java.util.TreeSet<String> names = new java.util.TreeSet<>();
            for (var resource : resolver.getResources("classpath*:i18n/*.properties")) {
                String file = resource.getFilename();
                if (file != null && !file.contains("_")) {
                    names.add(file.substring(0, file.length() - ".properties".length()));
                }
            }
            names.remove("messages");
            java.util.List<String> ordered = new java.util.ArrayList<>(List.of("i18n.messages"));
            names.forEach(n -> ordered.add("i18n." + n));
            return List.copyOf(ordered);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot list the translation bundles", e);
        }
    }

    /** The supported locale nearest to the given one; Chinese unless English was asked for. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }
}
