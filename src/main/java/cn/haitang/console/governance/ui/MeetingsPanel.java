package cn.haitang.console.governance.ui;

import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.governance.MeetingForm;
import cn.haitang.console.governance.MeetingRow;
import cn.haitang.console.governance.MeetingService;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/** The four-party coordination meeting log of a compound. */
class MeetingsPanel extends VerticalLayout {

    static final List<String> PARTIES = List.of("communityParty", "compoundBranch", "committee", "propertyCompany");
    private final MeetingService meetings;
    private final Clock clock;
    private final long compoundId;
    final Grid<MeetingRow> grid = new Grid<>();

    MeetingsPanel(MeetingService meetings, Clock clock, long compoundId) {
        this.meetings = meetings;
        this.clock = clock;
        this.compoundId = compoundId;
        setPadding(false);
        grid.addColumn(m -> Formats.date(m.meetingDate())).setHeader(getTranslation("gov.meeting.date")).setAutoWidth(true);
        grid.addColumn(this::parties).setHeader(getTranslation("gov.meeting.parties")).setAutoWidth(true);
        grid.addColumn(MeetingRow::topics).setHeader(getTranslation("gov.meeting.topics")).setFlexGrow(1);
        grid.addColumn(MeetingRow::decisions).setHeader(getTranslation("gov.meeting.decisions")).setFlexGrow(1);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        PhoneGrid.cards(grid, grid.addComponentColumn(m -> PhoneGrid.card(Formats.date(m.meetingDate()) + " · " + parties(m),
                m.topics(), m.decisions(), actions(m))).setHeader(getTranslation("gov.meeting.date")));
        GovUi.compact(grid).addItemDoubleClickListener(e -> openDialog(e.getItem()));
        add(GovUi.primary(this, VaadinIcon.PLUS, "gov.meeting.add", () -> openDialog(null)), grid);
        setWidthFull();
        refresh();
    }

    private com.vaadin.flow.component.Component actions(MeetingRow m) {
        return GovUi.actions(GovUi.iconButton(this, VaadinIcon.EDIT, "gov.meeting.edit", () -> openDialog(m)),
                GovUi.iconButton(this, VaadinIcon.TRASH, "gov.delete", () -> confirmDelete(m)));
    }

    void refresh() {
        grid.setItems(meetings.meetings(compoundId));
    }

    private static boolean[] present(MeetingRow m) {
        return new boolean[] {m.communityParty(), m.compoundBranch(), m.committee(), m.propertyCompany()};
    }

    private String parties(MeetingRow m) {
        List<String> names = new ArrayList<>();
        boolean[] present = present(m);
        for (int i = 0; i < PARTIES.size(); i++) {
            if (present[i]) {
                names.add(getTranslation("gov.meeting." + PARTIES.get(i)));
            }
        }
        return String.join("、", names);
    }

    MeetingDialog openDialog(@Nullable MeetingRow meeting) {
        return GovUi.open(new MeetingDialog(meeting));
    }

    void confirmDelete(MeetingRow meeting) {
        Confirm.ask(getTranslation("gov.meeting.delete.title", Formats.date(meeting.meetingDate())),
                getTranslation("gov.meeting.delete.text"), getTranslation("gov.delete"),
                () -> GovUi.run(() -> meetings.deleteMeeting(meeting.id(), meeting.version()),
                        getTranslation("gov.meeting.deleted"), this::refresh));
    }

    /** Records a meeting already held (up to today) or corrects one. */
    class MeetingDialog extends FormDialog {
        final DatePicker meetingDate = date("meetingDate", "gov.meeting.date", FieldChecks.EARLIEST_RECORD,
                LocalDate.now(clock), Need.REQUIRED);
        final CheckboxGroup<String> parties = field("parties", new CheckboxGroup<>(GovUi.t("gov.meeting.parties")),
                Need.OPTIONAL);
        final TextArea topics = textArea("topics", "gov.meeting.topics", 1000, Need.REQUIRED);
        final TextArea decisions = textArea("decisions", "gov.meeting.decisions", 1000, Need.REQUIRED);

        MeetingDialog(@Nullable MeetingRow meeting) {
            super(GovUi.t(meeting == null ? "gov.meeting.add" : "gov.meeting.edit"));
            parties.setItems(PARTIES);
            parties.setItemLabelGenerator(p -> getTranslation("gov.meeting." + p));
            parties.setRequiredIndicatorVisible(true);
            form().setColspan(parties, 2);
            if (meeting == null) {
                meetingDate.setValue(LocalDate.now(clock));
            } else {
                meetingDate.setValue(meeting.meetingDate());
                boolean[] present = present(meeting);
                parties.setValue(IntStream.range(0, PARTIES.size()).filter(i -> present[i]).mapToObj(PARTIES::get)
                        .collect(Collectors.toSet()));
                topics.setValue(meeting.topics());
                decisions.setValue(meeting.decisions());
            }
            meetingDate.focus();
            onSave(() -> {
                Set<String> p = parties.getValue();
                MeetingForm form = new MeetingForm(meetingDate.getValue(), p.contains("communityParty"),
                        p.contains("compoundBranch"), p.contains("committee"), p.contains("propertyCompany"),
                        topics.getValue(), decisions.getValue());
                if (meeting == null) {
                    meetings.addMeeting(compoundId, form);
                } else {
                    meetings.updateMeeting(meeting.id(), meeting.version(), form);
                }
                return getTranslation("gov.meeting.saved");
            }, MeetingsPanel.this::refresh);
        }
    }
}
