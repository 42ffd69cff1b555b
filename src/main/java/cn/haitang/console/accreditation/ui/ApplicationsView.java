package cn.haitang.console.accreditation.ui;

import static cn.haitang.console.accreditation.ui.Ui.t;

import cn.haitang.console.accreditation.AccreditationExports;
import cn.haitang.console.accreditation.AppState;
import cn.haitang.console.accreditation.ApplicationFilter;
import cn.haitang.console.accreditation.ApplicationRow;
import cn.haitang.console.accreditation.ApplicationService;
import cn.haitang.console.accreditation.Level;
import cn.haitang.console.accreditation.RoundRow;
import cn.haitang.console.accreditation.RoundService;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.area.Area;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.AreaFilter;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Badges.Tone;
import cn.haitang.console.base.ui.Downloads;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.PhoneFilters;
import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.ui.ViewToolbar;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Applications in the caller's area with filters, export of exactly the filtered rows, and nomination. */
@Route("accreditation/applications")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 81, icon = "vaadin:medal", title = "nav.accreditation.applications")
class ApplicationsView extends Main implements HasDynamicTitle {

    private final ApplicationService service;
    private final RoundService rounds;
    private final AreaDirectory areas;
    final Select<Level> level = new Select<>();
    final IntegerField year = new IntegerField();
    final Select<AppState> state = new Select<>();
    final AreaFilter area;
    /** The town filter; a coordinator's own town is fixed and not shown. */
    final ComboBox<Area> town;
    final Grid<ApplicationRow> grid = new Grid<>();
    final PhoneGrid phoneGrid;
    final Button nominate;

    ApplicationsView(ApplicationService service, RoundService rounds, AccreditationExports exports,
                     AreaDirectory areas) {
        this.service = service;
        this.rounds = rounds;
        this.areas = areas;
        addClassName("ht-view");
        level.setPlaceholder(t("accr.filter.allLevels"));
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(t("accr.filter.allLevels"));
        level.setItems(Level.values());
        level.setItemLabelGenerator(l -> l == null ? t("accr.filter.allLevels") : t(l.messageKey()));
        year.setPlaceholder(t("accr.filter.year"));
        year.setClearButtonVisible(true);
        year.setWidth("8rem");
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(t("accr.filter.allStates"));
        state.setItems(AppState.values());
        state.setItemLabelGenerator(s -> s == null ? t("accr.filter.allStates") : t(s.messageKey()));
        area = new AreaFilter(areas, AreaFilter.Depth.TOWN, this::refresh);
        town = area.townField();
        town.setVisible(!town.isReadOnly());
        town.setAriaLabel(town.getLabel());
        town.setLabel(null); // like the other filters of the toolbar: the placeholder says what it is
        level.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());

        nominate = new Button(t("accr.app.nominate"), VaadinIcon.PLUS.create(), e -> openNomination());
        nominate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Locale locale = UI.getCurrent().getLocale();
        Anchor export = Downloads.excel(this, "applications.xlsx",
                out -> exports.applications(filter(), Ui.sortOf(grid), locale, out));

        grid.addColumn(ApplicationRow::compoundName).setHeader(t("accr.app.compound")).setSortProperty("compoundName")
                .setAutoWidth(true);
        grid.addColumn(ApplicationRow::townName).setHeader(t("accr.app.town")).setSortProperty("townName")
                .setAutoWidth(true);
        grid.addColumn(a -> t(a.level().messageKey())).setHeader(t("accr.round.level")).setSortProperty("level")
                .setAutoWidth(true);
        grid.addColumn(ApplicationRow::roundTitle).setHeader(t("accr.app.round")).setSortProperty("roundTitle")
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(Badges.renderer(a -> Ui.stateBadge(a.state()))).setHeader(t("accr.app.state")).setSortProperty("state")
                .setAutoWidth(true);
        grid.addComponentColumn(ApplicationsView::eligibility).setHeader(t("accr.app.eligibility")).setAutoWidth(true);
        grid.addColumn(a -> a.result() == null ? "" : a.result().toPlainString()).setHeader(t("accr.app.result"))
                .setSortProperty("result").setAutoWidth(true);
        grid.addColumn(a -> a.submittedAt() == null ? "" : Formats.date(a.submittedAt().atZone(Formats.ZONE).toLocalDate()))
                .setHeader(t("accr.app.submittedAt")).setSortProperty("submittedAt").setAutoWidth(true);
        phoneGrid = PhoneGrid.cards(grid, grid.addComponentColumn(a -> PhoneGrid.card(a.compoundName(),
                new Object[] {Ui.stateBadge(a.state()), eligibility(a)},
                a.townName() + " · " + t(a.level().messageKey()),
                a.roundTitle() + (a.result() == null ? "" : " · " + a.result().toPlainString())))
                .setHeader(t("accr.app.compound")));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(t("grid.empty"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(ApplicationView.class, e.getItem().id()));
        grid.setSizeFull();
        refresh();
        add(new ViewToolbar(t("nav.accreditation.applications"),
                new PhoneFilters(ViewToolbar.group(level, year, state, town)), ViewToolbar.group(export, nominate)), grid);
    }

    ApplicationFilter filter() {
        return new ApplicationFilter(level.getValue(), year.getValue(), state.getValue(), area.townId(), null);
    }

    void refresh() {
        ApplicationFilter filter = filter();
        grid.setItems(query -> service.applications(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.countApplications(filter));
    }

    private static Span eligibility(ApplicationRow a) {
        if (a.eligible() == null) {
            return new Span();
        }
        if (a.eligible()) {
            return Badges.badge(t("accr.app.eligible"), Tone.SUCCESS);
        }
        return a.overridden() ? Badges.badge(t("accr.app.overridden"), Tone.WARNING)
                : Badges.badge(t("accr.app.notEligible"), Tone.ERROR);
    }

    NominationDialog openNomination() {
        NominationDialog dialog = new NominationDialog();
        dialog.open();
        return dialog;
    }

    /** Nominates a compound of the caller's area into an open round; opens the new draft. */
    class NominationDialog extends FormDialog {
        final Select<RoundRow> round;
        final Select<Area> townOf;
        final ComboBox<Map.Entry<Long, String>> compound;
        final TextArea statement;
        final TextArea keyFigures;
        final Button save = saveButton();
        private long created;

        NominationDialog() {
            super(t("accr.app.nominate"));
            List<RoundRow> open = rounds.openRounds();
            round = select("round", "accr.app.round", open, r -> r.title() + "（" + t(r.level().messageKey()) + "）",
                    Need.REQUIRED);
            open.stream().findFirst().ifPresent(round::setValue);
            List<Area> towns = areas.townsInScope();
            townOf = select("town", "accr.app.town", towns, Area::name, Need.REQUIRED);
            compound = combo("compound", "accr.app.compound", List.of(), Map.Entry::getValue, Need.REQUIRED);
            compound.setId("accr-nominate-compound");
            townOf.addValueChangeListener(e -> compound.setItems(e.getValue() == null ? List.of()
                    : service.compoundsOf(e.getValue().id())));
            towns.stream().findFirst().ifPresent(townOf::setValue);
            townOf.setVisible(towns.size() > 1);
            form().setColspan(compound, 2);
            statement = textArea("statement", "accr.app.statement", ApplicationService.STATEMENT_LENGTH, Need.OPTIONAL);
            statement.setId("accr-nominate-statement");
            statement.setHelperText(t("accr.app.statementHelp"));
            statement.setMinHeight("8rem");
            keyFigures = textArea("keyFigures", "accr.app.keyFigures", ApplicationService.KEY_FIGURES_LENGTH,
                    Need.OPTIONAL);
            keyFigures.setId("accr-nominate-figures");
            keyFigures.setHelperText(t("accr.app.keyFiguresHelp"));
            save.setText(t("accr.app.createDraft"));
            onSave(() -> {
                created = service.nominate(round.getValue().id(), compound.getValue().getKey(), statement.getValue(),
                        keyFigures.getValue());
                return t("accr.app.nominated", compound.getValue().getValue());
            }, () -> UI.getCurrent().navigate(ApplicationView.class, created));
            compound.focus();
        }
    }

    @Override
    public String getPageTitle() {
        return t("nav.accreditation.applications") + " · " + t("app.name");
    }
}
