package cn.haitang.console.inbox.ui;

import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.inbox.InboxService;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** All of the caller's to-do items on one page (the header's count leads here). */
@Route("inbox")
@PermitAll
@Menu(order = 1, icon = "vaadin:inbox", title = "inbox.nav")
public class InboxView extends Main implements HasDynamicTitle {

    final InboxPanel panel;

    public InboxView(InboxService inbox) {
        addClassName("ht-view");
        panel = new InboxPanel(inbox, Integer.MAX_VALUE);
        add(new ViewToolbar(getTranslation("inbox.title")), panel);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " · " + getTranslation("app.name");
    }
}
