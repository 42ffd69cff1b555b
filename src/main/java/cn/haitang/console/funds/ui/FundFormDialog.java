package cn.haitang.console.funds.ui;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.area.Area;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.funds.FundForm;
import cn.haitang.console.funds.FundRow;
import cn.haitang.console.funds.FundService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Opens a community fund (or edits a fund's custody details and approval threshold). */
class FundFormDialog extends FormDialog {

    final @Nullable ComboBox<Area> town;
    final @Nullable ComboBox<Area> community;
    final TextField name;
    final TextField custodian;
    final TextField bankAccount;
    final DatePicker openedOn;
    final BigDecimalField threshold;

    FundFormDialog(FundService funds, AreaDirectory directory, @Nullable FundRow existing, LocalDate today, Runnable onSaved) {
        super(FundsUi.t(existing == null ? "funds.fund.open" : "funds.fund.edit"));
        if (existing == null) {
            town = combo("townId", "funds.town", directory.townsInScope(), Area::name, Need.REQUIRED);
            ComboBox<Area> c = combo("communityId", "funds.community", List.of(), Area::name, Need.REQUIRED);
            town.addValueChangeListener(e -> {
                c.clear();
                c.setItems(e.getValue() == null ? List.of() : directory.communitiesOf(e.getValue().id()));
            });
            if (directory.townsInScope().size() == 1) {
                town.setValue(directory.townsInScope().getFirst());
            }
            community = c;
        } else {
            town = null;
            community = null;
        }
        name = text("name", "funds.fund.name", 100, Need.REQUIRED);
        custodian = text("custodian", "funds.fund.custodian", 100, Need.REQUIRED);
        bankAccount = text("bankAccount", "funds.fund.bankAccount", 64, Need.REQUIRED);
        openedOn = date("openedOn", "funds.fund.openedOn", FieldChecks.EARLIEST_RECORD, today, Need.REQUIRED);
        threshold = decimal("approvalThreshold", "funds.fund.threshold", BigDecimal.ZERO, new BigDecimal("999999999999.99"), 2,
                Need.REQUIRED);
        threshold.setHelperText(getTranslation("funds.fund.thresholdHelp"));
        if (existing != null) {
            name.setValue(existing.name());
            custodian.setValue(existing.custodian());
            bankAccount.setValue(existing.bankAccount());
            openedOn.setValue(existing.openedOn());
            threshold.setValue(existing.approvalThreshold());
        } else {
            openedOn.setValue(today);
            threshold.setValue(new BigDecimal("5000"));
        }
        onSave(() -> {
            if (existing == null) {
                Area c = java.util.Objects.requireNonNull(community).getValue();
                funds.openFund(new FundForm(c == null ? null : c.id(), name.getValue(), custodian.getValue(),
                        bankAccount.getValue(), openedOn.getValue(), threshold.getValue()));
            } else {
                funds.updateFund(existing.id(), existing.version(), new FundForm(existing.communityId(), name.getValue(),
                        custodian.getValue(), bankAccount.getValue(), openedOn.getValue(), threshold.getValue()));
            }
            return getTranslation("funds.fund.saved");
        }, onSaved);
    }
}
