package cn.haitang.console.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages at the bottom of the screen, in the three tones the console uses. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String text) {
        return show(text, NotificationVariant.LUMO_SUCCESS, 3000);
    }

    public static Notification warning(String text) {
        return show(text, NotificationVariant.LUMO_WARNING, 6000);
    }

    public static Notification error(String text) {
        return show(text, NotificationVariant.LUMO_ERROR, 8000);
    }

    private static Notification show(String text, NotificationVariant variant, int millis) {
        Notification notification = new Notification(text, millis, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(variant);
        notification.open();
        return notification;
    }
}
