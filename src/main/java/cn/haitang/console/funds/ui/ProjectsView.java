package cn.haitang.console.funds.ui;

import cn.haitang.console.base.ui.PhoneFilters;
import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.AreaFilter;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Downloads;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.funds.ContestService;
import cn.haitang.console.funds.FundsExport;
import cn.haitang.console.funds.ContestYearRow;
import cn.haitang.console.funds.ProjectFilter;
import cn.haitang.console.funds.ProjectRow;
import cn.haitang.console.funds.ProjectService;
import cn.haitang.console.funds.ProjectState;
import cn.haitang.console.funds.ProposalService;
import cn.haitang.console.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
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
import java.util.ArrayList;
import java.util.List;

/**
 * The contest's proposals and projects of the caller's area: by year, area, state, with the late ones on
 * request (a milestone past due and not done); a community's new proposal; each project's page.
 */
@Route("funds/projects")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 61, icon = "vaadin:lightbulb", title = "nav.funds.projects")
class ProjectsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final ProposalService proposals;
    private final ProjectService projects;
    private final AreaDirectory directory;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AreaFilter areas;
    final Select<ContestYearRow> year = new Select<>();
    final Select<ProjectState> state = new Select<>();
    final Checkbox late = new Checkbox();
    final TextField search = new TextField();
    final Grid<ProjectRow> grid;
    final Button propose = new Button();

    ProjectsView(ProposalService proposals, ProjectService projects, ContestService contest, FundsExport export,
                 AreaDirectory directory, CurrentUser currentUser, Clock clock) {
        this.proposals = proposals;
        this.projects = projects;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("ht-view");
        areas = new AreaFilter(directory, AreaFilter.Depth.COMMUNITY, this::refresh);
        List<ContestYearRow> years = contest.years();
        FundsUi.anyOf(year, this, "funds.contest.year", "funds.allYears", years, ContestYearRow::name, this::refresh);
        FundsUi.anyOf(state, this, "funds.project.state", "funds.allStates", List.of(ProjectState.values()),
                s -> getTranslation("funds.state." + s), this::refresh);
        late.setLabel(getTranslation("funds.project.lateOnly"));
        late.addValueChangeListener(e -> refresh());
        search.setLabel(getTranslation("funds.project.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        propose.setText(getTranslation("funds.project.new"));
        propose.setIcon(VaadinIcon.PLUS.create());
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        LocalDate today = LocalDate.now(clock);
        propose.addClickListener(e -> years.stream().filter(y -> !today.isBefore(y.callOpens()) && !today.isAfter(y.callCloses()))
                .findFirst().ifPresentOrElse(this::openProposal,
                        () -> cn.haitang.console.base.ui.Notifications.warning(getTranslation("funds.project.noOpenCall"))));

        grid = FundsUi.grid(this);
        grid.addColumn(ProjectRow::year).setHeader(getTranslation("funds.contest.year")).setSortProperty("year").setAutoWidth(true);
        grid.addColumn(ProjectRow::title).setHeader(getTranslation("funds.project.title")).setSortProperty("title").setFlexGrow(2);
        grid.addColumn(p -> p.townName() + " · " + p.communityName()).setHeader(getTranslation("funds.community"))
                .setSortProperty("town").setAutoWidth(true);
        grid.addColumn(Badges.renderer(p -> FundsUi.stateBadge(this, p.state()))).setHeader(getTranslation("funds.project.state"))
                .setSortProperty("state").setAutoWidth(true);
        grid.addColumn(p -> p.score() == null ? "" : p.score().toPlainString()).setHeader(getTranslation("funds.project.score"))
                .setSortProperty("score").setAutoWidth(true);
        grid.addColumn(p -> FundsUi.money(p.requested())).setHeader(getTranslation("funds.project.requested"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(p -> FundsUi.money(p.grantAmount())).setHeader(getTranslation("funds.project.grant"))
                .setSortProperty("grantAmount").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(p -> FundsUi.money(p.spent())).setHeader(getTranslation("funds.project.spent"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(p -> p.progress() + "%").setHeader(getTranslation("funds.project.progress")).setSortProperty("progress")
                .setAutoWidth(true);
        grid.addComponentColumn(p -> p.lateMilestones() == 0 ? new Span()
                : Badges.badge(getTranslation("funds.project.lateCount", p.lateMilestones()), Badges.Tone.ERROR))
                .setHeader(getTranslation("funds.project.late")).setAutoWidth(true);
        PhoneGrid.cards(grid, grid.addComponentColumn(p -> PhoneGrid.card(p.title(),
                new Object[] {FundsUi.stateBadge(this, p.state()), String.valueOf(p.year()), p.lateMilestones() == 0 ? null
                        : Badges.badge(getTranslation("funds.project.lateCount", p.lateMilestones()), Badges.Tone.ERROR)},
                p.townName() + " · " + p.communityName(),
                getTranslation("funds.project.grant") + " " + FundsUi.money(p.grantAmount()) + " · "
                        + getTranslation("funds.project.spent") + " " + FundsUi.money(p.spent()) + " · "
                        + getTranslation("funds.project.progress") + " " + p.progress() + "%"))
                .setHeader(getTranslation("funds.project.title")));
        grid.addItemClickListener(e -> openProject(e.getItem().id()));
        List<Component> filters = new ArrayList<>(List.of(year));
        filters.addAll(areas.fields());
        filters.addAll(List.of(state, search, late));
        add(new ViewToolbar(getTranslation("nav.funds.projects"),
                new PhoneFilters(ViewToolbar.group(filters.toArray(Component[]::new))), ViewToolbar.group(
                        Downloads.listExport(this, "projects", clock, (out, locale) -> export.projects(filter(), out, locale)),
                        propose)), grid);
        setHeightFull();
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("late").ifPresent(v -> late.setValue(true));
        event.getLocation().getQueryParameters().getSingleParameter("project").ifPresent(id -> {
            try {
                openProject(Long.parseLong(id));
            } catch (NumberFormatException ignored) {
                // a hand-edited link: the list is shown
            }
        });
    }

    ProjectFilter filter() {
        return new ProjectFilter(year.getValue() == null ? null : year.getValue().id(), areas.townId(), areas.communityId(),
                state.getValue(), search.getValue(), late.getValue());
    }

    void refresh() {
        ProjectFilter filter = filter();
        grid.setItems(q -> proposals.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) proposals.count(filter));
    }

    ProposalFormDialog openProposal(ContestYearRow y) {
        ProposalFormDialog dialog = new ProposalFormDialog(proposals, directory, y, this::refresh);
        dialog.open();
        return dialog;
    }

    ProjectDialog openProject(long id) {
        ProjectDialog dialog = new ProjectDialog(proposals, projects, currentUser.scope().isAdmin(), LocalDate.now(clock), id,
                this::refresh);
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.funds.projects") + " · " + getTranslation("app.name");
    }
}
