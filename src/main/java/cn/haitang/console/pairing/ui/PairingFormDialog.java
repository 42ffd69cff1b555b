package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.LocalizedFields;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.pairing.PairingForm;
import cn.haitang.console.pairing.PairingRow;
import cn.haitang.console.pairing.PairingService;
import cn.haitang.console.region.CommunityRef;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.TownRef;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Pairs an institution with a town/street and communities of it, or edits an active pairing. */
class PairingFormDialog extends Dialog {

    private final PairingService pairing;
    private final RegionService region;
    private final long institutionId;
    private final @Nullable PairingRow existing;
    private final Runnable onSaved;
    final ComboBox<TownRef> town = new ComboBox<>();
    final MultiSelectComboBox<CommunityRef> communities = new MultiSelectComboBox<>();
    final DatePicker startDate;
    final TextArea services = new TextArea();
    final IntegerField serviceDay = new IntegerField();
    final Button save = new Button();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    PairingFormDialog(PairingService pairing, RegionService region, long institutionId, @Nullable PairingRow existing,
                      Runnable onSaved) {
        this.pairing = pairing;
        this.region = region;
        this.institutionId = institutionId;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "pairing.pairing.new" : "pairing.pairing.edit"));
        setCloseOnOutsideClick(false);
        town.setLabel(getTranslation("pairing.town"));
        town.setItems(region.allTowns());
        town.setItemLabelGenerator(TownRef::name);
        town.addValueChangeListener(e -> {
            communities.clear();
            communities.setItems(e.getValue() == null ? List.of() : region.communitiesOf(e.getValue().id()));
        });
        communities.setLabel(getTranslation("pairing.communities"));
        communities.setItemLabelGenerator(CommunityRef::name);
        startDate = LocalizedFields.datePicker(this, "pairing.pairing.startDate");
        services.setLabel(getTranslation("pairing.pairing.services"));
        services.setMaxLength(500);
        serviceDay.setLabel(getTranslation("pairing.pairing.serviceDay"));
        serviceDay.setMin(1);
        serviceDay.setMax(28);
        serviceDay.setStepButtonsVisible(true);
        fields.put("townId", town);
        fields.put("communityIds", communities);
        fields.put("startDate", startDate);
        fields.put("services", services);
        fields.put("serviceDay", serviceDay);
        if (existing == null) {
            startDate.setValue(LocalDate.now(Formats.ZONE));
            serviceDay.setValue(15);
        } else {
            town.setValue(region.findTown(existing.townId()).orElseThrow());
            town.setReadOnly(true);
            Set<Long> ids = pairing.communitiesOfPairing(existing.id());
            communities.setValue(region.communitiesOf(existing.townId()).stream().filter(c -> ids.contains(c.id()))
                    .collect(Collectors.toSet()));
            startDate.setValue(existing.startDate());
            services.setValue(existing.services());
            serviceDay.setValue(existing.serviceDay());
        }
        FormLayout form = new FormLayout(town, communities, startDate, serviceDay, services);
        form.setColspan(communities, 2);
        form.setColspan(services, 2);
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    void save() {
        RuleViolations.clear(fields);
        PairingForm form = new PairingForm(institutionId, town.getValue() == null ? null : town.getValue().id(),
                communities.getValue().stream().map(CommunityRef::id).collect(Collectors.toSet()), startDate.getValue(),
                services.getValue(), serviceDay.getValue() == null ? 0 : serviceDay.getValue());
        try {
            if (existing == null) {
                pairing.createPairing(form);
            } else {
                pairing.updatePairing(existing.id(), existing.version(), form);
            }
            Notifications.success(getTranslation("pairing.pairing.saved"));
            close();
            onSaved.run();
        } catch (RuleViolationException e) {
            RuleViolations.show(e, fields);
        }
    }
}
