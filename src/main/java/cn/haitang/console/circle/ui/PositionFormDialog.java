package cn.haitang.console.circle.ui;

import cn.haitang.console.base.area.Area;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.ErrorLine;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.circle.HoursForm;
import cn.haitang.console.circle.Named;
import cn.haitang.console.circle.PositionForm;
import cn.haitang.console.circle.PositionKind;
import cn.haitang.console.circle.PositionRow;
import cn.haitang.console.circle.PositionService;
import cn.haitang.console.circle.Slot;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Creates or edits a position: its community, kind, address, area, owner, the institution lending it (a
 * lent room), the contact, and its opening slots per weekday — regular, off-peak or late.
 */
class PositionFormDialog extends FormDialog {

    private final PositionService positions;
    private final @Nullable PositionRow existing;
    private final Runnable onSaved;
    final ComboBox<Area> community;
    final TextField name;
    final Select<PositionKind> kind;
    final TextField address;
    final BigDecimalField floorArea;
    final TextField owner;
    final ComboBox<Named> institution;
    final TextField contactPerson;
    final TextField contactPhone;
    final VerticalLayout hourRows = new VerticalLayout();
    final List<HoursRow> hours = new ArrayList<>();
    final ErrorLine hoursError = refusalsAt("hours", new ErrorLine());
    final Button addSlot;

    PositionFormDialog(PositionService positions, AreaDirectory areas, @Nullable PositionRow existing, Runnable onSaved) {
        super(CircleUi.t(existing == null ? "circle.position.new" : "circle.position.edit"));
        this.positions = positions;
        this.existing = existing;
        this.onSaved = onSaved;
        setWidth("min(860px, 96vw)");
        List<Area> communities = communities(areas);
        community = combo("communityId", "circle.community", communities, Area::name, Need.REQUIRED);
        name = text("name", "circle.position.name", 100, Need.REQUIRED);
        kind = select("kind", "circle.position.kind", List.of(PositionKind.values()), k -> getTranslation(k.messageKey()),
                Need.REQUIRED);
        address = text("address", "circle.position.address", 200, Need.REQUIRED);
        floorArea = decimal("floorArea", "circle.position.floorArea", new BigDecimal("0.01"), new BigDecimal("99999.99"), 2,
                Need.REQUIRED);
        owner = text("owner", "circle.position.owner", 100, Need.REQUIRED);
        institution = combo("institutionId", "circle.position.institution", List.of(), Named::name, Need.OPTIONAL);
        contactPerson = text("contactPerson", "circle.position.contact", 32, Need.REQUIRED);
        contactPhone = text("contactPhone", "circle.position.phone", 20, Need.REQUIRED);
        community.addValueChangeListener(e -> institution.setItems(e.getValue() == null ? List.of()
                : positions.lenders(e.getValue().id())));
        kind.addValueChangeListener(e -> institution.setRequiredIndicatorVisible(e.getValue() == PositionKind.LENT_ROOM));

        hourRows.setPadding(false);
        hourRows.setSpacing(false);
        addSlot = new Button(getTranslation("circle.hours.add"), VaadinIcon.PLUS.create(), e -> addRow(null));
        addSlot.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        H4 title = new H4(getTranslation("circle.hours"));
        form().add(title, hourRows, addSlot, hoursError);
        form().setColspan(title, 2);
        form().setColspan(hourRows, 2);
        form().setColspan(hoursError, 2);

        if (existing == null) {
            addRow(new HoursForm(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0), Slot.REGULAR));
        } else {
            PositionForm values = positions.form(existing.id());
            communities.stream().filter(c -> c.id() == values.communityId()).findFirst().ifPresent(community::setValue);
            name.setValue(Objects.requireNonNullElse(values.name(), ""));
            kind.setValue(values.kind());
            address.setValue(Objects.requireNonNullElse(values.address(), ""));
            floorArea.setValue(values.floorArea());
            owner.setValue(Objects.requireNonNullElse(values.owner(), ""));
            institution.getListDataView().getItems().filter(i -> Objects.equals(i.id(), values.institutionId())).findFirst()
                    .ifPresent(institution::setValue);
            contactPerson.setValue(Objects.requireNonNullElse(values.contactPerson(), ""));
            contactPhone.setValue(Objects.requireNonNullElse(values.contactPhone(), ""));
            values.hours().forEach(this::addRow);
            Button delete = new Button(getTranslation("circle.position.delete"), VaadinIcon.TRASH.create(), e -> confirmDelete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().addComponentAsFirst(delete);
        }
        onSave(() -> {
            PositionForm form = new PositionForm(Objects.requireNonNull(community.getValue()).id(), name.getValue(),
                    kind.getValue(), address.getValue(), floorArea.getValue(), owner.getValue(),
                    CircleUi.id(institution.getValue()), contactPerson.getValue(), contactPhone.getValue(),
                    hours.stream().map(HoursRow::value).toList());
            if (existing == null) {
                positions.create(form);
            } else {
                positions.update(existing.id(), existing.version(), form);
            }
            return getTranslation("circle.position.saved", name.getValue());
        }, onSaved);
    }

    /** The communities the caller may choose, named with their town. */
    static List<Area> communities(AreaDirectory areas) {
        List<Area> all = new ArrayList<>();
        for (Area town : areas.townsInScope()) {
            areas.communitiesOf(town.id()).forEach(c -> all.add(new Area(c.id(), town.name() + " · " + c.name())));
        }
        return all;
    }

    HoursRow addRow(@Nullable HoursForm value) {
        HoursRow row = new HoursRow(value);
        hours.add(row);
        hourRows.add(row);
        return row;
    }

    void confirmDelete() {
        PositionRow row = Objects.requireNonNull(existing);
        Confirm.ask(getTranslation("circle.position.delete.title"), getTranslation("circle.position.delete.text", row.name()),
                getTranslation("circle.delete"), () -> {
                    if (CircleUi.attempt(() -> positions.delete(row.id(), row.version()))) {
                        Notifications.success(getTranslation("circle.position.deleted"));
                        close();
                        onSaved.run();
                    }
                });
    }

    /** One opening slot: weekday, from, to, kind of slot, and a button to take it out. */
    final class HoursRow extends HorizontalLayout {
        final Select<DayOfWeek> weekday = new Select<>();
        final TimePicker opens = new TimePicker();
        final TimePicker closes = new TimePicker();
        final Select<Slot> slot = new Select<>();

        HoursRow(@Nullable HoursForm value) {
            weekday.setItems(DayOfWeek.values());
            weekday.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
            weekday.setAriaLabel(getTranslation("circle.hours.weekday"));
            opens.setStep(Duration.ofMinutes(30));
            closes.setStep(Duration.ofMinutes(30));
            opens.setAriaLabel(getTranslation("circle.hours.opens"));
            closes.setAriaLabel(getTranslation("circle.hours.closes"));
            slot.setItems(Slot.values());
            slot.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
            slot.setAriaLabel(getTranslation("circle.hours.slot"));
            weekday.setWidth("7.5em");
            opens.setWidth("7em");
            closes.setWidth("7em");
            slot.setWidth("8em");
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                hours.remove(this);
                hourRows.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setTooltipText(getTranslation("circle.hours.remove"));
            if (value != null) {
                weekday.setValue(value.weekday());
                opens.setValue(value.opens());
                closes.setValue(value.closes());
                slot.setValue(value.slot());
            }
            add(weekday, opens, closes, slot, remove);
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            getStyle().set("gap", "6px");
        }

        HoursForm value() {
            return new HoursForm(weekday.getValue(), opens.getValue(), closes.getValue(), slot.getValue());
        }
    }
}
