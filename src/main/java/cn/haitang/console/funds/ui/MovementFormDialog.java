package cn.haitang.console.funds.ui;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.funds.FundKind;
import cn.haitang.console.funds.FundRow;
import cn.haitang.console.funds.FundService;
import cn.haitang.console.funds.LedgerService;
import cn.haitang.console.funds.MovementForm;
import cn.haitang.console.funds.MovementKind;
import cn.haitang.console.funds.Option;
import cn.haitang.console.funds.ProposalService;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Records a movement of a fund: kind, date, amount in yuan, counterparty (a donor may ask to stay
 * anonymous), purpose, and for a grant the contest project or the happiness scene (of the fund's community,
 * or of the city for the city fund) it goes to, for a project's income the project, for an allocation the
 * community fund it goes to. Vouchers are added to the recorded movement.
 */
class MovementFormDialog extends FormDialog {

    final Select<MovementKind> kind;
    final DatePicker movedOn;
    final BigDecimalField amount;
    final TextField counterparty;
    final Checkbox anonymous;
    final TextField purpose;
    final ComboBox<Option> project;
    final ComboBox<Option> scene;
    final ComboBox<Option> target;

    MovementFormDialog(LedgerService ledger, FundService funds, ProposalService proposals, FundRow fund, LocalDate today,
                       Runnable onSaved) {
        super(FundsUi.t("funds.movement.new"));
        List<MovementKind> kinds = Arrays.stream(MovementKind.values()).filter(MovementKind::recordable)
                .filter(k -> k != MovementKind.ALLOCATION_OUT || fund.kind() == FundKind.CITY).toList();
        kind = select("kind", "funds.movement.kind", kinds, k -> getTranslation("funds.kind." + k), Need.REQUIRED);
        movedOn = date("movedOn", "funds.movement.date", fund.openedOn().isAfter(FieldChecks.EARLIEST_RECORD)
                ? fund.openedOn() : FieldChecks.EARLIEST_RECORD, today, Need.REQUIRED);
        amount = decimal("amount", "funds.movement.amountYuan", new BigDecimal("0.01"), new BigDecimal("999999999999.99"), 2,
                Need.REQUIRED);
        counterparty = text("counterparty", "funds.movement.counterparty", 100, Need.REQUIRED);
        anonymous = checkbox("funds.movement.anonymousAsked");
        refusalsAt("anonymous", counterparty);
        purpose = text("purpose", "funds.movement.purpose", 200, Need.REQUIRED);
        project = combo("projectId", "funds.movement.project", List.of(), Option::name, Need.OPTIONAL);
        scene = combo("sceneId", "funds.movement.scene", List.of(), Option::name, Need.OPTIONAL);
        scene.setVisible(false);
        project.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                scene.clear();
            }
        });
        scene.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                project.clear();
            }
        });
        target = combo("targetFundId", "funds.movement.target", List.of(), Option::name, Need.OPTIONAL);
        project.setVisible(false);
        target.setVisible(false);
        kind.addValueChangeListener(e -> {
            MovementKind k = e.getValue();
            boolean withProject = k == MovementKind.GRANT || k == MovementKind.PROJECT_INCOME;
            project.setVisible(withProject);
            if (withProject) {
                project.setItems(proposals.awardedOptions(k == MovementKind.PROJECT_INCOME ? fund.communityId() : null));
            }
            scene.setVisible(k == MovementKind.GRANT);
            if (k == MovementKind.GRANT) {
                scene.setItems(ledger.sceneOptions(fund.id()));
            }
            target.setVisible(k == MovementKind.ALLOCATION_OUT);
            if (k == MovementKind.ALLOCATION_OUT) {
                target.setItems(funds.fundOptions(true));
            }
            anonymous.setVisible(k == MovementKind.DONATION);
        });
        kind.setValue(MovementKind.DONATION);
        movedOn.setValue(today);
        onSave(() -> {
            MovementKind k = kind.getValue();
            ledger.record(fund.id(), new MovementForm(k, movedOn.getValue(), amount.getValue(), counterparty.getValue(),
                    k == MovementKind.DONATION && anonymous.getValue(), purpose.getValue(),
                    project.isVisible() && project.getValue() != null ? project.getValue().id() : null,
                    target.isVisible() && target.getValue() != null ? target.getValue().id() : null,
                    scene.isVisible() && scene.getValue() != null ? scene.getValue().id() : null));
            return getTranslation("funds.movement.saved");
        }, onSaved);
    }
}
