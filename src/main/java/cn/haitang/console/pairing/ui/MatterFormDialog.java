package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.LocalizedFields;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.pairing.MatterCategory;
import cn.haitang.console.pairing.MatterForm;
import cn.haitang.console.pairing.MatterRow;
import cn.haitang.console.pairing.MatterSource;
import cn.haitang.console.pairing.MattersService;
import cn.haitang.console.pairing.Named;
import cn.haitang.console.pairing.PairingService;
import cn.haitang.console.region.CommunityRef;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Raises a matter, or edits one that nobody has claimed yet. */
class MatterFormDialog extends Dialog {

    private final MattersService matters;
    private final @Nullable MatterRow existing;
    private final Runnable onSaved;
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final Select<MatterCategory> category = new Select<>();
    final Select<MatterSource> source = new Select<>();
    final ComboBox<CommunityRef> community = new ComboBox<>();
    final ComboBox<Named> compound = new ComboBox<>();
    final DatePicker raisedOn;
    final Button save = new Button();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    MatterFormDialog(MattersService matters, PairingService pairing, @Nullable MatterRow existing, Runnable onSaved) {
        this.matters = matters;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "pairing.matter.new" : "pairing.matter.edit"));
        setCloseOnOutsideClick(false);
        setWidth("min(760px, 96vw)");
        title.setLabel(getTranslation("pairing.matter.title"));
        title.setMaxLength(100);
        description.setLabel(getTranslation("pairing.matter.description"));
        description.setMaxLength(2000);
        category.setLabel(getTranslation("pairing.matter.category"));
        category.setItems(MatterCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        source.setLabel(getTranslation("pairing.matter.source"));
        source.setItems(MatterSource.values());
        source.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        community.setLabel(getTranslation("pairing.community"));
        community.setItems(pairing.communitiesInScope());
        community.setItemLabelGenerator(c -> c.townName() + " · " + c.name());
        community.addValueChangeListener(e -> {
            compound.clear();
            compound.setItems(e.getValue() == null ? List.of() : pairing.compoundsOf(e.getValue().id()));
        });
        compound.setLabel(getTranslation("pairing.compound"));
        compound.setItemLabelGenerator(Named::name);
        compound.setClearButtonVisible(true);
        raisedOn = LocalizedFields.datePicker(this, "pairing.matter.raisedOn");
        raisedOn.setMax(LocalDate.now(Formats.ZONE));
        fields.put("title", title);
        fields.put("description", description);
        fields.put("category", category);
        fields.put("source", source);
        fields.put("communityId", community);
        fields.put("compoundId", compound);
        fields.put("raisedOn", raisedOn);
        if (existing == null) {
            raisedOn.setValue(LocalDate.now(Formats.ZONE));
        } else {
            MatterForm values = matters.form(existing.id());
            title.setValue(values.title());
            description.setValue(values.description());
            category.setValue(values.category());
            source.setValue(values.source());
            community.getListDataView().getItems().filter(c -> c.id() == values.communityId()).findFirst()
                    .ifPresent(community::setValue);
            if (values.compoundId() != null) {
                compound.getListDataView().getItems().filter(c -> c.id() == values.compoundId()).findFirst()
                        .ifPresent(compound::setValue);
            }
            raisedOn.setValue(values.raisedOn());
        }
        FormLayout form = new FormLayout(title, category, source, community, compound, raisedOn, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    void save() {
        RuleViolations.clear(fields);
        MatterForm form = new MatterForm(title.getValue(), description.getValue(), category.getValue(), source.getValue(),
                community.getValue() == null ? null : community.getValue().id(),
                compound.getValue() == null ? null : compound.getValue().id(), raisedOn.getValue());
        try {
            if (existing == null) {
                matters.raise(form);
            } else {
                matters.update(existing.id(), existing.version(), form);
            }
            Notifications.success(getTranslation("pairing.matter.saved"));
            close();
            onSaved.run();
        } catch (RuleViolationException e) {
            RuleViolations.show(e, fields);
        }
    }
}
