package cn.haitang.console.funds.ui;

import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.funds.ContestService;
import cn.haitang.console.funds.ContestYearForm;
import cn.haitang.console.funds.ContestYearRow;
import cn.haitang.console.funds.CriterionRow;
import cn.haitang.console.funds.FundService;
import cn.haitang.console.funds.JuryService;
import cn.haitang.console.funds.Option;
import cn.haitang.console.funds.ProjectRow;
import cn.haitang.console.funds.ProjectService;
import cn.haitang.console.funds.ProposalService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The contest years (city admins): each year's calendar, fund and budget; the selected year's rubric and
 * its proposals ranked by the jury's average total, from where a proposal is awarded or declined.
 */
@Route("funds/contest")
@RolesAllowed(Role.Names.CITY_ADMIN)
@Menu(order = 62, icon = "vaadin:trophy", title = "nav.funds.contest")
class ContestView extends Main implements HasDynamicTitle {

    private final ContestService contest;
    private final JuryService jury;
    private final FundService funds;
    private final ProposalService proposals;
    private final ProjectService projects;
    private final Clock clock;
    final Grid<ContestYearRow> years;
    final Grid<CriterionRow> rubric;
    final Grid<ProjectRow> ranking;
    final Button newYear = new Button();
    final Button addCriterion = new Button();
    private @Nullable ContestYearRow selected;

    ContestView(ContestService contest, JuryService jury, FundService funds, ProposalService proposals, ProjectService projects,
                Clock clock) {
        this.contest = contest;
        this.jury = jury;
        this.funds = funds;
        this.proposals = proposals;
        this.projects = projects;
        this.clock = clock;
        addClassName("ht-view");
        newYear.setText(getTranslation("funds.contest.new"));
        newYear.setIcon(VaadinIcon.PLUS.create());
        newYear.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newYear.addClickListener(e -> openYear());
        addCriterion.setText(getTranslation("funds.rubric.add"));
        addCriterion.setIcon(VaadinIcon.PLUS.create());
        addCriterion.addClickListener(e -> openCriterion());
        addCriterion.setEnabled(false);

        years = FundsUi.grid(this);
        years.addColumn(ContestYearRow::name).setHeader(getTranslation("funds.contest.name")).setFlexGrow(2);
        years.addColumn(y -> Formats.date(y.callOpens()) + " – " + Formats.date(y.callCloses()))
                .setHeader(getTranslation("funds.contest.call")).setAutoWidth(true);
        years.addColumn(y -> Formats.date(y.awardsOn())).setHeader(getTranslation("funds.contest.awardsOn")).setAutoWidth(true);
        years.addColumn(y -> Formats.date(y.closingOn())).setHeader(getTranslation("funds.contest.closingOn")).setAutoWidth(true);
        years.addColumn(ContestYearRow::fundName).setHeader(getTranslation("funds.contest.fund")).setAutoWidth(true);
        years.addColumn(y -> FundsUi.money(y.budget())).setHeader(getTranslation("funds.contest.budget"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        years.addColumn(y -> FundsUi.money(y.granted())).setHeader(getTranslation("funds.contest.granted"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        years.addColumn(y -> getTranslation("funds.contest.counts", y.proposals(), y.awarded()))
                .setHeader(getTranslation("funds.contest.proposals")).setAutoWidth(true);
        PhoneGrid.cards(years, years.addComponentColumn(y -> PhoneGrid.card(y.name(),
                new Object[] {y.fundName(), getTranslation("funds.contest.counts", y.proposals(), y.awarded())},
                getTranslation("funds.contest.call") + " " + Formats.date(y.callOpens()) + " – " + Formats.date(y.callCloses()),
                getTranslation("funds.contest.awardsOn") + " " + Formats.date(y.awardsOn()) + " · "
                        + getTranslation("funds.contest.closingOn") + " " + Formats.date(y.closingOn()),
                getTranslation("funds.contest.budget") + " " + FundsUi.money(y.budget()) + " · "
                        + getTranslation("funds.contest.granted") + " " + FundsUi.money(y.granted())))
                .setHeader(getTranslation("funds.contest.name")));
        years.setAllRowsVisible(true);
        years.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

        rubric = FundsUi.grid(this);
        rubric.addColumn(CriterionRow::name).setHeader(getTranslation("funds.rubric.criterion")).setFlexGrow(2);
        rubric.addColumn(CriterionRow::maxPoints).setHeader(getTranslation("funds.rubric.maxPoints")).setAutoWidth(true);
        rubric.setAllRowsVisible(true);
        ranking = FundsUi.grid(this);
        ranking.addColumn(ProjectRow::title).setHeader(getTranslation("funds.project.title")).setFlexGrow(2);
        ranking.addColumn(p -> p.townName() + " · " + p.communityName()).setHeader(getTranslation("funds.community")).setAutoWidth(true);
        ranking.addColumn(p -> p.score() == null ? "" : p.score().toPlainString()).setHeader(getTranslation("funds.project.score"))
                .setAutoWidth(true);
        ranking.addColumn(ProjectRow::jurors).setHeader(getTranslation("funds.project.jurors")).setAutoWidth(true);
        ranking.addColumn(p -> FundsUi.money(p.requested())).setHeader(getTranslation("funds.project.requested"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        ranking.addComponentColumn(p -> FundsUi.stateBadge(this, p.state())).setHeader(getTranslation("funds.project.state"))
                .setAutoWidth(true);
        PhoneGrid.cards(ranking, ranking.addComponentColumn(p -> PhoneGrid.card(p.title(),
                new Object[] {FundsUi.stateBadge(this, p.state()),
                        p.score() == null ? null : getTranslation("funds.project.score") + " " + p.score().toPlainString()},
                p.townName() + " · " + p.communityName(),
                getTranslation("funds.project.requested") + " " + FundsUi.money(p.requested()) + " · "
                        + getTranslation("funds.project.jurors") + " " + p.jurors()))
                .setHeader(getTranslation("funds.project.title")));
        ranking.addItemClickListener(e -> new ProjectDialog(proposals, projects, true, LocalDate.now(clock), e.getItem().id(),
                this::refresh).open());
        ranking.setHeight("420px");

        Div lower = new Div(new Div(new H3(getTranslation("funds.rubric.title")), rubric, addCriterion),
                new Div(new H3(getTranslation("funds.contest.ranking")), ranking));
        lower.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(320px, 1fr))")
                .set("gap", "var(--lumo-space-m)");
        add(new ViewToolbar(getTranslation("nav.funds.contest"), ViewToolbar.group(newYear)), years, lower);
        refresh();
    }

    void refresh() {
        List<ContestYearRow> rows = contest.years();
        years.setItems(rows);
        ContestYearRow keep = selected == null ? (rows.isEmpty() ? null : rows.getFirst())
                : rows.stream().filter(r -> r.id() == selected.id()).findFirst().orElse(null);
        if (keep != null) {
            years.select(keep);
        }
    }

    void select(@Nullable ContestYearRow year) {
        selected = year;
        addCriterion.setEnabled(year != null);
        rubric.setItems(year == null ? List.of() : contest.criteria(year.id()));
        ranking.setItems(year == null ? List.of() : jury.ranking(year.id(), 500));
    }

    FormDialog openYear() {
        FormDialog dialog = new FormDialog(getTranslation("funds.contest.new"));
        LocalDate today = LocalDate.now(clock);
        var year = dialog.integer("year", "funds.contest.year", 2020, 2100, FormDialog.Need.REQUIRED);
        var name = dialog.text("name", "funds.contest.name", 100, FormDialog.Need.REQUIRED);
        List<Option> cityFunds = funds.fundOptions(false).stream().toList();
        var fund = dialog.select("fundId", "funds.contest.fund", cityFunds, Option::name, FormDialog.Need.REQUIRED);
        var budget = dialog.decimal("budget", "funds.contest.budget", new BigDecimal("0.01"), new BigDecimal("999999999999.99"), 2,
                FormDialog.Need.REQUIRED);
        LocalDate min = LocalDate.of(2019, 1, 1);
        LocalDate max = today.plusYears(3);
        DatePicker opens = dialog.date("callOpens", "funds.contest.callOpens", min, max, FormDialog.Need.REQUIRED);
        DatePicker closes = dialog.date("callCloses", "funds.contest.callCloses", min, max, FormDialog.Need.REQUIRED);
        DatePicker review = dialog.date("reviewEnds", "funds.contest.reviewEnds", min, max, FormDialog.Need.REQUIRED);
        DatePicker awards = dialog.date("awardsOn", "funds.contest.awardsOn", min, max, FormDialog.Need.REQUIRED);
        DatePicker implementation = dialog.date("implementationEnds", "funds.contest.implementationEnds", min, max,
                FormDialog.Need.REQUIRED);
        DatePicker closing = dialog.date("closingOn", "funds.contest.closingOn", min, max, FormDialog.Need.REQUIRED);
        year.setValue(today.getYear() + 1);
        dialog.onSave(() -> {
            contest.createYear(new ContestYearForm(year.getValue(), name.getValue(),
                    fund.getValue() == null ? null : fund.getValue().id(), budget.getValue(), opens.getValue(), closes.getValue(),
                    review.getValue(), awards.getValue(), implementation.getValue(), closing.getValue()));
            return getTranslation("funds.contest.saved");
        }, this::refresh);
        dialog.open();
        return dialog;
    }

    FormDialog openCriterion() {
        ContestYearRow year = java.util.Objects.requireNonNull(selected);
        FormDialog dialog = new FormDialog(getTranslation("funds.rubric.add"));
        var name = dialog.text("name", "funds.rubric.criterion", 60, FormDialog.Need.REQUIRED);
        var points = dialog.integer("maxPoints", "funds.rubric.maxPoints", 1, 100, FormDialog.Need.REQUIRED);
        dialog.onSave(() -> {
            contest.addCriterion(year.id(), name.getValue(), points.getValue());
            return getTranslation("funds.rubric.saved");
        }, () -> select(year));
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.funds.contest") + " · " + getTranslation("app.name");
    }
}
