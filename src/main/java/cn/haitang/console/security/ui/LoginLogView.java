package cn.haitang.console.security.ui;

import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.PhoneFilters;
import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.LocalizedFields;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.security.LoginEvent;
import cn.haitang.console.security.LoginLogFilter;
import cn.haitang.console.security.UserAccountService;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
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

/** Every login attempt, successful or failed, newest first: for spotting misuse and helping users. */
@Route("admin/logins")
@RolesAllowed(Role.Names.CITY_ADMIN)
@Menu(order = 92, icon = "vaadin:sign-in", title = "nav.logins")
public class LoginLogView extends Main implements HasDynamicTitle {

    private final UserAccountService users;
    final TextField username = new TextField();
    final Select<Boolean> outcome = new Select<>();
    final DatePicker from;
    final DatePicker to;
    final Grid<LoginEvent> grid = new Grid<>();

    public LoginLogView(UserAccountService users) {
        this.users = users;
        addClassName("ht-view");
        username.setPlaceholder(getTranslation("loginLog.username"));
        username.setPrefixComponent(VaadinIcon.SEARCH.create());
        username.setClearButtonVisible(true);
        username.setValueChangeMode(ValueChangeMode.LAZY);
        username.addValueChangeListener(e -> refresh());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("loginLog.allOutcomes"));
        outcome.setItems(true, false);
        outcome.setItemLabelGenerator(b -> b == null ? getTranslation("loginLog.allOutcomes")
                : getTranslation(b ? "loginLog.success" : "loginLog.failure"));
        outcome.addValueChangeListener(e -> refresh());
        from = LocalizedFields.datePicker(this, "filter.from");
        to = LocalizedFields.datePicker(this, "filter.to");
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        var time = grid.addColumn(e -> Formats.dateTime(e.getOccurredAt())).setHeader(getTranslation("loginLog.time"))
                .setSortProperty("occurredAt").setAutoWidth(true);
        grid.addColumn(LoginEvent::getUsername).setHeader(getTranslation("loginLog.username")).setSortProperty("username")
                .setAutoWidth(true);
        grid.addColumn(Badges.renderer(this::outcomeBadge)).setHeader(getTranslation("loginLog.outcome"))
                .setSortProperty("outcome").setAutoWidth(true);
        grid.addColumn(e -> e.getRemoteAddress() == null ? "—" : e.getRemoteAddress())
                .setHeader(getTranslation("loginLog.address")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.sort(List.of(new GridSortOrder<>(time, SortDirection.DESCENDING)));
        PhoneGrid.cards(grid, grid.addComponentColumn(e -> PhoneGrid.card(e.getUsername(),
                new Object[] {outcomeBadge(e), Formats.dateTime(e.getOccurredAt())},
                e.getRemoteAddress() == null ? null : e.getRemoteAddress())).setHeader(getTranslation("loginLog.username")));
        grid.setSizeFull();
        refresh();
        add(new ViewToolbar(getTranslation("nav.logins"), new PhoneFilters(ViewToolbar.group(username, outcome, from, to))), grid);
    }

    void refresh() {
        LoginLogFilter filter = new LoginLogFilter(username.getValue(), outcome.getValue(), from.getValue(), to.getValue());
        grid.setItems(q -> users.loginLog(filter, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) users.countLoginLog(filter));
    }

    private Span outcomeBadge(LoginEvent event) {
        Span badge = new Span(getTranslation(event.getOutcome().messageKey()));
        badge.getElement().getThemeList().add(event.isSuccess() ? "badge success" : "badge error");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.logins") + " · " + getTranslation("app.name");
    }
}
