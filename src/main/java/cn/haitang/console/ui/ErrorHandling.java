package cn.haitang.console.ui;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.i18n.Translations;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The last line of defence for errors no view handled: the user gets a clear message in their
 * language (never a stack trace), the log gets the details with a reference the user can quote.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(ErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String message = messageFor(error, UI.getCurrent() == null ? Translations.CHINESE : UI.getCurrent().getLocale());
        if (UI.getCurrent() != null) {
            Notifications.error(message);
        }
    }

    /** A translated message for any exception; unexpected ones are logged with a reference. */
    static String messageFor(Throwable error, Locale locale) {
        RuleViolationException violation = find(error, RuleViolationException.class);
        if (violation != null) {
            return RuleViolations.message(violation);
        }
        if (find(error, OptimisticLockingFailureException.class) != null
                || find(error, jakarta.persistence.OptimisticLockException.class) != null) {
            return Translations.translate("error.stale", locale);
        }
        if (find(error, AccessDeniedException.class) != null) {
            log.warn("Access denied: {}", error.getMessage());
            return Translations.translate("error.accessDenied", locale);
        }
        if (isDatabaseDown(error)) {
            log.error("Database unreachable: {}", error.toString());
            return Translations.translate("error.database", locale);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error [{}]", reference, error);
        return Translations.translate("error.unexpected", locale, reference);
    }

    static boolean isDatabaseDown(Throwable error) {
        return find(error, DataAccessResourceFailureException.class) != null
                || find(error, CannotCreateTransactionException.class) != null
                || find(error, JDBCConnectionException.class) != null
                || find(error, java.sql.SQLTransientConnectionException.class) != null
                || find(error, java.sql.SQLNonTransientConnectionException.class) != null;
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
