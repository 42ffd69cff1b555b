package cn.haitang.console.accreditation.ui;

import static cn.haitang.console.accreditation.ui.Ui.t;

import cn.haitang.console.accreditation.AccreditationExports;
import cn.haitang.console.accreditation.AccreditationService;
import cn.haitang.console.accreditation.AppState;
import cn.haitang.console.accreditation.ApplicationFilter;
import cn.haitang.console.accreditation.ApplicationRow;
import cn.haitang.console.accreditation.Level;
import cn.haitang.console.accreditation.RoundRow;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.TownRef;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Applications in the caller's area with filters, export and nomination. */
@Route("accreditation/applications")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 61, icon = "vaadin:medal", title = "nav.accreditation.applications")
public class ApplicationsView extends Main implements HasDynamicTitle {

    private final AccreditationService service;
    private final RegionService region;
    final Select<Level> level = new Select<>();
    final IntegerField year = new IntegerField();
    final Select<AppState> state = new Select<>();
    final Select<TownRef> town = new Select<>();
    final Grid<ApplicationRow> grid = new Grid<>();
    final Button nominate;

    public ApplicationsView(AccreditationService service, AccreditationExports exports, RegionService region,
                            CurrentUser currentUser) {
        this.service = service;
        this.region = region;
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
        List<TownRef> towns = region.townsInScope();
        town.setEmptySelectionAllowed(towns.size() > 1);
        town.setEmptySelectionCaption(t("accr.filter.allTowns"));
        town.setItems(towns);
        town.setItemLabelGenerator(tr -> tr == null ? t("accr.filter.allTowns") : tr.name());
        town.setVisible(towns.size() > 1);
        level.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        town.addValueChangeListener(e -> refresh());

        nominate = new Button(t("accr.app.nominate"), VaadinIcon.PLUS.create(), e -> openNomination());
        nominate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Locale locale = UI.getCurrent().getLocale();
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            exports.applications(filter(), locale, out);
            byte[] bytes = out.toByteArray();
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(bytes),
                    "applications.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), "");
        Button exportButton = new Button(t("accr.export"), VaadinIcon.DOWNLOAD.create());
        export.add(exportButton);
        export.getElement().setAttribute("download", true);

        grid.addColumn(ApplicationRow::compoundName).setHeader(t("accr.app.compound")).setSortProperty("compoundName")
                .setAutoWidth(true);
        grid.addColumn(ApplicationRow::townName).setHeader(t("accr.app.town")).setSortProperty("townName").setAutoWidth(true);
        grid.addColumn(a -> t(a.level().messageKey())).setHeader(t("accr.round.level")).setSortProperty("level").setAutoWidth(true);
        grid.addColumn(ApplicationRow::roundTitle).setHeader(t("accr.app.round")).setSortProperty("roundTitle").setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(a -> Ui.stateBadge(a.state())).setHeader(t("accr.app.state")).setSortProperty("state")
                .setAutoWidth(true);
        grid.addComponentColumn(this::eligibility).setHeader(t("accr.app.eligibility")).setAutoWidth(true);
        grid.addColumn(a -> a.result() == null ? "" : a.result().toPlainString()).setHeader(t("accr.app.result"))
                .setSortProperty("result").setAutoWidth(true);
        grid.addColumn(a -> a.submittedAt() == null ? "" : Formats.date(a.submittedAt().atZone(Formats.ZONE).toLocalDate())).setHeader(t("accr.app.submittedAt")).setSortProperty("submittedAt")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(t("grid.empty"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(ApplicationView.class, e.getItem().id()));
        grid.setSizeFull();
        refresh();
        add(new ViewToolbar(t("nav.accreditation.applications"), ViewToolbar.group(level, year, state, town, export, nominate)),
                grid);
    }

    ApplicationFilter filter() {
        return new ApplicationFilter(level.getValue(), year.getValue(), state.getValue(),
                town.getValue() == null ? null : town.getValue().id(), null);
    }

    void refresh() {
        ApplicationFilter filter = filter();
        grid.setItems(query -> service.applications(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.countApplications(filter));
    }

    private Span eligibility(ApplicationRow a) {
        if (a.eligible() == null) {
            return new Span();
        }
        if (a.eligible()) {
            return Ui.badge(t("accr.app.eligible"), "badge success");
        }
        return a.overridden() ? Ui.badge(t("accr.app.overridden"), "badge warning") : Ui.badge(t("accr.app.notEligible"), "badge error");
    }

    NominationDialog openNomination() {
        NominationDialog dialog = new NominationDialog();
        dialog.open();
        return dialog;
    }

    /** Nominates a compound of the caller's area into an open round; opens the new draft. */
    class NominationDialog extends Dialog {
        final Select<RoundRow> round = new Select<>();
        final Select<TownRef> townOf = new Select<>();
        final ComboBox<Map.Entry<Long, String>> compound = new ComboBox<>(t("accr.app.compound"));
        final TextArea statement = new TextArea(t("accr.app.statement"));
        final TextArea keyFigures = new TextArea(t("accr.app.keyFigures"));
        final Button save = Ui.primary("accr.app.createDraft", this::save);

        NominationDialog() {
            setHeaderTitle(t("accr.app.nominate"));
            round.setLabel(t("accr.app.round"));
            List<RoundRow> open = service.openRounds();
            round.setItems(open);
            round.setItemLabelGenerator(r -> r.title() + "（" + t(r.level().messageKey()) + "）");
            open.stream().findFirst().ifPresent(round::setValue);
            townOf.setLabel(t("accr.app.town"));
            List<TownRef> towns = region.townsInScope();
            townOf.setItems(towns);
            townOf.setItemLabelGenerator(TownRef::name);
            townOf.addValueChangeListener(e -> compound.setItems(e.getValue() == null ? List.of()
                    : service.compoundsOf(e.getValue().id())));
            towns.stream().findFirst().ifPresent(townOf::setValue);
            townOf.setVisible(towns.size() > 1);
            compound.setItemLabelGenerator(Map.Entry::getValue);
            compound.setId("accr-nominate-compound");
            statement.setId("accr-nominate-statement");
            keyFigures.setId("accr-nominate-figures");
            compound.setWidthFull();
            statement.setMaxLength(4000);
            statement.setHelperText(t("accr.app.statementHelp"));
            statement.setMinHeight("8rem");
            keyFigures.setMaxLength(1000);
            keyFigures.setHelperText(t("accr.app.keyFiguresHelp"));
            FormLayout form = new FormLayout(round, townOf, compound, statement, keyFigures);
            form.setColspan(compound, 2);
            form.setColspan(statement, 2);
            form.setColspan(keyFigures, 2);
            form.setWidth("40rem");
            add(form);
            getFooter().add(Ui.button("action.cancel", this::close), save);
        }

        void save() {
            Map<String, HasValidation> fields = new LinkedHashMap<>();
            fields.put("round", round);
            fields.put("compound", compound);
            fields.put("statement", statement);
            fields.put("keyFigures", keyFigures);
            RuleViolations.clear(fields);
            if (round.getValue() == null) {
                round.setErrorMessage(t("accreditation.error.required"));
                round.setInvalid(true);
                return;
            }
            if (compound.getValue() == null) {
                compound.setErrorMessage(t("accreditation.error.required"));
                compound.setInvalid(true);
                return;
            }
            try {
                long id = service.nominate(round.getValue().id(), compound.getValue().getKey(), statement.getValue(),
                        keyFigures.getValue());
                Notifications.success(t("accr.app.nominated", compound.getValue().getValue()));
                close();
                UI.getCurrent().navigate(ApplicationView.class, id);
            } catch (RuleViolationException e) {
                RuleViolations.show(e, fields);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return t("nav.accreditation.applications") + " · " + t("app.name");
    }
}
