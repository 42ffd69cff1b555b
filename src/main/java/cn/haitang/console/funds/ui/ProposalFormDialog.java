package cn.haitang.console.funds.ui;

import cn.haitang.console.base.area.Area;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.funds.ContestYearRow;
import cn.haitang.console.funds.ProposalForm;
import cn.haitang.console.funds.ProposalService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A community's proposal to an open contest year: problem, plan, team, beneficiaries, income, budget lines. */
class ProposalFormDialog extends FormDialog {

    record LineFields(TextField item, BigDecimalField amount, HorizontalLayout row) {
    }

    final ComboBox<Area> town;
    final ComboBox<Area> community;
    final TextField title;
    final TextArea problem;
    final TextArea plan;
    final TextField team;
    final IntegerField beneficiaries;
    final Checkbox earnsIncome;
    final List<LineFields> lines = new ArrayList<>();
    private final Div lineBox = new Div();

    ProposalFormDialog(ProposalService proposals, AreaDirectory directory, ContestYearRow year, Runnable onSaved) {
        super(FundsUi.t("funds.project.newIn", year.name()));
        setWidth("min(820px, 96vw)");
        town = combo("townId", "funds.town", directory.townsInScope(), Area::name, Need.REQUIRED);
        community = combo("communityId", "funds.community", List.of(), Area::name, Need.REQUIRED);
        town.addValueChangeListener(e -> {
            community.clear();
            community.setItems(e.getValue() == null ? List.of() : directory.communitiesOf(e.getValue().id()));
        });
        if (directory.townsInScope().size() == 1) {
            town.setValue(directory.townsInScope().getFirst());
        }
        title = text("title", "funds.project.title", 100, Need.REQUIRED);
        team = text("team", "funds.project.team", 200, Need.REQUIRED);
        problem = textArea("problem", "funds.project.problem", 1000, Need.REQUIRED);
        plan = textArea("plan", "funds.project.plan", 2000, Need.REQUIRED);
        beneficiaries = integer("expectedBeneficiaries", "funds.project.beneficiaries", 1, 1_000_000, Need.REQUIRED);
        earnsIncome = checkbox("funds.project.earnsIncome");
        Button addLine = new Button(getTranslation("funds.project.addLine"), VaadinIcon.PLUS.create(), e -> addLine());
        addLine.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        form().add(lineBox, 2);
        form().add(addLine);
        refusalsAt("budget", addLine().item());
        onSave(() -> {
            List<ProposalForm.Line> budget = lines.stream()
                    .map(l -> new ProposalForm.Line(l.item().getValue(), l.amount().getValue())).toList();
            proposals.submit(year.id(), new ProposalForm(community.getValue() == null ? null : community.getValue().id(),
                    title.getValue(), problem.getValue(), plan.getValue(), team.getValue(), beneficiaries.getValue(),
                    earnsIncome.getValue(), budget));
            return getTranslation("funds.project.submitted");
        }, onSaved);
    }

    LineFields addLine() {
        TextField item = new TextField(getTranslation("funds.project.lineItem"));
        BigDecimalField amount = new BigDecimalField(getTranslation("funds.project.lineAmount"));
        field("budget-item-" + lines.size(), item, Need.REQUIRED, Checks.length(this, 100));
        field("budget-amount-" + lines.size(), amount, Need.REQUIRED,
                Checks.decimal(this, new BigDecimal("0.01"), new BigDecimal("999999999999.99"), 2));
        HorizontalLayout row = new HorizontalLayout(item, amount);
        row.setWidthFull();
        item.setWidthFull();
        LineFields line = new LineFields(item, amount, row);
        lines.add(line);
        lineBox.add(row);
        return line;
    }
}
