package cn.haitang.console.deliberation.ui;

import cn.haitang.console.base.area.Area;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.deliberation.PlatformForm;
import cn.haitang.console.deliberation.PlatformKind;
import cn.haitang.console.deliberation.PlatformRow;
import cn.haitang.console.deliberation.PlatformService;
import cn.haitang.console.deliberation.Rhythm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
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
        venue = text("venue", "delib.platform.venue", 200, Need.REQUIRED);
        venue.setHelperText(getTranslation("delib.platform.venueHint"));
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
            venue.setValue(existing.venue());
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
        onSave(() -> {
            PlatformForm form = new PlatformForm(name.getValue(), kind.getValue(), Places.id(community), Places.id(compound),
                    venue.getValue(), host.getValue(), rhythm.getValue());
            if (existing == null) {
                platforms.create(form);
            } else {
                platforms.update(existing.id(), existing.version(), form);
            }
            return getTranslation("delib.saved");
        }, onSaved);
    }
}
