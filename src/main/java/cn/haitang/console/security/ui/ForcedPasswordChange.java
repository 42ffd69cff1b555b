package cn.haitang.console.security.ui;

import cn.haitang.console.security.PasswordChangeService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/** Sends a user who still holds a password an admin set to {@link ChangePasswordView}, from wherever they go. */
@Component
class ForcedPasswordChange implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ForcedPasswordChange.class);

    private final PasswordChangeService passwords;

    ForcedPasswordChange(PasswordChangeService passwords) {
        this.passwords = passwords;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class) {
            return;
        }
        try {
            if (passwords.mustChangeOwnPassword()) {
                event.forwardTo(ChangePasswordView.class);
            }
        } catch (DataAccessException | TransactionException e) {
            // The view the user asked for reports the outage itself.
            log.warn("Could not check whether the password must change: {}", e.getMessage());
        }
    }
}
