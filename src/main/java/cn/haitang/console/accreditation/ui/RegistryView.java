package cn.haitang.console.accreditation.ui;

import com.vaadin.flow.component.Component;
import cn.haitang.console.base.ui.PhoneGrid;
import static cn.haitang.console.accreditation.ui.Ui.t;

import cn.haitang.console.accreditation.AccreditationExports;
import cn.haitang.console.accreditation.Level;
import cn.haitang.console.accreditation.SiteFilter;
import cn.haitang.console.accreditation.SiteRegistryService;
import cn.haitang.console.accreditation.SiteRow;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.area.Area;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.AreaFilter;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Badges.Tone;
import cn.haitang.console.base.ui.Downloads;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.security.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The accredited sites by level with their certificates and validity; export; revocation (admin). */
@Route("accreditation/sites")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 85, icon = "vaadin:diploma", title = "nav.accreditation.registry")
class RegistryView extends Main implements HasDynamicTitle {

    private final SiteRegistryService service;
    private final boolean admin;
    final Tabs levels = new Tabs();
    final AreaFilter area;
    /** The town filter; a coordinator's own town is fixed and not shown. */
    final ComboBox<Area> town;
    final Checkbox currentOnly = new Checkbox();
    final Grid<SiteRow> grid = new Grid<>();
    private final LocalDate today;

    RegistryView(SiteRegistryService service, AccreditationExports exports, AreaDirectory areas,
                 CurrentUser currentUser, Clock clock) {
        this.service = service;
        this.admin = currentUser.scope().isAdmin();
        this.today = LocalDate.now(clock);
        addClassName("ht-view");
        levels.add(new Tab(t("accr.filter.allLevels")));
        for (Level l : Level.values()) {
            levels.add(new Tab(t(l.messageKey())));
        }
        levels.addSelectedChangeListener(e -> refresh());
        area = new AreaFilter(areas, AreaFilter.Depth.TOWN, this::refresh);
        town = area.townField();
        town.setVisible(!town.isReadOnly());
        town.setAriaLabel(town.getLabel());
        town.setLabel(null); // like the other filters of the toolbar: the placeholder says what it is
        currentOnly.setLabel(t("accr.site.currentOnly"));
        currentOnly.setValue(true);
        currentOnly.addValueChangeListener(e -> refresh());
        Locale locale = UI.getCurrent().getLocale();

        grid.addColumn(SiteRow::certificateNo).setHeader(t("accr.site.certificate")).setSortProperty("certificateNo")
                .setAutoWidth(true);
        grid.addColumn(s -> t(s.level().messageKey())).setHeader(t("accr.round.level")).setSortProperty("level")
                .setAutoWidth(true);
        grid.addColumn(SiteRow::compoundName).setHeader(t("accr.app.compound")).setSortProperty("compoundName")
                .setAutoWidth(true);
        grid.addColumn(SiteRow::communityName).setHeader(t("accr.app.community")).setAutoWidth(true);
        grid.addColumn(SiteRow::townName).setHeader(t("accr.app.town")).setSortProperty("townName").setAutoWidth(true);
        grid.addColumn(s -> Formats.date(s.validFrom()) + " ~ " + Formats.date(s.validTo()))
                .setHeader(t("accr.site.validity")).setSortProperty("validTo").setAutoWidth(true);
        grid.addColumn(Badges.renderer(this::status)).setHeader(t("accr.app.state")).setSortProperty("state").setAutoWidth(true);
        if (admin) {
            grid.addComponentColumn(this::revokeButton).setHeader(t("common.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        PhoneGrid.cards(grid, grid.addComponentColumn(s -> PhoneGrid.card(s.compoundName(),
                new Object[] {t(s.level().messageKey()), status(s), admin ? revokeButton(s) : null},
                s.townName() + " · " + s.communityName(),
                s.certificateNo() + " · " + Formats.date(s.validFrom()) + " ~ " + Formats.date(s.validTo())))
                .setHeader(t("accr.app.compound")));

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(t("grid.empty"));
        grid.addItemDoubleClickListener(e -> UI.getCurrent().navigate(ApplicationView.class, e.getItem().applicationId()));
        grid.setSizeFull();
        refresh();
        add(new ViewToolbar(t("nav.accreditation.registry"), ViewToolbar.group(levels, town, currentOnly,
                Downloads.excel(this, "sites.xlsx", out -> exports.sites(filter(), Ui.sortOf(grid), locale, out)))),
                grid);
    }

    private Span status(SiteRow s) {
        if (!"CURRENT".equals(s.state())) {
            return Badges.badge(t("accreditation.site." + s.state()), Tone.CONTRAST);
        }
        long days = ChronoUnit.DAYS.between(today, s.validTo());
        if (days <= SiteRegistryService.REVIEW_REMINDER_DAYS) {
            return Badges.badge(t("accr.site.dueIn", days), Tone.WARNING);
        }
        return Badges.badge(t("accreditation.site.CURRENT"), Tone.SUCCESS);
    }

    SiteFilter filter() {
        int index = levels.getSelectedIndex();
        Level level = index <= 0 ? null : Level.values()[index - 1];
        return new SiteFilter(level, area.townId(), currentOnly.getValue());
    }

    private Component revokeButton(SiteRow s) {
        if (!"CURRENT".equals(s.state())) {
            return new Span();
        }
        Button revoke = new Button(t("accr.site.revoke"), e -> Ui.askReason("accr.site.revoke", "accr.reason",
                "accr.site.revoke", reason -> {
                    service.revoke(s.id(), s.version(), reason);
                    Notifications.success(t("accr.site.revoked", s.compoundName()));
                    refresh();
                }));
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL,
                ButtonVariant.LUMO_ERROR);
        return revoke;
    }

    void refresh() {
        SiteFilter filter = filter();
        grid.setItems(query -> service.sites(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.countSites(filter));
    }

    @Override
    public String getPageTitle() {
        return t("nav.accreditation.registry") + " · " + t("app.name");
    }
}
