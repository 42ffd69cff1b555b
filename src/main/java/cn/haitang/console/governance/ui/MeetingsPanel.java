package cn.haitang.console.governance.ui;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.LocalizedFields;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.governance.GovernanceService;
import cn.haitang.console.governance.MeetingForm;
import cn.haitang.console.governance.MeetingRow;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The four-party coordination meeting log of a compound. */
class MeetingsPanel extends VerticalLayout {

    static final List<String> PARTIES = List.of("communityParty", "compoundBranch", "committee", "propertyCompany");
    private final GovernanceService governance;
    private final long compoundId;
    final Grid<MeetingRow> grid = new Grid<>();

    MeetingsPanel(GovernanceService governance, long compoundId) {
        this.governance = governance;
        this.compoundId = compoundId;
        setPadding(false);
        grid.addColumn(m -> Formats.date(m.meetingDate())).setHeader(getTranslation("gov.meeting.date")).setAutoWidth(true);
        grid.addColumn(this::parties).setHeader(getTranslation("gov.meeting.parties")).setAutoWidth(true);
        grid.addColumn(MeetingRow::topics).setHeader(getTranslation("gov.meeting.topics")).setFlexGrow(1);
        grid.addColumn(MeetingRow::decisions).setHeader(getTranslation("gov.meeting.decisions")).setFlexGrow(1);
        grid.addComponentColumn(m -> {
            HorizontalLayout actions = new HorizontalLayout(
                    GovUi.iconButton(this, VaadinIcon.EDIT, "gov.meeting.edit", () -> openDialog(m)),
                    GovUi.iconButton(this, VaadinIcon.TRASH, "gov.delete", () -> confirmDelete(m)));
            actions.setSpacing(false);
            return actions;
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addItemDoubleClickListener(e -> openDialog(e.getItem()));
        add(GovUi.primary(this, VaadinIcon.PLUS, "gov.meeting.add", () -> openDialog(null)), grid);
        setWidthFull();
        refresh();
    }

    void refresh() {
        grid.setItems(governance.meetings(compoundId));
    }

    private String parties(MeetingRow m) {
        List<String> names = new ArrayList<>();
        boolean[] present = {m.communityParty(), m.compoundBranch(), m.committee(), m.propertyCompany()};
        for (int i = 0; i < PARTIES.size(); i++) {
            if (present[i]) {
                names.add(getTranslation("gov.meeting." + PARTIES.get(i)));
            }
        }
        return String.join("、", names);
    }

    MeetingDialog openDialog(@Nullable MeetingRow meeting) {
        MeetingDialog dialog = new MeetingDialog(meeting);
        dialog.open();
        return dialog;
    }

    void confirmDelete(MeetingRow meeting) {
        Confirm.ask(getTranslation("gov.meeting.delete.title", Formats.date(meeting.meetingDate())),
                getTranslation("gov.meeting.delete.text"), getTranslation("gov.delete"), () -> {
                    try {
                        governance.deleteMeeting(meeting.id(), meeting.version());
                        Notifications.success(getTranslation("gov.meeting.deleted"));
                    } catch (RuleViolationException e) {
                        Notifications.error(RuleViolations.message(e));
                    }
                    refresh();
                });
    }

    class MeetingDialog extends FormDialog {
        final DatePicker meetingDate = LocalizedFields.datePicker(this, "gov.meeting.date");
        final CheckboxGroup<String> parties = new CheckboxGroup<>(getTranslation("gov.meeting.parties"));
        final TextArea topics = new TextArea(getTranslation("gov.meeting.topics"));
        final TextArea decisions = new TextArea(getTranslation("gov.meeting.decisions"));
        private final @Nullable MeetingRow meeting;

        MeetingDialog(@Nullable MeetingRow meeting) {
            super(meeting == null ? "gov.meeting.add" : "gov.meeting.edit", true);
            this.meeting = meeting;
            meetingDate.setRequiredIndicatorVisible(true);
            parties.setItems(PARTIES);
            parties.setItemLabelGenerator(p -> getTranslation("gov.meeting." + p));
            parties.setRequiredIndicatorVisible(true);
            topics.setRequiredIndicatorVisible(true);
            topics.setMaxLength(1000);
            decisions.setRequiredIndicatorVisible(true);
            decisions.setMaxLength(1000);
            field("meetingDate", meetingDate);
            field("parties", parties);
            field("topics", topics);
            field("decisions", decisions);
            form.setColspan(parties, 2);
            form.setColspan(topics, 2);
            form.setColspan(decisions, 2);
            if (meeting == null) {
                meetingDate.setValue(LocalDate.now());
            } else {
                meetingDate.setValue(meeting.meetingDate());
                boolean[] present = {meeting.communityParty(), meeting.compoundBranch(), meeting.committee(),
                        meeting.propertyCompany()};
                parties.setValue(java.util.stream.IntStream.range(0, 4).filter(i -> present[i]).mapToObj(PARTIES::get)
                        .collect(Collectors.toSet()));
                topics.setValue(meeting.topics());
                decisions.setValue(meeting.decisions());
            }
            meetingDate.focus();
        }

        @Override
        void submit() {
            Set<String> p = parties.getValue();
            MeetingForm form = new MeetingForm(meetingDate.getValue(), p.contains("communityParty"),
                    p.contains("compoundBranch"), p.contains("committee"), p.contains("propertyCompany"),
                    topics.getValue(), decisions.getValue());
            if (meeting == null) {
                governance.addMeeting(compoundId, form);
            } else {
                governance.updateMeeting(meeting.id(), meeting.version(), form);
            }
            Notifications.success(getTranslation("gov.meeting.saved"));
            refresh();
        }
    }
}
