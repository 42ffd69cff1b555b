package cn.haitang.console.governance.ui;

import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.area.Area;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.AreaFilter;
import cn.haitang.console.base.ui.Downloads;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.governance.CommitteeFilter;
import cn.haitang.console.governance.CommitteeKind;
import cn.haitang.console.governance.CommitteeRow;
import cn.haitang.console.governance.CommitteeService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.List;

/** All committees of the caller's area, with their term and cross-appointment rate; filterable and exportable. */
@Route("governance/committees")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 30, icon = "vaadin:group", title = "nav.gov.committees")
class CommitteesView extends Main implements HasDynamicTitle {

    static final List<Integer> EXPIRING = List.of(30, 90, 180, 365);
    private final CommitteeService committees;
    final AreaFilter areas;
    final ComboBox<Area> town;
    final Select<CommitteeKind> kind;
    final Select<Integer> expiring;
    final Grid<CommitteeRow> grid = new Grid<>();
    private volatile CommitteeFilter filter = new CommitteeFilter(null, null, null);

    CommitteesView(CommitteeService committees, AreaDirectory directory) {
        this.committees = committees;
        addClassName("ht-view");
        areas = new AreaFilter(directory, AreaFilter.Depth.COMMUNITY, this::refresh);
        town = areas.townField();
        kind = GovUi.choice(List.of(CommitteeKind.values()), "gov.committee.allKinds", "gov.committee.kind",
                k -> getTranslation(k.messageKey()), this::refresh);
        expiring = GovUi.choice(EXPIRING, "gov.committee.expiring.any", "gov.committee.expiring",
                d -> getTranslation("gov.committee.expiring.days", d), this::refresh);

        grid.addColumn(CommitteeRow::compoundName).setHeader(getTranslation("gov.compound")).setSortProperty("compoundName")
                .setAutoWidth(true);
        grid.addColumn(CommitteeRow::communityName).setHeader(getTranslation("gov.community"))
                .setSortProperty("communityName").setAutoWidth(true);
        grid.addColumn(CommitteeRow::townName).setHeader(getTranslation("gov.town")).setSortProperty("townName")
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.kind().messageKey())).setHeader(getTranslation("gov.committee.kind"))
                .setSortProperty("kind").setAutoWidth(true);
        grid.addColumn(c -> Formats.date(c.termStart())).setHeader(getTranslation("gov.committee.termStart"))
                .setSortProperty("termStart").setAutoWidth(true);
        grid.addColumn(c -> Formats.date(c.termEnd())).setHeader(getTranslation("gov.committee.termEnd"))
                .setSortProperty("termEnd").setAutoWidth(true);
        grid.addColumn(CommitteeRow::members).setHeader(getTranslation("gov.committee.members")).setSortProperty("members")
                .setAutoWidth(true);
        grid.addColumn(CommitteeRow::partyMembers).setHeader(getTranslation("gov.committee.partyMembers"))
                .setSortProperty("partyMembers").setAutoWidth(true);
        grid.addColumn(c -> GovUi.percent(c.crossAppointmentRate())).setHeader(getTranslation("gov.committee.crossRate"))
                .setAutoWidth(true);
        PhoneGrid.cards(grid, grid.addComponentColumn(c -> PhoneGrid.card(c.compoundName(),
                new Object[] {getTranslation(c.kind().messageKey()), c.townName() + " · " + c.communityName()},
                getTranslation("gov.committee.termEnd") + " " + Formats.date(c.termEnd()),
                getTranslation("gov.committee.members") + " " + c.members() + " · " + getTranslation("gov.committee.partyMembers")
                        + " " + c.partyMembers() + " · " + getTranslation("gov.committee.crossRate") + " "
                        + GovUi.percent(c.crossAppointmentRate()))).setHeader(getTranslation("gov.compound")));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.addItemClickListener(e -> CompoundGovernanceView.open(e.getItem().compoundId(), CompoundGovernanceView.COMMITTEE_TAB));
        grid.setSizeFull();
        refresh();
        add(new ViewToolbar(getTranslation("nav.gov.committees"), GovUi.toolbar(areas, kind, expiring,
                Downloads.excel(this, "committees.xlsx", this::export))),
                grid);
    }

    void refresh() {
        filter = new CommitteeFilter(areas.townId(), kind.getValue(), expiring.getValue(), areas.communityId());
        CommitteeFilter current = filter;
        GovUi.lazy(grid, page -> committees.committees(current, page), () -> committees.countCommittees(current));
    }

    /** Writes exactly the filtered committees, page by page. */
    void export(OutputStream out) {
        CommitteeFilter current = filter;
        GovUi.export(out, getLocale(), "nav.gov.committees", List.of("gov.compound", "gov.community", "gov.town",
                "gov.committee.kind", "gov.committee.termStart", "gov.committee.termEnd", "gov.committee.members",
                "gov.committee.partyMembers", "gov.committee.crossRate"), page -> committees.committees(current, page),
                c -> new Object[] {c.compoundName(), c.communityName(), c.townName(), getTranslation(c.kind().messageKey()),
                        c.termStart(), c.termEnd(), c.members(), c.partyMembers(),
                        GovUi.excelPercent(c.crossAppointmentRate())});
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.gov.committees") + " · " + getTranslation("app.name");
    }
}
