package cn.haitang.console.inbox.ui;

import cn.haitang.console.inbox.Inbox;
import cn.haitang.console.inbox.InboxService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The header's bell with the number of to-do items (red when some are overdue); a click opens the inbox page. */
public class InboxBadge extends Button {

    private final InboxService service;
    final Span count = new Span();
    private final boolean withText;

    public InboxBadge(InboxService service, boolean withText) {
        this.service = service;
        this.withText = withText;
        setIcon(VaadinIcon.BELL_O.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("ht-inbox-badge");
        count.addClassName("ht-inbox-count");
        setSuffixComponent(count);
        addClickListener(e -> UI.getCurrent().navigate("inbox"));
    }

    /** Recounts from live state (the shell calls it after every navigation, so acting on an item lowers it). */
    public void refresh() {
        show(service.inbox());
    }

    /** Shows an inbox already computed (the shell computes it once for both of its badges). */
    public void show(Inbox inbox) {
        String text = inbox.truncated() ? inbox.count() + "+" : String.valueOf(inbox.count());
        count.setText(text);
        count.setVisible(inbox.count() > 0);
        count.getElement().getThemeList().clear();
        count.getElement().getThemeList().add(inbox.overdueCount() > 0 ? "badge error primary small pill"
                : "badge primary small pill");
        if (withText) {
            setText(getTranslation("inbox.nav"));
        }
        setTooltipText(getTranslation("inbox.badge.tooltip", inbox.count(), inbox.overdueCount()));
        getElement().setAttribute("aria-label", getTranslation("inbox.badge.tooltip", inbox.count(), inbox.overdueCount()));
    }

    /** The number shown ("" when none), for tests. */
    public String countText() {
        return count.isVisible() ? count.getText() : "";
    }
}
