package cn.haitang.console.funds.ui;

import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.funds.ContestService;
import cn.haitang.console.funds.ContestYearRow;
import cn.haitang.console.funds.CriterionRow;
import cn.haitang.console.funds.JuryService;
import cn.haitang.console.funds.ProjectRow;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The jury's worklist: a year's proposals under review, none from the juror's own town, scored against the rubric. */
@Route("funds/jury")
@RolesAllowed(Role.Names.REVIEWER)
@Menu(order = 63, icon = "vaadin:gavel", title = "nav.funds.jury")
class JuryView extends Main implements HasDynamicTitle {

    private final ContestService contest;
    private final JuryService jury;
    final Select<ContestYearRow> year = new Select<>();
    final Grid<ProjectRow> grid;
    private Map<Long, Integer> myTotals = Map.of();

    JuryView(ContestService contest, JuryService jury) {
        this.contest = contest;
        this.jury = jury;
        addClassName("ht-view");
        List<ContestYearRow> years = contest.years();
        year.setLabel(getTranslation("funds.contest.year"));
        year.setItems(years);
        year.setItemLabelGenerator(ContestYearRow::name);
        year.addValueChangeListener(e -> refresh());
        grid = FundsUi.grid(this);
        grid.addColumn(ProjectRow::title).setHeader(getTranslation("funds.project.title")).setFlexGrow(2);
        grid.addColumn(p -> p.townName() + " · " + p.communityName()).setHeader(getTranslation("funds.community")).setAutoWidth(true);
        grid.addColumn(p -> FundsUi.money(p.requested())).setHeader(getTranslation("funds.project.requested"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(ProjectRow::jurors).setHeader(getTranslation("funds.project.jurors")).setAutoWidth(true);
        grid.addColumn(p -> myTotal(p) == null ? getTranslation("funds.jury.notScored") : String.valueOf(myTotal(p)))
                .setHeader(getTranslation("funds.jury.myTotal")).setAutoWidth(true);
        PhoneGrid.cards(grid, grid.addComponentColumn(p -> PhoneGrid.card(p.title(),
                p.townName() + " · " + p.communityName(),
                getTranslation("funds.project.requested") + " " + FundsUi.money(p.requested()) + " · "
                        + getTranslation("funds.project.jurors") + " " + p.jurors()))
                .setHeader(getTranslation("funds.project.title")));
        grid.addItemClickListener(e -> openScore(e.getItem()));
        add(new ViewToolbar(getTranslation("nav.funds.jury"), ViewToolbar.group(year)), grid);
        setHeightFull();
        if (!years.isEmpty()) {
            year.setValue(years.getFirst());
        }
    }

    void refresh() {
        ContestYearRow y = year.getValue();
        if (y == null) {
            myTotals = Map.of();
            grid.setItems(List.of());
            return;
        }
        myTotals = jury.myTotals(y.id());
        grid.setItems(q -> jury.toScore(y.id(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) jury.countToScore(y.id()));
    }

    /** The juror's own total of a proposal, or null before they scored it. */
    @Nullable Integer myTotal(ProjectRow project) {
        return myTotals.get(project.id());
    }

    /** One field per criterion of the rubric, filled with the juror's earlier points, and the total as they type. */
    /** The scoring form, its fields in the rubric's order and the running total (what the juror sees). */
    record ScoreDialog(FormDialog form, List<IntegerField> points, Span total) {
    }

    ScoreDialog openScore(ProjectRow project) {
        FormDialog dialog = new FormDialog(getTranslation("funds.jury.score", project.title()));
        Map<Long, IntegerField> fields = new LinkedHashMap<>();
        Map<Long, Integer> earlier = jury.myPoints(project.id());
        Span total = new Span();
        total.setId("jury-total");
        List<CriterionRow> rubric = contest.criteria(project.contestYearId());
        Runnable sum = () -> total.setText(getTranslation("funds.jury.total", fields.values().stream()
                .mapToInt(f -> f.getValue() == null ? 0 : f.getValue()).sum(), rubric.stream().mapToInt(CriterionRow::maxPoints).sum()));
        for (CriterionRow c : rubric) {
            IntegerField f = dialog.integer("points-" + c.id(), "funds.jury.points", 0, c.maxPoints(), FormDialog.Need.REQUIRED);
            f.setLabel(getTranslation("funds.jury.criterion", c.name(), c.maxPoints()));
            f.setValue(earlier.get(c.id()));
            f.addValueChangeListener(e -> sum.run());
            fields.put(c.id(), f);
        }
        sum.run();
        dialog.form().add(total);
        dialog.onSave(() -> {
            Map<Long, Integer> points = new HashMap<>();
            fields.forEach((id, f) -> points.put(id, f.getValue()));
            jury.score(project.id(), points);
            return getTranslation("funds.jury.saved");
        }, this::refresh);
        dialog.open();
        return new ScoreDialog(dialog, List.copyOf(fields.values()), total);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.funds.jury") + " · " + getTranslation("app.name");
    }
}
