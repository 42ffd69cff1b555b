package cn.haitang.console.ui;

import cn.haitang.console.base.db.DatabaseProbe;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * During a database outage a click in the navigation would replace the page the user is on (and what they typed
 * in it) with an error page. Instead the navigation waits: the page stays as it is, a message inside the layout says
 * why, and its 重试 button tries the same navigation again. A page loaded afresh during an outage has nothing to keep
 * and still gets {@link ServerErrorView}.
 */
@Component
class OutageGuard implements VaadinServiceInitListener {

    private final DatabaseProbe database;

    OutageGuard(DatabaseProbe database) {
        this.database = database;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeLeaveListener(this::beforeLeave));
    }

    /** Leaving a page is where a navigation can still wait (a page loaded afresh has none to leave). */
    void beforeLeave(BeforeLeaveEvent event) {
        UI ui = event.getUI();
        if ("login".equals(event.getLocation().getFirstSegment()) || database.reachable()) {
            return;
        }
        event.postpone();
        showRetry(ui, event.getLocation());
    }

    static Notification showRetry(UI ui, Location target) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.setId("outage-message");
        Span text = new Span(ui.getTranslation("error.database.navigation"));
        Button retry = new Button(ui.getTranslation("error.page.retry"), e -> {
            notification.close();
            ui.navigate(target.getPath(), target.getQueryParameters());
        });
        retry.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        retry.setId("outage-retry");
        Button close = new Button(ui.getTranslation("action.close"), e -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout content = new HorizontalLayout(text, retry, close);
        content.setAlignItems(HorizontalLayout.Alignment.CENTER);
        notification.add(content);
        notification.open();
        return notification;
    }
}
