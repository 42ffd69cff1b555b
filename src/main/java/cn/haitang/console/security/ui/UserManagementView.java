package cn.haitang.console.security.ui;

import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.PhoneFilters;
import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.security.TownDirectory;
import cn.haitang.console.security.UserAccountService;
import cn.haitang.console.security.UserFilter;
import cn.haitang.console.security.UserRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

/** City admins manage who can log in: create, change role and town, reset passwords, disable. */
@Route("admin/users")
@RolesAllowed(Role.Names.CITY_ADMIN)
@Menu(order = 90, icon = "vaadin:users", title = "nav.users")
public class UserManagementView extends Main implements HasDynamicTitle {

    private final UserAccountService users;
    private final TownDirectory towns;
    final TextField search = new TextField();
    final Select<Role> roleFilter = new Select<>();
    final Grid<UserRow> grid = new Grid<>();

    public UserManagementView(UserAccountService users, TownDirectory towns) {
        this.users = users;
        this.towns = towns;
        addClassName("ht-view");

        search.setPlaceholder(getTranslation("user.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        roleFilter.setPlaceholder(getTranslation("user.allRoles"));
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption(getTranslation("user.allRoles"));
        roleFilter.setItems(Role.values());
        roleFilter.setItemLabelGenerator(r -> r == null ? getTranslation("user.allRoles") : getTranslation(r.messageKey()));
        roleFilter.addValueChangeListener(e -> refresh());
        Button create = new Button(getTranslation("user.new"), VaadinIcon.PLUS.create(), e -> openForm(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(UserRow::username).setHeader(getTranslation("user.username")).setSortProperty("username")
                .setAutoWidth(true);
        grid.addColumn(UserRow::displayName).setHeader(getTranslation("user.displayName"))
                .setSortProperty("displayName").setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.role().messageKey())).setHeader(getTranslation("user.role"))
                .setSortProperty("role").setAutoWidth(true);
        grid.addColumn(u -> u.townName() == null ? "—" : u.townName()).setHeader(getTranslation("user.town"))
                .setSortProperty("townId").setAutoWidth(true);
        grid.addColumn(Badges.renderer(this::statusBadge)).setHeader(getTranslation("user.status")).setSortProperty("enabled")
                .setAutoWidth(true);
        grid.addColumn(u -> Formats.dateTime(u.createdAt())).setHeader(getTranslation("user.createdAt"))
                .setSortProperty("createdAt").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.addItemDoubleClickListener(e -> openForm(e.getItem()));
        PhoneGrid.cards(grid, grid.addComponentColumn(u -> PhoneGrid.card(u.displayName(),
                new Object[] {statusBadge(u), u.username()},
                getTranslation(u.role().messageKey()) + (u.townName() == null ? "" : " · " + u.townName()), actions(u)))
                .setHeader(getTranslation("user.displayName")));
        grid.setSizeFull();
        refresh();

        add(new ViewToolbar(getTranslation("nav.users"), new PhoneFilters(ViewToolbar.group(search, roleFilter)), create), grid);
    }

    void refresh() {
        UserFilter filter = new UserFilter(search.getValue(), roleFilter.getValue(), null);
        grid.setItems(query -> users.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) users.count(filter));
    }

    UserFormDialog openForm(UserRow row) {
        UserFormDialog dialog = new UserFormDialog(users, towns, row == null ? null : users.get(row.id()), this::refresh);
        dialog.open();
        return dialog;
    }

    private Span statusBadge(UserRow user) {
        Span badge = new Span(getTranslation(user.enabled() ? "user.enabled" : "user.disabled"));
        badge.getElement().getThemeList().add(user.enabled() ? "badge success" : "badge contrast");
        return badge;
    }

    private HorizontalLayout actions(UserRow user) {
        Button edit = small(VaadinIcon.EDIT, "action.edit", () -> openForm(user));
        Button reset = small(VaadinIcon.KEY, "user.resetPassword", () -> new PasswordResetDialog(users, user).open());
        Button toggle = small(user.enabled() ? VaadinIcon.BAN : VaadinIcon.CHECK_CIRCLE,
                user.enabled() ? "user.disable" : "user.enable", () -> confirmToggle(user));
        HorizontalLayout layout = new HorizontalLayout(edit, reset, toggle);
        layout.setSpacing(false);
        return layout;
    }

    void confirmToggle(UserRow user) {
        boolean disable = user.enabled();
        Confirm.ask(getTranslation(disable ? "user.disable.title" : "user.enable.title", user.displayName()),
                getTranslation(disable ? "user.disable.text" : "user.enable.text", user.username()),
                getTranslation(disable ? "user.disable" : "user.enable"),
                () -> setEnabled(user, !disable));
    }

    void setEnabled(UserRow user, boolean enabled) {
        try {
            users.setEnabled(user.id(), user.version(), enabled);
            Notifications.success(getTranslation(enabled ? "user.enabled.done" : "user.disabled.done", user.username()));
            refresh();
        } catch (RuleViolationException e) {
            Notifications.error(RuleViolations.message(e));
        }
    }

    private Button small(VaadinIcon icon, String key, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setTooltipText(getTranslation(key));
        button.setAriaLabel(getTranslation(key));
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " · " + getTranslation("app.name");
    }
}
