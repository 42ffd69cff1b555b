package cn.haitang.console.funds.ui;

import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.funds.BudgetLineRow;
import cn.haitang.console.funds.MilestoneRow;
import cn.haitang.console.funds.ProjectDetail;
import cn.haitang.console.funds.ProjectRow;
import cn.haitang.console.funds.ProjectService;
import cn.haitang.console.funds.ProjectState;
import cn.haitang.console.funds.ProposalService;
import cn.haitang.console.base.ui.Badges;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A proposal's or project's page: the proposal, its budget lines (with spending), milestones (with
 * progress and evidence; late ones marked), and the actions its state allows: award or decline (admins),
 * add a milestone, report progress, record spending, close with the evaluation.
 */
class ProjectDialog extends Dialog {

    private final ProposalService proposals;
    private final ProjectService projects;
    private final boolean admin;
    private final LocalDate today;
    private final long projectId;
    private final Runnable onChanged;
    private ProjectDetail detail;
    final Grid<BudgetLineRow> budget;
    final Grid<MilestoneRow> milestones;
    final Button award = new Button();
    final Button decline = new Button();
    final Button addMilestone = new Button();
    final Button close = new Button();
    private final Div body = new Div();

    ProjectDialog(ProposalService proposals, ProjectService projects, boolean admin, LocalDate today, long projectId,
                  Runnable onChanged) {
        this.proposals = proposals;
        this.projects = projects;
        this.admin = admin;
        this.today = today;
        this.projectId = projectId;
        this.onChanged = onChanged;
        setWidth("min(900px, 96vw)");
        budget = FundsUi.grid(this);
        budget.addColumn(BudgetLineRow::item).setHeader(getTranslation("funds.project.lineItem")).setFlexGrow(2);
        budget.addColumn(l -> FundsUi.money(l.amount())).setHeader(getTranslation("funds.project.lineAmount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        budget.addColumn(l -> FundsUi.money(l.spent())).setHeader(getTranslation("funds.project.spent"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        budget.addComponentColumn(l -> running() ? new Button(getTranslation("funds.project.spend"), e -> openSpend(l)) : new Span())
                .setAutoWidth(true);
        budget.setAllRowsVisible(true);
        milestones = FundsUi.grid(this);
        milestones.addColumn(MilestoneRow::title).setHeader(getTranslation("funds.milestone.title")).setFlexGrow(2);
        milestones.addComponentColumn(m -> {
            Span due = new Span(Formats.date(m.dueOn()));
            if (m.late()) {
                due.add(new Span(" "), Badges.badge(getTranslation("funds.milestone.late"), Badges.Tone.ERROR));
            }
            return due;
        }).setHeader(getTranslation("funds.milestone.due")).setAutoWidth(true);
        milestones.addColumn(m -> m.progress() + "%").setHeader(getTranslation("funds.project.progress")).setAutoWidth(true);
        milestones.addColumn(m -> m.evidence() == null ? "" : m.evidence()).setHeader(getTranslation("funds.milestone.evidence"))
                .setFlexGrow(2);
        milestones.addComponentColumn(m -> running() ? new Button(getTranslation("funds.milestone.report"), e -> openProgress(m))
                : new Span()).setAutoWidth(true);
        milestones.setAllRowsVisible(true);

        award.setText(getTranslation("funds.project.award"));
        award.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        award.addClickListener(e -> openAward());
        decline.setText(getTranslation("funds.project.decline"));
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        decline.addClickListener(e -> Confirm.ask(getTranslation("funds.project.decline"), getTranslation("funds.project.declineText"),
                getTranslation("funds.project.decline"), () -> {
                    if (FundsUi.attempt(() -> projects.decline(projectId, detail.row().version()))) {
                        changed("funds.project.declined");
                    }
                }));
        addMilestone.setText(getTranslation("funds.milestone.new"));
        addMilestone.setIcon(VaadinIcon.PLUS.create());
        addMilestone.addClickListener(e -> openMilestone());
        close.setText(getTranslation("funds.project.close"));
        close.addClickListener(e -> openClose());
        add(body);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), decline, addMilestone, close, award);
        detail = proposals.detail(projectId);
        show();
    }

    private boolean running() {
        return detail.row().state() == ProjectState.AWARDED || detail.row().state() == ProjectState.IN_PROGRESS;
    }

    private void show() {
        ProjectRow row = detail.row();
        setHeaderTitle(row.year() + " · " + row.title());
        body.removeAll();
        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        facts.addFormItem(FundsUi.stateBadge(this, row.state()), getTranslation("funds.project.state"));
        facts.addFormItem(new Span(row.townName() + " · " + row.communityName()), getTranslation("funds.community"));
        facts.addFormItem(new Span(detail.team()), getTranslation("funds.project.team"));
        facts.addFormItem(new Span(String.valueOf(detail.expectedBeneficiaries())), getTranslation("funds.project.beneficiaries"));
        facts.addFormItem(new Span(FundsUi.money(row.requested())), getTranslation("funds.project.requested"));
        facts.addFormItem(new Span(FundsUi.money(row.grantAmount())), getTranslation("funds.project.grant"));
        facts.addFormItem(new Span(row.score() == null ? "" : row.score() + " (" + row.jurors() + ")"),
                getTranslation("funds.project.score"));
        facts.addFormItem(new Span(row.earnsIncome() ? FundsUi.money(row.income()) : getTranslation("funds.project.noIncome")),
                getTranslation("funds.project.income"));
        facts.addFormItem(new Span(detail.problem()), getTranslation("funds.project.problem"));
        facts.addFormItem(new Span(detail.plan()), getTranslation("funds.project.plan"));
        if (detail.closingEvaluation() != null) {
            facts.addFormItem(new Span(detail.closingEvaluation() + " · " + getTranslation("funds.project.reached",
                    detail.beneficiariesReached())), getTranslation("funds.project.evaluation"));
        }
        budget.setItems(detail.budget());
        milestones.setItems(detail.milestones());
        body.add(facts, new H4(getTranslation("funds.project.budget")), budget, new H4(getTranslation("funds.milestone.list")),
                milestones);
        boolean submitted = row.state() == ProjectState.SUBMITTED;
        award.setVisible(admin && submitted);
        decline.setVisible(admin && submitted);
        addMilestone.setVisible(running());
        close.setVisible(row.state() == ProjectState.IN_PROGRESS);
    }

    private void changed(String key) {
        Notifications.success(getTranslation(key));
        detail = proposals.detail(projectId);
        show();
        onChanged.run();
    }

    FormDialog openAward() {
        FormDialog dialog = new FormDialog(getTranslation("funds.project.award"));
        BigDecimalField amount = dialog.decimal("amount", "funds.project.grant", new BigDecimal("0.01"), detail.row().requested(), 2,
                FormDialog.Need.REQUIRED);
        amount.setValue(detail.row().requested());
        dialog.onSave(() -> {
            projects.award(projectId, detail.row().version(), amount.getValue());
            return "";
        }, () -> changed("funds.project.awarded"));
        dialog.open();
        return dialog;
    }

    FormDialog openMilestone() {
        FormDialog dialog = new FormDialog(getTranslation("funds.milestone.new"));
        TextField title = dialog.text("title", "funds.milestone.title", 100, FormDialog.Need.REQUIRED);
        var due = dialog.date("dueOn", "funds.milestone.due", today.minusYears(3), today.plusYears(10), FormDialog.Need.REQUIRED);
        dialog.onSave(() -> {
            projects.addMilestone(projectId, title.getValue(), due.getValue());
            return "";
        }, () -> changed("funds.milestone.saved"));
        dialog.open();
        return dialog;
    }

    FormDialog openProgress(MilestoneRow m) {
        FormDialog dialog = new FormDialog(m.title());
        IntegerField progress = dialog.integer("progress", "funds.project.progress", 0, 100, FormDialog.Need.REQUIRED);
        TextArea evidence = dialog.textArea("evidence", "funds.milestone.evidence", 500, FormDialog.Need.OPTIONAL);
        progress.setValue(m.progress());
        evidence.setValue(m.evidence() == null ? "" : m.evidence());
        dialog.onSave(() -> {
            projects.reportProgress(m.id(), m.version(), progress.getValue(), evidence.getValue());
            return "";
        }, () -> changed("funds.milestone.saved"));
        dialog.open();
        return dialog;
    }

    FormDialog openSpend(BudgetLineRow line) {
        FormDialog dialog = new FormDialog(line.item());
        BigDecimalField amount = dialog.decimal("amount", "funds.project.spendAmount", new BigDecimal("0.01"),
                new BigDecimal("999999999999.99"), 2, FormDialog.Need.REQUIRED);
        dialog.onSave(() -> {
            projects.spend(line.id(), line.version(), amount.getValue());
            return "";
        }, () -> changed("funds.project.spendSaved"));
        dialog.open();
        return dialog;
    }

    FormDialog openClose() {
        FormDialog dialog = new FormDialog(getTranslation("funds.project.close"));
        IntegerField reached = dialog.integer("beneficiariesReached", "funds.project.beneficiariesReached", 0, 1_000_000,
                FormDialog.Need.REQUIRED);
        TextArea evaluation = dialog.textArea("evaluation", "funds.project.evaluation", 1000, FormDialog.Need.REQUIRED);
        dialog.onSave(() -> {
            projects.close(projectId, detail.row().version(), reached.getValue(), evaluation.getValue());
            return "";
        }, () -> changed("funds.project.closed"));
        dialog.open();
        return dialog;
    }
}
