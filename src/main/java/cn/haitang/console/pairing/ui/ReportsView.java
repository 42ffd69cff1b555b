package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.ui.PersonalDataExport;
import cn.haitang.console.base.ui.LazyGrids;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.AreaFilter;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.pairing.InstitutionRow;
import cn.haitang.console.pairing.InstitutionService;
import cn.haitang.console.pairing.Named;
import cn.haitang.console.pairing.PlacesService;
import cn.haitang.console.pairing.ReportCount;
import cn.haitang.console.pairing.ReportFilter;
import cn.haitang.console.pairing.ReportKind;
import cn.haitang.console.pairing.ReportLevel;
import cn.haitang.console.pairing.ReportRow;
import cn.haitang.console.pairing.ReportStatus;
import cn.haitang.console.pairing.ReportImportService;
import cn.haitang.console.pairing.ReportingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import cn.haitang.console.base.ui.PhoneFilters;
import cn.haitang.console.base.ui.PhoneGrid;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
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
import org.jspecify.annotations.Nullable;

/** 报到: in-service party members and volunteers of the caller's area, their import, and the counts. */
@Route("pairing/reports")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 44, icon = "vaadin:user-check", title = "nav.pairing.reports")
class ReportsView extends Main implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    private final ReportingService reporting;
    private final ReportImportService reportImport;
    private final PlacesService places;
    private final Clock clock;
    private final AreaFilter areas;
    private final List<Named> institutions;
    final ComboBox<Named> institution;
    final Select<ReportKind> kind = new Select<>();
    final Select<ReportStatus> status = new Select<>();
    final TextField name = new TextField();
    final Grid<ReportRow> grid;
    final PhoneGrid phoneGrid;
    final Select<ReportLevel> level = new Select<>();
    final Grid<ReportCount> counts;
    final Grid<InstitutionRow> rates;
    final Button create = new Button();
    final Button importButton = new Button();

    ReportsView(ReportingService reporting, ReportImportService reportImport, InstitutionService institutionService,
                PlacesService places, AreaDirectory directory, Clock clock) {
        this.reporting = reporting;
        this.reportImport = reportImport;
        this.places = places;
        this.clock = clock;
        addClassName("ht-view");
        areas = new AreaFilter(directory, AreaFilter.Depth.COMMUNITY, this::refresh);
        institutions = institutionService.institutionOptions();
        institution = PairingUi.institutionFilter(this, institutions, this::refresh);
        PairingUi.anyOf(kind, this, "pairing.report.kind", "pairing.allKinds", List.of(ReportKind.values()),
                k -> getTranslation(k.messageKey()), this::refresh);
        PairingUi.anyOf(status, this, "pairing.report.status", "pairing.allStatuses", List.of(ReportStatus.values()),
                s -> getTranslation(s.messageKey()), this::refresh);
        name.setLabel(getTranslation("pairing.report.name"));
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(e -> refresh());
        create.setText(getTranslation("pairing.report.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openForm(null));
        importButton.setText(getTranslation("pairing.import"));
        importButton.setIcon(VaadinIcon.UPLOAD.create());
        importButton.addClickListener(e -> new ReportImportDialog(reportImport, this::refresh).open());

        grid = PairingUi.grid(this);
        grid.addColumn(r -> getTranslation(r.kind().messageKey())).setHeader(getTranslation("pairing.report.kind")).setAutoWidth(true);
        grid.addColumn(ReportRow::name).setHeader(getTranslation("pairing.report.name")).setAutoWidth(true);
        grid.addColumn(ReportRow::idNumber).setHeader(getTranslation("pairing.report.idNumber")).setAutoWidth(true);
        grid.addColumn(ReportRow::phone).setHeader(getTranslation("pairing.report.phone")).setAutoWidth(true);
        grid.addColumn(r -> r.institutionName() == null ? "" : r.institutionName()).setHeader(getTranslation("pairing.institution"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.skills() == null ? "" : r.skills()).setHeader(getTranslation("pairing.report.skills")).setAutoWidth(true);
        grid.addColumn(ReportRow::townName).setHeader(getTranslation("pairing.town")).setAutoWidth(true);
        grid.addColumn(ReportRow::communityName).setHeader(getTranslation("pairing.community")).setAutoWidth(true);
        grid.addColumn(r -> r.compoundName() + " · " + r.gridName()).setHeader(getTranslation("pairing.report.grid")).setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.reportedOn())).setHeader(getTranslation("pairing.report.reportedOn")).setAutoWidth(true);
        grid.addColumn(Badges.renderer(r -> Badges.badge(getTranslation(r.status().messageKey()),
                r.status() == ReportStatus.ACTIVE ? Badges.Tone.SUCCESS : Badges.Tone.CONTRAST)))
                .setHeader(getTranslation("pairing.report.status"))
                .setAutoWidth(true);
        phoneGrid = PhoneGrid.cards(grid, grid.addComponentColumn(r -> PhoneGrid.card(r.name(),
                new Object[] {Badges.badge(getTranslation(r.status().messageKey()),
                        r.status() == ReportStatus.ACTIVE ? Badges.Tone.SUCCESS : Badges.Tone.CONTRAST),
                        getTranslation(r.kind().messageKey())},
                r.institutionName(),
                r.communityName() + " · " + r.compoundName() + " · " + r.gridName(),
                Formats.date(r.reportedOn()) + " · " + r.phone()))
                .setHeader(getTranslation("pairing.report.name")));
        grid.addItemClickListener(e -> openForm(e.getItem()));

        level.setLabel(getTranslation("pairing.report.counts"));
        level.setItems(ReportLevel.values());
        level.setItemLabelGenerator(l -> getTranslation(l.messageKey()));
        level.setValue(ReportLevel.TOWN);
        level.addValueChangeListener(e -> refreshCounts());
        counts = PairingUi.grid(this);
        counts.addColumn(ReportCount::name).setHeader(getTranslation("pairing.report.counts")).setFlexGrow(2);
        counts.addColumn(ReportCount::members).setHeader(getTranslation("pairing.report.members")).setAutoWidth(true);
        counts.addColumn(ReportCount::volunteers).setHeader(getTranslation("pairing.report.volunteers")).setAutoWidth(true);
        counts.addColumn(ReportCount::total).setHeader(getTranslation("pairing.report.total")).setAutoWidth(true);
        rates = PairingUi.grid(this);
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(1);
        rates.addColumn(InstitutionRow::name).setHeader(getTranslation("pairing.institution")).setFlexGrow(2);
        rates.addColumn(InstitutionRow::inServiceMembers).setHeader(getTranslation("pairing.institution.inServiceMembers")).setAutoWidth(true);
        rates.addColumn(InstitutionRow::membersReported).setHeader(getTranslation("pairing.institution.reported")).setAutoWidth(true);
        rates.addColumn(r -> percent.format(r.reportRate())).setHeader(getTranslation("pairing.institution.reportRate"))
                .setComparator(InstitutionRow::reportRate).setAutoWidth(true);
        refresh();

        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("pairing.report.list"), grid);
        Div countTab = new Div(level, counts);
        countTab.setSizeFull();
        counts.setHeight("calc(100% - 80px)");
        tabs.add(getTranslation("pairing.report.counts"), countTab);
        tabs.add(getTranslation("pairing.report.rates"), rates);
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() != null && tabs.getIndexOf(e.getSelectedTab()) == 1) {
                refreshCounts();
            } else if (e.getSelectedTab() != null && tabs.getIndexOf(e.getSelectedTab()) == 2) {
                rates.setItems(reporting.institutionRates());
            }
        });
        tabs.setSizeFull();
        add(new ViewToolbar(getTranslation("nav.pairing.reports"), new PhoneFilters(ViewToolbar.group(
                PairingUi.afterAreas(areas, institution, kind, status, name))), ViewToolbar.group(PersonalDataExport.button(this,
                "reports-" + java.time.LocalDate.now(clock) + ".xlsx",
                (out, locale, unmasked, reason) -> reporting.export(filter(), out, locale, unmasked, reason)), importButton, create)), tabs);
    }

    ReportFilter filter() {
        return new ReportFilter(areas.townId(), areas.communityId(),
                institution.getValue() == null ? null : institution.getValue().id(), kind.getValue(), status.getValue(),
                name.getValue());
    }

    void refresh() {
        ReportFilter filter = filter();
        LazyGrids.bind(grid, window -> reporting.list(filter, window), () -> reporting.count(filter));
    }

    void refreshCounts() {
        counts.setItems(reporting.countsBy(level.getValue(), areas.townId()));
    }

    ReportFormDialog openForm(@Nullable ReportRow row) {
        ReportFormDialog dialog = new ReportFormDialog(reporting, places, institutions, row, LocalDate.now(clock),
                this::refresh);
        dialog.open();
        return dialog;
    }

    /** {@code ?report=ID} (a search hit, a link from elsewhere) opens that record, if the caller may see it. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("report").ifPresent(value -> {
            try {
                openForm(reporting.report(Long.parseLong(value)));
            } catch (NumberFormatException e) {
                cn.haitang.console.base.ui.Notifications.warning(getTranslation("error.notFound"));
            } catch (cn.haitang.console.base.RuleViolationException e) {
                cn.haitang.console.base.ui.Notifications.warning(cn.haitang.console.base.ui.RuleViolations.message(e));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pairing.reports") + " · " + getTranslation("app.name");
    }

}
