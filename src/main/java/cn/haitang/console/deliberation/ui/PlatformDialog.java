package cn.haitang.console.deliberation.ui;

import cn.haitang.console.base.area.Area;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.deliberation.Option;
import cn.haitang.console.deliberation.PlatformForm;
import cn.haitang.console.deliberation.PlatformKind;
import cn.haitang.console.deliberation.PlatformRow;
import cn.haitang.console.deliberation.PlatformService;
import cn.haitang.console.deliberation.Rhythm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Creates or edits a platform; an existing one can be retired, reactivated or (without sessions) deleted. */
class PlatformDialog extends FormDialog {

    final TextField name;
    final Select<PlatformKind> kind;
    final ComboBox<Area> community;
    final ComboBox<Area> compound;
    final RadioButtonGroup<VenueKind> venueKind = new RadioButtonGroup<>();
    final Select<Option> position;
    final TextField venue;
    final TextField host;
    final Select<Rhythm> rhythm;

    PlatformDialog(PlatformService platforms, AreaDirectory areas, @Nullable PlatformRow existing, Runnable onSaved) {
        super(DelibUi.t(existing == null ? "delib.platform.new" : "delib.platform.edit"));
        name = text("name", "delib.platform.name", 64, Need.REQUIRED);
        kind = select("kind", "delib.platform.kind", List.of(PlatformKind.values()), k -> getTranslation(k.messageKey()),
                Need.REQUIRED);
        community = combo("communityId", "delib.community", Places.communities(areas), Area::name, Need.REQUIRED);
        compound = combo("compoundId", "delib.compound", List.of(), Area::name, Need.OPTIONAL);
        Places.chain(areas, community, compound);
        venueKind.setLabel(getTranslation("delib.platform.venueKind"));
        venueKind.setItems(VenueKind.values());
        venueKind.setItemLabelGenerator(k -> getTranslation("delib.platform.venueKind." + k.name()));
        venueKind.setValue(VenueKind.ADDRESS);
        field("venueKind", venueKind, Need.OPTIONAL);
        position = select("positionId", "delib.platform.position", List.of(), Option::name, Need.OPTIONAL);
        venue = text("venue", "delib.platform.venue", 200, Need.OPTIONAL);
        venue.setHelperText(getTranslation("delib.platform.venueHint"));
        venueKind.addValueChangeListener(e -> showVenue());
        community.addValueChangeListener(e -> loadPositions(platforms, null));
        host = text("host", "delib.platform.host", 32, Need.REQUIRED);
        rhythm = select("rhythm", "delib.platform.rhythm", List.of(Rhythm.values()), r -> getTranslation(r.messageKey()),
                Need.REQUIRED);
        kind.addValueChangeListener(e -> {
            if (e.getValue() == PlatformKind.FENGWU && rhythm.getValue() == null) {
                rhythm.setValue(Rhythm.FENGWU);
            }
        });
        if (existing != null) {
            name.setValue(existing.name());
            kind.setValue(existing.kind());
            Places.select(community, existing.communityId());
            Places.select(compound, existing.compoundId());
            loadPositions(platforms, existing.positionId());
            if (existing.positionId() == null) {
                venue.setValue(existing.venue());
            }
            host.setValue(existing.host());
            rhythm.setValue(existing.rhythm());
            Button retire = new Button(getTranslation(existing.active() ? "delib.platform.retire" : "delib.platform.reactivate"),
                    e -> {
                        if (DelibUi.attempt(() -> platforms.setActive(existing.id(), existing.version(), !existing.active()))) {
                            Notifications.success(getTranslation("delib.saved"));
                            close();
                            onSaved.run();
                        }
                    });
            retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button delete = new Button(getTranslation("delib.delete"), VaadinIcon.TRASH.create(), e -> Confirm.ask(
                    getTranslation("delib.platform.delete.title"), getTranslation("delib.platform.delete.text"),
                    getTranslation("delib.delete"), () -> {
                        if (DelibUi.attempt(() -> platforms.delete(existing.id(), existing.version()))) {
                            Notifications.success(getTranslation("delib.deleted"));
                            close();
                            onSaved.run();
                        }
                    }));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().addComponentAsFirst(retire);
            getFooter().addComponentAsFirst(delete);
        }
        showVenue();
        onSave(() -> {
            boolean atPosition = venueKind.getValue() == VenueKind.POSITION;
            PlatformForm form = new PlatformForm(name.getValue(), kind.getValue(), Places.id(community), Places.id(compound),
                    atPosition ? null : venue.getValue(), host.getValue(), rhythm.getValue(),
                    atPosition && position.getValue() != null ? position.getValue().id() : null);
            if (atPosition && form.positionId() == null) {
                throw cn.haitang.console.base.RuleViolationException.atField("positionId", "validation.required");
            }
            if (existing == null) {
                platforms.create(form);
            } else {
                platforms.update(existing.id(), existing.version(), form);
            }
            return getTranslation("delib.saved");
        }, onSaved);
    }

    /** A service position of the community, or an address. */
    enum VenueKind {
        POSITION, ADDRESS
    }

    /** The community's service positions; the platform's own selected, and chosen as the venue, when it has one. */
    private void loadPositions(PlatformService platforms, @Nullable Long selected) {
        Long communityId = Places.id(community);
        List<Option> options = communityId == null ? List.of() : platforms.venueOptions(communityId);
        position.setItems(options);
        position.setHelperText(communityId != null && options.isEmpty() ? getTranslation("delib.platform.position.none")
                : null);
        options.stream().filter(o -> selected != null && o.id() == selected).findFirst().ifPresent(o -> {
            position.setValue(o);
            venueKind.setValue(VenueKind.POSITION);
        });
    }

    private void showVenue() {
        boolean atPosition = venueKind.getValue() == VenueKind.POSITION;
        position.setVisible(atPosition);
        venue.setVisible(!atPosition);
    }
}
