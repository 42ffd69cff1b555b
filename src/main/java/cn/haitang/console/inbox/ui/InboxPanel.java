package cn.haitang.console.inbox.ui;

import cn.haitang.console.base.inbox.InboxItem;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.inbox.Inbox;
import cn.haitang.console.inbox.InboxService;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * The caller's to-do list: one card per item (kind, what, where, by when), overdue ones first and marked;
 * a click opens the place to act. The home page shows the first few with a link to all; the inbox page
 * shows all of them.
 */
public class InboxPanel extends Div {

    private final InboxService service;
    private final int shown;
    final H3 heading = new H3();
    final Div list = new Div();
    final Paragraph empty = new Paragraph();
    final Anchor all = new Anchor();
    private Inbox inbox;

    /** @param shown how many items to show at most (the rest behind a link to the inbox page) */
    public InboxPanel(InboxService service, int shown) {
        this.service = service;
        this.shown = shown;
        addClassName("ht-inbox");
        setId("inbox");
        list.addClassName("ht-inbox-list");
        empty.setText(getTranslation("inbox.empty"));
        empty.addClassName("ht-inbox-empty");
        all.setHref("inbox");
        all.addClassName("ht-inbox-all");
        add(heading, list, empty, all);
        inbox = service.inbox();
        // the shell's badges show the same inbox after this navigation: they take it instead of computing it again
        if (UI.getCurrent() != null) {
            ComponentUtil.setData(UI.getCurrent(), Inbox.class, inbox);
        }
        show();
    }

    /**
     * The inbox for the shell's badges after a navigation: the one a panel of the new page computed (taken once,
     * so a later navigation counts afresh), otherwise computed now.
     */
    public static Inbox forThisNavigation(InboxService service) {
        UI ui = UI.getCurrent();
        Inbox computed = ui == null ? null : ComponentUtil.getData(ui, Inbox.class);
        if (computed == null) {
            return service.inbox();
        }
        ComponentUtil.setData(ui, Inbox.class, null);
        return computed;
    }

    public void refresh() {
        inbox = service.inbox();
        show();
    }

    private void show() {
        list.removeAll();
        long overdue = inbox.overdueCount();
        heading.setText(overdue > 0 ? getTranslation("inbox.heading.overdue", inbox.count(), overdue)
                : getTranslation("inbox.heading", inbox.count()));
        List<InboxItem> items = inbox.items();
        items.stream().limit(shown).forEach(item -> list.add(card(item)));
        empty.setVisible(items.isEmpty());
        all.setText(getTranslation("inbox.all", inbox.count()));
        all.setVisible(items.size() > shown);
    }

    /**
     * One item as one element: its kind, what, where and by when are markup inside it, not components — a
     * coordinator's inbox holds a hundred items, and each component stays in the session while the page is open.
     */
    private Div card(InboxItem item) {
        boolean late = item.overdue(inbox.today());
        String markup = Badges.html(getTranslation(item.kindKey()), late ? Badges.Tone.ERROR : Badges.Tone.PRIMARY)
                + span("ht-inbox-title", item.title())
                + span("ht-inbox-area", item.area() == null ? "" : item.area())
                + span(late ? "ht-inbox-overdue" : "ht-inbox-due", due(item, late))
                + "<vaadin-icon icon=\"vaadin:angle-right\"></vaadin-icon>";
        Div card = new Div();
        card.getElement().setProperty("innerHTML", markup);
        card.addClassName("ht-inbox-item");
        if (late) {
            card.addClassName("ht-inbox-late");
        }
        card.getElement().setAttribute("role", "link");
        card.getElement().setAttribute("tabindex", "0");
        card.getElement().setAttribute("title", item.title());
        card.addClickListener(e -> open(item.route()));
        card.getElement().addEventListener("keydown", e -> open(item.route())).setFilter("event.key === 'Enter'");
        return card;
    }

    private static String span(String className, String text) {
        return "<span class=\"" + className + "\">" + Entities.escape(text) + "</span>";
    }

    /** Navigates to an item's address, its query string ({@code ?tab=…}) kept as query parameters. */
    public static void open(String route) {
        int query = route.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(route);
        } else {
            UI.getCurrent().navigate(route.substring(0, query), QueryParameters.fromString(route.substring(query + 1)));
        }
    }

    private String due(InboxItem item, boolean late) {
        if (item.due() == null) {
            return "";
        }
        if (late) {
            return getTranslation("inbox.overdueBy", ChronoUnit.DAYS.between(item.due(), inbox.today()));
        }
        return getTranslation("inbox.dueOn", Formats.date(item.due()));
    }

    /** What is shown, for tests. */
    public Inbox inbox() {
        return inbox;
    }
}
