package cn.haitang.console.deliberation.ui;

import cn.haitang.console.base.ui.PhoneFilters;
import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.area.Area;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.AreaFilter;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.deliberation.ConsultationFilter;
import cn.haitang.console.deliberation.ConsultationForm;
import cn.haitang.console.deliberation.ConsultationRow;
import cn.haitang.console.deliberation.ConsultationPlanService;
import cn.haitang.console.deliberation.ConsultationService;
import cn.haitang.console.deliberation.ConsultationState;
import cn.haitang.console.deliberation.VoteService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** 海棠有约·共商共办: consultations by area, state and title; open one to record parties, rounds, the vote and the plan. */
@Route("deliberation/consultations")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 73, icon = "vaadin:handshake", title = "nav.delib.consultations")
class ConsultationsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final ConsultationService consultations;
    private final VoteService votes;
    private final ConsultationPlanService plans;
    private final AreaDirectory directory;
    private final LocalDate today;
    private final AreaFilter areas;
    final Select<ConsultationState> state = new Select<>();
    final TextField search = new TextField();
    final Grid<ConsultationRow> grid;
    final Button create = new Button();

    ConsultationsView(ConsultationService consultations, VoteService votes, ConsultationPlanService plans,
                      AreaDirectory directory, Clock clock) {
        this.consultations = consultations;
        this.votes = votes;
        this.plans = plans;
        this.directory = directory;
        this.today = LocalDate.now(clock);
        addClassName("ht-view");
        areas = new AreaFilter(directory, AreaFilter.Depth.COMPOUND, this::refresh);
        DelibUi.anyOf(state, this, "delib.consultation.state", "delib.allStates", List.of(ConsultationState.values()),
                s -> getTranslation(s.messageKey()), this::refresh);
        search.setLabel(getTranslation("delib.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        create.setText(getTranslation("delib.consultation.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> newConsultation());
        grid = DelibUi.grid(this);
        grid.addColumn(c -> Formats.date(c.openedOn())).setHeader(getTranslation("delib.consultation.openedOn"))
                .setSortProperty("openedOn").setAutoWidth(true);
        grid.addColumn(ConsultationRow::title).setHeader(getTranslation("delib.consultation.title")).setSortProperty("title")
                .setFlexGrow(2);
        grid.addColumn(ConsultationRow::townName).setHeader(getTranslation("delib.town")).setAutoWidth(true);
        grid.addColumn(ConsultationRow::compoundName).setHeader(getTranslation("delib.compound"))
                .setSortProperty("compoundName").setAutoWidth(true);
        grid.addColumn(ConsultationRow::rounds).setHeader(getTranslation("delib.consultation.rounds")).setAutoWidth(true);
        grid.addColumn(Badges.renderer(this::voteBadge)).setHeader(getTranslation("delib.consultation.vote")).setAutoWidth(true);
        grid.addColumn(Badges.renderer(this::stateBadge))
                .setHeader(getTranslation("delib.consultation.state")).setSortProperty("state").setAutoWidth(true);
        PhoneGrid.cards(grid, grid.addComponentColumn(c -> PhoneGrid.card(c.title(),
                new Object[] {stateBadge(c), voteBadge(c)},
                Formats.date(c.openedOn()) + " · " + c.townName() + " · " + c.compoundName(),
                getTranslation("delib.consultation.rounds") + " " + c.rounds()))
                .setHeader(getTranslation("delib.consultation.title")));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        refresh();
        add(new ViewToolbar(getTranslation("nav.delib.consultations"),
                new PhoneFilters(ViewToolbar.group(DelibUi.afterAreas(areas, state, search))), create), grid);
    }

    private com.vaadin.flow.component.html.Span stateBadge(ConsultationRow c) {
        return Badges.badge(getTranslation(c.state().messageKey()),
                c.state() == ConsultationState.OPEN ? Badges.Tone.WARNING : Badges.Tone.SUCCESS);
    }

    private Component voteBadge(ConsultationRow c) {
        if (c.voteState() == null) {
            return new Span();
        }
        if (c.votePassed() == null) {
            return Badges.badge(getTranslation(c.voteState().messageKey()), Badges.Tone.WARNING);
        }
        return Badges.badge(getTranslation(c.votePassed() ? "delib.vote.passed" : "delib.vote.failed"),
                c.votePassed() ? Badges.Tone.SUCCESS : Badges.Tone.ERROR);
    }

    ConsultationFilter filter() {
        return new ConsultationFilter(areas.townId(), areas.communityId(), areas.compoundId(), state.getValue(),
                search.getValue());
    }

    void refresh() {
        ConsultationFilter filter = filter();
        grid.setItems(q -> consultations.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) consultations.count(filter));
    }

    ConsultationDialog open(long id) {
        ConsultationDialog dialog = new ConsultationDialog(consultations, votes, plans, id, today, this::refresh);
        dialog.open();
        return dialog;
    }

    FormDialog newConsultation() {
        FormDialog dialog = new FormDialog(getTranslation("delib.consultation.new"));
        TextField title = dialog.text("title", "delib.consultation.title", 100, FormDialog.Need.REQUIRED);
        ComboBox<Area> community = dialog.combo("communityId", "delib.community", Places.communities(directory), Area::name,
                FormDialog.Need.REQUIRED);
        ComboBox<Area> compound = dialog.combo("compoundId", "delib.compound", List.of(), Area::name, FormDialog.Need.REQUIRED);
        Places.chain(directory, community, compound);
        var openedOn = dialog.date("openedOn", "delib.consultation.openedOn", cn.haitang.console.base.FieldChecks.EARLIEST_RECORD,
                today, FormDialog.Need.REQUIRED);
        openedOn.setValue(today);
        TextArea question = dialog.textArea("question", "delib.consultation.question", 2000, FormDialog.Need.REQUIRED);
        dialog.onSave(() -> {
            long id = consultations.open(new ConsultationForm(title.getValue(), question.getValue(), Places.id(compound),
                    openedOn.getValue()));
            created = id;
            return getTranslation("delib.saved");
        }, () -> {
            refresh();
            if (created != null) {
                open(created);
            }
        });
        dialog.open();
        return dialog;
    }

    private @org.jspecify.annotations.Nullable Long created;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("consultation").ifPresent(value -> {
            try {
                open(Long.parseLong(value));
            } catch (NumberFormatException | cn.haitang.console.base.RuleViolationException e) {
                // an id that is not a number or not the caller's: the list alone
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.delib.consultations") + " · " + getTranslation("app.name");
    }
}
