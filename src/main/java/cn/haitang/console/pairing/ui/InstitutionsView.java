package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.AreaFilter;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.pairing.ActivityService;
import cn.haitang.console.pairing.InstitutionFilter;
import cn.haitang.console.pairing.InstitutionKind;
import cn.haitang.console.pairing.InstitutionRow;
import cn.haitang.console.pairing.InstitutionService;
import cn.haitang.console.pairing.MattersService;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.PhoneFilters;
import cn.haitang.console.base.ui.PhoneGrid;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The institution registry (结对单位): admins maintain it; a coordinator sees the institutions paired with their area. */
@Route("pairing/institutions")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 40, icon = "vaadin:building", title = "nav.pairing.institutions")
class InstitutionsView extends Main implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    private final InstitutionService institutions;
    private final ActivityService activities;
    private final MattersService matters;
    private final RegionService region;
    private final Clock clock;
    private final boolean admin;
    private final AreaFilter areas;
    final TextField search = new TextField();
    final Select<InstitutionKind> kind = new Select<>();
    final Grid<InstitutionRow> grid;
    final PhoneGrid phoneGrid;
    final Button create = new Button();

    InstitutionsView(InstitutionService institutions, ActivityService activities, MattersService matters, RegionService region,
                     AreaDirectory directory, CurrentUser currentUser, Clock clock) {
        this.institutions = institutions;
        this.activities = activities;
        this.matters = matters;
        this.region = region;
        this.clock = clock;
        this.admin = currentUser.scope().isAdmin();
        addClassName("ht-view");
        search.setPlaceholder(getTranslation("pairing.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        PairingUi.anyOf(kind, this, null, "pairing.allKinds", List.of(InstitutionKind.values()),
                k -> getTranslation(k.messageKey()), this::refresh);
        // a coordinator sees the institutions paired with their own town/street: no town to choose
        areas = new AreaFilter(directory, AreaFilter.Depth.TOWN, this::refresh);
        areas.townField().setVisible(admin);
        create.setText(getTranslation("pairing.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(admin);
        create.addClickListener(e -> new InstitutionFormDialog(institutions, null, this::refresh).open());

        grid = PairingUi.grid(this);
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(1);
        grid.addColumn(InstitutionRow::name).setHeader(getTranslation("pairing.institution.name")).setAutoWidth(true)
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.kind().messageKey())).setHeader(getTranslation("pairing.institution.kind"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.townName() == null ? getTranslation("pairing.none") : r.townName())
                .setHeader(getTranslation("pairing.institution.pairedTown")).setAutoWidth(true);
        grid.addColumn(InstitutionRow::communities).setHeader(getTranslation("pairing.communities")).setAutoWidth(true);
        grid.addColumn(InstitutionRow::contactPerson).setHeader(getTranslation("pairing.institution.contactPerson"))
                .setAutoWidth(true);
        grid.addColumn(InstitutionRow::inServiceMembers).setHeader(getTranslation("pairing.institution.inServiceMembers"))
                .setAutoWidth(true);
        grid.addColumn(InstitutionRow::membersReported).setHeader(getTranslation("pairing.institution.reported"))
                .setAutoWidth(true);
        grid.addColumn(r -> percent.format(r.reportRate())).setHeader(getTranslation("pairing.institution.reportRate"))
                .setAutoWidth(true);
        phoneGrid = PhoneGrid.cards(grid, grid.addComponentColumn(r -> PhoneGrid.card(r.name(),
                new Object[] {Badges.badge(getTranslation(r.kind().messageKey()), Badges.Tone.CONTRAST),
                        r.townName() == null ? getTranslation("pairing.none") : r.townName()},
                getTranslation("pairing.institution.reported") + " " + r.membersReported() + "/" + r.inServiceMembers()
                        + " · " + percent.format(r.reportRate()),
                r.contactPerson())).setHeader(getTranslation("pairing.institution.name")));
        grid.addItemClickListener(e -> openDetails(e.getItem()));
        refresh();
        add(new ViewToolbar(getTranslation("nav.pairing.institutions"),
                new PhoneFilters(ViewToolbar.group(search, kind, areas.townField())), create), grid);
    }

    void refresh() {
        InstitutionFilter filter = new InstitutionFilter(search.getValue(), kind.getValue(), areas.townId());
        grid.setItems(q -> institutions.listInstitutions(filter, q.getOffset(), q.getLimit()).stream(),
                q -> (int) institutions.countInstitutions(filter));
    }

    InstitutionDialog openDetails(InstitutionRow row) {
        InstitutionDialog dialog = new InstitutionDialog(institutions, activities, matters, region, row.id(), admin,
                LocalDate.now(clock), this::refresh);
        dialog.open();
        return dialog;
    }

    /** {@code ?institution=ID} (a search hit, a link from elsewhere) opens that record, if the caller may see it. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("institution").ifPresent(value -> {
            try {
                openDetails(institutions.institution(Long.parseLong(value)));
            } catch (NumberFormatException e) {
                cn.haitang.console.base.ui.Notifications.warning(getTranslation("error.notFound"));
            } catch (cn.haitang.console.base.RuleViolationException e) {
                cn.haitang.console.base.ui.Notifications.warning(cn.haitang.console.base.ui.RuleViolations.message(e));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pairing.institutions") + " · " + getTranslation("app.name");
    }
}
