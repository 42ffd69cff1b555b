package cn.haitang.console.governance.ui;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.governance.CommitteeFilter;
import cn.haitang.console.governance.CommitteeKind;
import cn.haitang.console.governance.CommitteeRow;
import cn.haitang.console.governance.GovernanceService;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.TownRef;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** All committees of the caller's area, with their term and cross-appointment rate; filterable and exportable. */
@Route("governance/committees")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 30, icon = "vaadin:group", title = "nav.gov.committees")
public class CommitteesView extends Main implements HasDynamicTitle {

    static final List<Integer> EXPIRING = List.of(30, 90, 180, 365);
    private final GovernanceService governance;
    final Select<TownRef> town = new Select<>();
    final Select<CommitteeKind> kind = new Select<>();
    final Select<Integer> expiring = new Select<>();
    final Grid<CommitteeRow> grid = new Grid<>();
    private volatile CommitteeFilter filter = new CommitteeFilter(null, null, null);

    public CommitteesView(GovernanceService governance, RegionService regions) {
        this.governance = governance;
        addClassName("ht-view");
        town.setEmptySelectionAllowed(true);
        town.setEmptySelectionCaption(getTranslation("gov.allTowns"));
        town.setItems(regions.townsInScope());
        town.setItemLabelGenerator(t -> t == null ? getTranslation("gov.allTowns") : t.name());
        town.setAriaLabel(getTranslation("gov.town"));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("gov.committee.allKinds"));
        kind.setItems(CommitteeKind.values());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("gov.committee.allKinds") : getTranslation(k.messageKey()));
        kind.setAriaLabel(getTranslation("gov.committee.kind"));
        expiring.setEmptySelectionAllowed(true);
        expiring.setEmptySelectionCaption(getTranslation("gov.committee.expiring.any"));
        expiring.setItems(EXPIRING);
        expiring.setItemLabelGenerator(d -> d == null ? getTranslation("gov.committee.expiring.any")
                : getTranslation("gov.committee.expiring.days", d));
        expiring.setAriaLabel(getTranslation("gov.committee.expiring"));
        town.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        expiring.addValueChangeListener(e -> refresh());

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
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CompoundGovernanceView.class,
                new RouteParameters("id", String.valueOf(e.getItem().compoundId())))));
        grid.setSizeFull();
        Anchor export = ExcelExport.link(this, "committees.xlsx", this::export);
        refresh();
        add(new ViewToolbar(getTranslation("nav.gov.committees"), ViewToolbar.group(town, kind, expiring, export)), grid);
    }

    void refresh() {
        filter = new CommitteeFilter(town.getValue() == null ? null : town.getValue().id(), kind.getValue(),
                expiring.getValue());
        CommitteeFilter current = filter;
        grid.setItems(query -> governance.committees(current, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> governance.countCommittees(current));
    }

    /** Writes exactly the filtered committees, page by page. */
    void export(OutputStream out) throws IOException {
        CommitteeFilter current = filter;
        ExcelExport.write(out, getTranslation("nav.gov.committees"), List.of(getTranslation("gov.compound"),
                getTranslation("gov.community"), getTranslation("gov.town"), getTranslation("gov.committee.kind"),
                getTranslation("gov.committee.termStart"), getTranslation("gov.committee.termEnd"),
                getTranslation("gov.committee.members"), getTranslation("gov.committee.partyMembers"),
                getTranslation("gov.committee.crossRate")), ExcelExport.allPages(page -> governance.committees(current, page),
                        (sink, c) -> sink.row(c.compoundName(), c.communityName(), c.townName(),
                                getTranslation(c.kind().messageKey()), c.termStart(), c.termEnd(), c.members(),
                                c.partyMembers(), c.crossAppointmentRate() == null ? null
                                        : new ExcelExport.Percent(c.crossAppointmentRate()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.gov.committees") + " · " + getTranslation("app.name");
    }
}
