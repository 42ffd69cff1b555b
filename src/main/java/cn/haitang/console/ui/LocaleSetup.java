package cn.haitang.console.ui;

import cn.haitang.console.base.i18n.Translations;
import cn.haitang.console.security.UserAccountService;
import cn.haitang.console.security.ui.LoginView;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Chooses each new UI's language: the one picked in this browser session, else the user's remembered
 * preference, else Chinese. Never the browser's language: the console is Chinese first.
 */
@Component
class LocaleSetup implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(LocaleSetup.class);

    private final UserAccountService users;

    LocaleSetup(UserAccountService users) {
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinSession session = init.getUI().getSession();
            Object chosen = session.getAttribute(LoginView.LANGUAGE_ATTRIBUTE);
            Locale locale = chosen instanceof String tag ? Locale.forLanguageTag(tag) : remembered();
            locale = Translations.supported(locale);
            session.setLocale(locale);
            init.getUI().setLocale(locale);
        });
    }

    /** The user's remembered language; Chinese when the database cannot say (an outage must not blank the page). */
    private Locale remembered() {
        try {
            return users.preferredLocale().orElse(Translations.CHINESE);
        } catch (DataAccessException | TransactionException e) {
            log.warn("Language preference unavailable, using Chinese: {}", e.getMessage());
            return Translations.CHINESE;
        }
    }
}
