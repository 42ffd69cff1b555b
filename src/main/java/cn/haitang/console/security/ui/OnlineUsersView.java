package cn.haitang.console.security.ui;

import cn.haitang.console.base.ui.PhoneFilters;
import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.security.OnlineSessionFilter;
import cn.haitang.console.security.OnlineSessionRow;
import cn.haitang.console.security.OnlineUsersService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** 在线用户: who is signed in on any node, since when, from which address; a city admin can end a session. */
@Route("admin/online")
@RolesAllowed(Role.Names.CITY_ADMIN)
@Menu(order = 91, icon = "vaadin:connect", title = "nav.online")
public class OnlineUsersView extends Main implements HasDynamicTitle {

    private final OnlineUsersService online;
    final TextField search = new TextField();
    final Select<String> node = new Select<>();
    final Grid<OnlineSessionRow> grid = new Grid<>();

    public OnlineUsersView(OnlineUsersService online) {
        this.online = online;
        addClassName("ht-view");
        search.setPlaceholder(getTranslation("online.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        node.setEmptySelectionAllowed(true);
        node.setEmptySelectionCaption(getTranslation("online.allNodes"));
        node.setItemLabelGenerator(n -> n == null ? getTranslation("online.allNodes") : n);
        node.setItems(online.nodes());
        node.addValueChangeListener(e -> refresh());
        Button reload = new Button(getTranslation("online.refresh"), VaadinIcon.REFRESH.create(), e -> {
            node.setItems(online.nodes());
            refresh();
        });

        grid.addColumn(OnlineSessionRow::displayName).setHeader(getTranslation("online.user"))
                .setSortProperty("displayName").setAutoWidth(true);
        grid.addColumn(OnlineSessionRow::username).setHeader(getTranslation("online.username"))
                .setSortProperty("username").setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.role().messageKey()) + (r.townName() == null ? "" : " · " + r.townName()))
                .setHeader(getTranslation("online.role")).setAutoWidth(true);
        var since = grid.addColumn(r -> Formats.dateTime(r.startedAt())).setHeader(getTranslation("online.since"))
                .setSortProperty("startedAt").setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.lastSeenAt())).setHeader(getTranslation("online.lastSeen"))
                .setSortProperty("lastSeenAt").setAutoWidth(true);
        grid.addColumn(r -> r.remoteAddress() == null ? "—" : r.remoteAddress())
                .setHeader(getTranslation("online.address")).setSortProperty("remoteAddress").setAutoWidth(true);
        grid.addColumn(OnlineSessionRow::node).setHeader(getTranslation("online.node")).setSortProperty("node")
                .setAutoWidth(true);
        grid.addComponentColumn(this::logoutButton).setHeader(getTranslation("common.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("online.empty"));
        grid.sort(List.of(new GridSortOrder<>(since, SortDirection.DESCENDING)));
        PhoneGrid.cards(grid, grid.addComponentColumn(r -> PhoneGrid.card(r.displayName() + " · " + r.username(),
                getTranslation(r.role().messageKey()) + (r.townName() == null ? "" : " · " + r.townName()),
                getTranslation("online.since") + " " + Formats.dateTime(r.startedAt()) + " · "
                        + getTranslation("online.lastSeen") + " " + Formats.dateTime(r.lastSeenAt()),
                (r.remoteAddress() == null ? "—" : r.remoteAddress()) + " · " + r.node(), logoutButton(r)))
                .setHeader(getTranslation("online.user")));
        grid.setSizeFull();
        refresh();
        add(new ViewToolbar(getTranslation("nav.online"), new PhoneFilters(ViewToolbar.group(search, node)), reload), grid);
    }

    void refresh() {
        OnlineSessionFilter filter = new OnlineSessionFilter(search.getValue(), node.getValue());
        grid.setItems(q -> online.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) online.count(filter));
    }

    private Button logoutButton(OnlineSessionRow row) {
        Button button = new Button(VaadinIcon.SIGN_OUT.create(), e -> confirmLogout(row));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        button.setTooltipText(getTranslation("online.forceLogout"));
        button.setAriaLabel(getTranslation("online.forceLogout"));
        return button;
    }

    void confirmLogout(OnlineSessionRow row) {
        Confirm.ask(getTranslation("online.forceLogout.title", row.displayName()),
                getTranslation("online.forceLogout.text", row.username(), row.node(),
                        row.remoteAddress() == null ? "—" : row.remoteAddress()),
                getTranslation("online.forceLogout"), () -> forceLogout(row));
    }

    private void forceLogout(OnlineSessionRow row) {
        online.forceLogout(row.sessionKey());
        Notifications.success(getTranslation("online.forceLogout.done", row.username()));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.online") + " · " + getTranslation("app.name");
    }
}
