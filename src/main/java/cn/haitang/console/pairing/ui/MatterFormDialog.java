package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.pairing.MatterCategory;
import cn.haitang.console.pairing.MatterForm;
import cn.haitang.console.pairing.MatterRow;
import cn.haitang.console.pairing.MatterSource;
import cn.haitang.console.pairing.MattersService;
import cn.haitang.console.pairing.Named;
import cn.haitang.console.pairing.PlacesService;
import cn.haitang.console.region.CommunityRef;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Raises a matter, or edits one that nobody has claimed yet; raised from {@link FieldChecks#EARLIEST_RECORD} to today. */
class MatterFormDialog extends PairingDialog {

    final TextField title;
    final Select<MatterCategory> category;
    final Select<MatterSource> source;
    final ComboBox<CommunityRef> community;
    final ComboBox<Named> compound;
    final DatePicker raisedOn;
    final TextArea description;

    MatterFormDialog(MattersService matters, PlacesService places, @Nullable MatterRow existing, LocalDate today,
                     Runnable onSaved) {
        super(PairingUi.t(existing == null ? "pairing.matter.new" : "pairing.matter.edit"));
        setWidth("min(760px, 96vw)");
        title = text("title", "pairing.matter.title", 100, Need.REQUIRED);
        form().setColspan(title, 2);
        category = select("category", "pairing.matter.category", List.of(MatterCategory.values()),
                c -> getTranslation(c.messageKey()), Need.REQUIRED);
        source = select("source", "pairing.matter.source", List.of(MatterSource.values()), s -> getTranslation(s.messageKey()),
                Need.REQUIRED);
        community = combo("communityId", "pairing.community", places.communitiesInScope(), c -> c.townName() + " · " + c.name(),
                Need.REQUIRED);
        compound = combo("compoundId", "pairing.compound", List.of(), Named::name, Need.OPTIONAL);
        community.addValueChangeListener(e -> {
            compound.clear();
            compound.setItems(e.getValue() == null ? List.of() : places.compoundsOf(e.getValue().id()));
        });
        raisedOn = date("raisedOn", "pairing.matter.raisedOn", FieldChecks.EARLIEST_RECORD, today, Need.REQUIRED);
        description = textArea("description", "pairing.matter.description", 2000, Need.REQUIRED);
        if (existing == null) {
            raisedOn.setValue(today);
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
        onSave(() -> {
            MatterForm form = new MatterForm(title.getValue(), description.getValue(), category.getValue(), source.getValue(),
                    community.getValue() == null ? null : community.getValue().id(),
                    compound.getValue() == null ? null : compound.getValue().id(), raisedOn.getValue());
            if (existing == null) {
                matters.raise(form);
            } else {
                matters.update(existing.id(), existing.version(), form);
            }
            return getTranslation("pairing.matter.saved");
        }, onSaved);
    }
}
