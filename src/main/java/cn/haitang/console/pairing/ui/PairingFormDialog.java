package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.pairing.InstitutionService;
import cn.haitang.console.pairing.PairingForm;
import cn.haitang.console.pairing.PairingRow;
import cn.haitang.console.region.CommunityRef;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.TownRef;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.ValidationResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Pairs an institution with a town/street and communities of it, or edits an active pairing: a start
 * from {@link FieldChecks#EARLIEST_RECORD} to a year ahead, a monthly service day from the 1st to the 28th.
 */
class PairingFormDialog extends PairingDialog {

    final ComboBox<TownRef> town;
    final MultiSelectComboBox<CommunityRef> communities;
    final DatePicker startDate;
    final IntegerField serviceDay;
    final TextArea services;

    PairingFormDialog(InstitutionService institutions, RegionService region, long institutionId,
                      @Nullable PairingRow existing, LocalDate today, Runnable onSaved) {
        super(PairingUi.t(existing == null ? "pairing.pairing.new" : "pairing.pairing.edit"));
        town = combo("townId", "pairing.town", region.allTowns(), TownRef::name, Need.REQUIRED);
        communities = new MultiSelectComboBox<>(getTranslation("pairing.communities"));
        communities.setItemLabelGenerator(CommunityRef::name);
        communities.setRequiredIndicatorVisible(true);
        field("communityIds", communities, Need.OPTIONAL, (value, context) -> value == null || value.isEmpty()
                ? ValidationResult.error(getTranslation("pairing.error.pairing.noCommunity")) : ValidationResult.ok());
        form().setColspan(communities, 2);
        town.addValueChangeListener(e -> {
            communities.clear();
            communities.setItems(e.getValue() == null ? List.of() : region.communitiesOf(e.getValue().id()));
        });
        startDate = date("startDate", "pairing.pairing.startDate", FieldChecks.EARLIEST_RECORD, today.plusYears(1),
                Need.REQUIRED);
        serviceDay = count("serviceDay", "pairing.pairing.serviceDay", 1, 28);
        serviceDay.setStepButtonsVisible(true);
        services = textArea("services", "pairing.pairing.services", 500, Need.REQUIRED);
        if (existing == null) {
            startDate.setValue(today);
            serviceDay.setValue(15);
        } else {
            town.setValue(region.findTown(existing.townId()).orElseThrow());
            town.setReadOnly(true);
            Set<Long> ids = institutions.communitiesOfPairing(existing.id());
            communities.setValue(region.communitiesOf(existing.townId()).stream().filter(c -> ids.contains(c.id()))
                    .collect(Collectors.toSet()));
            startDate.setValue(existing.startDate());
            services.setValue(existing.services());
            serviceDay.setValue(existing.serviceDay());
        }
        onSave(() -> {
            PairingForm form = new PairingForm(institutionId, town.getValue() == null ? null : town.getValue().id(),
                    communities.getValue().stream().map(CommunityRef::id).collect(Collectors.toSet()), startDate.getValue(),
                    services.getValue(), serviceDay.getValue());
            if (existing == null) {
                institutions.createPairing(form);
            } else {
                institutions.updatePairing(existing.id(), existing.version(), form);
            }
            return getTranslation("pairing.pairing.saved");
        }, onSaved);
    }
}
