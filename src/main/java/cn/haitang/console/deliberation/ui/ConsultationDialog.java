package cn.haitang.console.deliberation.ui;

import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.deliberation.ConsultationDetail;
import cn.haitang.console.deliberation.ConsultationPlanService;
import cn.haitang.console.deliberation.PositionForm;
import cn.haitang.console.deliberation.PositionRow;
import cn.haitang.console.deliberation.Stance;
import cn.haitang.console.deliberation.TaskForm;
import cn.haitang.console.deliberation.TaskRow;
import cn.haitang.console.deliberation.ConsultationRow;
import cn.haitang.console.deliberation.ConsultationService;
import cn.haitang.console.deliberation.ConsultationState;
import cn.haitang.console.deliberation.PartyRole;
import cn.haitang.console.deliberation.PartyRow;
import cn.haitang.console.deliberation.RoundForm;
import cn.haitang.console.deliberation.RoundRow;
import cn.haitang.console.deliberation.VoteService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;

/**
 * A consultation: its question, the parties (the community party committee leads), the rounds, the owners' vote
 * when the plan needs one, and the final plan with who does what. Every change goes through the services and the
 * dialog reloads what they stored.
 */
class ConsultationDialog extends Dialog {

    private final ConsultationService consultations;
    private final VoteService votes;
    private final ConsultationPlanService plans;
    private final LocalDate today;
    private final Runnable onChanged;
    private final long id;
    final Div body = new Div();
    final Grid<PartyRow> parties;
    final Grid<RoundRow> rounds;
    final Grid<PositionRow> positions;
    final Grid<TaskRow> tasks;
    final Button addParty = new Button();
    final Button addRound = new Button();
    final Button addPosition = new Button();
    final Button addTask = new Button();
    final Button close = new Button();
    VotePanel vote;

    ConsultationDialog(ConsultationService consultations, VoteService votes, ConsultationPlanService plans, long id,
                       LocalDate today, Runnable onChanged) {
        this.consultations = consultations;
        this.votes = votes;
        this.plans = plans;
        this.today = today;
        this.onChanged = onChanged;
        this.id = id;
        setWidth("min(1000px, 96vw)");
        addClassName("delib-consultation");
        parties = DelibUi.grid(this);
        parties.addColumn(p -> getTranslation(p.role().messageKey())).setHeader(getTranslation("delib.party.role"))
                .setAutoWidth(true);
        parties.addColumn(PartyRow::name).setHeader(getTranslation("delib.party.name")).setFlexGrow(2);
        parties.setAllRowsVisible(true);
        rounds = DelibUi.grid(this);
        rounds.addColumn(r -> getTranslation("delib.round.number", r.number())).setAutoWidth(true);
        rounds.addColumn(r -> Formats.date(r.heldOn())).setHeader(getTranslation("delib.round.heldOn")).setAutoWidth(true);
        rounds.addColumn(RoundRow::minutes).setHeader(getTranslation("delib.round.minutes")).setFlexGrow(2);
        rounds.addColumn(RoundRow::options).setHeader(getTranslation("delib.round.options")).setFlexGrow(1);
        rounds.addColumn(RoundRow::positions).setHeader(getTranslation("delib.round.positions")).setFlexGrow(1);
        rounds.setAllRowsVisible(true);
        positions = DelibUi.grid(this);
        positions.setId("delib-positions");
        positions.addColumn(p -> getTranslation("delib.round.number", p.roundNumber()))
                .setHeader(getTranslation("delib.position.round")).setAutoWidth(true);
        positions.addColumn(PositionRow::partyName).setHeader(getTranslation("delib.party.name")).setAutoWidth(true);
        positions.addComponentColumn(p -> Badges.badge(getTranslation(p.stance().messageKey()), tone(p.stance())))
                .setHeader(getTranslation("delib.position.stance")).setAutoWidth(true);
        positions.addColumn(PositionRow::statement).setHeader(getTranslation("delib.position.statement")).setFlexGrow(2);
        positions.setAllRowsVisible(true);
        tasks = DelibUi.grid(this);
        tasks.setId("delib-tasks");
        tasks.addColumn(TaskRow::partyName).setHeader(getTranslation("delib.task.party")).setAutoWidth(true);
        tasks.addColumn(TaskRow::task).setHeader(getTranslation("delib.task.task")).setFlexGrow(2);
        tasks.addColumn(t -> Formats.date(t.dueOn())).setHeader(getTranslation("delib.task.dueOn")).setAutoWidth(true);
        tasks.setAllRowsVisible(true);
        addPosition.setText(getTranslation("delib.position.add"));
        addPosition.setIcon(VaadinIcon.COMMENTS_O.create());
        addPosition.addClickListener(e -> positionForm());
        addTask.setText(getTranslation("delib.task.add"));
        addTask.setIcon(VaadinIcon.PLUS.create());
        addTask.addClickListener(e -> taskForm(null));
        addParty.setText(getTranslation("delib.party.add"));
        addParty.setIcon(VaadinIcon.PLUS.create());
        addParty.addClickListener(e -> partyForm());
        addRound.setText(getTranslation("delib.round.add"));
        addRound.setIcon(VaadinIcon.PLUS.create());
        addRound.addClickListener(e -> roundForm());
        close.setText(getTranslation("delib.consultation.close"));
        close.setId("delib-close-consultation");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClickListener(e -> planForm());
        add(body);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        reload();
    }

    /** Reads the consultation again and rebuilds the dialog's sections. */
    void reload() {
        ConsultationDetail detail = consultations.detail(id);
        ConsultationRow row = detail.row();
        boolean open = row.state() == ConsultationState.OPEN;
        setHeaderTitle(row.title());
        body.removeAll();
        body.add(Badges.badge(getTranslation(row.state().messageKey()), open ? Badges.Tone.WARNING : Badges.Tone.SUCCESS),
                new Paragraph(row.townName() + " · " + row.communityName() + " · " + row.compoundName() + " · "
                        + Formats.date(row.openedOn())), new Paragraph(row.question()));
        parties.setItems(detail.parties());
        parties.getColumns().stream().skip(2).forEach(parties::removeColumn);
        if (open) {
            parties.addComponentColumn(p -> {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> Confirm.ask(getTranslation("delib.party.remove"),
                        p.name(), getTranslation("delib.party.remove"), () -> {
                            if (DelibUi.attempt(() -> consultations.removeParty(p.id()))) {
                                changed();
                            }
                        }));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setTooltipText(getTranslation("delib.party.remove"));
                remove.setVisible(p.role() != PartyRole.LEAD);
                return remove;
            }).setAutoWidth(true);
        }
        rounds.setItems(detail.rounds());
        positions.setItems(detail.positions());
        positions.getColumns().stream().skip(4).forEach(positions::removeColumn);
        tasks.setItems(detail.tasks());
        tasks.getColumns().stream().skip(3).forEach(tasks::removeColumn);
        if (open) {
            positions.addComponentColumn(p -> removeButton("delib.position.remove", p.partyName(),
                    () -> plans.removePosition(p.id(), p.version()))).setAutoWidth(true);
            tasks.addComponentColumn(t -> {
                Button edit = new Button(VaadinIcon.EDIT.create(), e -> taskForm(t));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setTooltipText(getTranslation("delib.task.edit"));
                return new Div(edit, removeButton("delib.task.remove", t.task(), () -> plans.removeTask(t.id(), t.version())));
            }).setAutoWidth(true);
        }
        body.add(new H4(getTranslation("delib.consultation.parties")), parties);
        if (open) {
            body.add(addParty);
        }
        body.add(new H4(getTranslation("delib.consultation.rounds")), rounds);
        if (open) {
            body.add(addRound);
        }
        body.add(new H4(getTranslation("delib.consultation.positions")));
        if (detail.positions().isEmpty()) {
            body.add(new Paragraph(getTranslation("delib.position.none")));
        } else {
            body.add(positions);
        }
        if (open && !detail.rounds().isEmpty()) {
            body.add(addPosition);
        }
        vote = new VotePanel(votes, detail, this::changed);
        body.add(vote);
        body.add(new H4(getTranslation("delib.consultation.tasks")));
        if (detail.tasks().isEmpty()) {
            body.add(new Paragraph(getTranslation("delib.task.none")));
        } else {
            body.add(tasks);
        }
        if (open) {
            body.add(addTask);
        }
        body.add(new H4(getTranslation("delib.consultation.plan")));
        if (open) {
            body.add(close);
        } else {
            Paragraph plan = new Paragraph(row.plan());
            plan.setId("delib-plan");
            body.add(plan);
            if (row.duties() != null) {
                body.add(new H4(getTranslation("delib.consultation.duties")), new Paragraph(row.duties()));
            }
            body.add(
                    new Paragraph(getTranslation("delib.consultation.closedOn") + " " + Formats.date(row.closedOn())));
        }
    }

    private Button removeButton(String key, String what, Runnable action) {
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> Confirm.ask(getTranslation(key), what,
                getTranslation(key), () -> {
                    if (DelibUi.attempt(action)) {
                        changed();
                    }
                }));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setTooltipText(getTranslation(key));
        return remove;
    }

    private static Badges.Tone tone(Stance stance) {
        return switch (stance) {
            case SUPPORT -> Badges.Tone.SUCCESS;
            case CONDITIONAL -> Badges.Tone.WARNING;
            case OPPOSE -> Badges.Tone.ERROR;
            case RESERVED -> Badges.Tone.NEUTRAL;
        };
    }

    /** A party's position in a round: the same party and round again replaces what was recorded. */
    FormDialog positionForm() {
        ConsultationDetail detail = consultations.detail(id);
        FormDialog dialog = new FormDialog(getTranslation("delib.position.add"));
        Select<RoundRow> round = dialog.select("roundId", "delib.position.round", detail.rounds(),
                r -> getTranslation("delib.round.number", r.number()), FormDialog.Need.REQUIRED);
        Select<PartyRow> party = dialog.select("partyId", "delib.party.name", detail.parties(), PartyRow::name,
                FormDialog.Need.REQUIRED);
        Select<Stance> stance = dialog.select("stance", "delib.position.stance", List.of(Stance.values()),
                st -> getTranslation(st.messageKey()), FormDialog.Need.REQUIRED);
        TextArea statement = dialog.textArea("statement", "delib.position.statement", 500, FormDialog.Need.REQUIRED);
        if (!detail.rounds().isEmpty()) {
            round.setValue(detail.rounds().getLast());
        }
        dialog.onSave(() -> {
            plans.setPosition(id, new PositionForm(round.getValue() == null ? null : round.getValue().id(),
                    party.getValue() == null ? null : party.getValue().id(), stance.getValue(), statement.getValue()));
            return getTranslation("delib.saved");
        }, this::changed);
        dialog.open();
        return dialog;
    }

    /** A task of the final plan: which party, what, by when; {@code existing} to change one. */
    FormDialog taskForm(@org.jspecify.annotations.Nullable TaskRow existing) {
        ConsultationDetail detail = consultations.detail(id);
        FormDialog dialog = new FormDialog(getTranslation(existing == null ? "delib.task.add" : "delib.task.edit"));
        Select<PartyRow> party = dialog.select("partyId", "delib.task.party", detail.parties(), PartyRow::name,
                FormDialog.Need.REQUIRED);
        TextField task = dialog.text("task", "delib.task.task", 300, FormDialog.Need.REQUIRED);
        DatePicker dueOn = dialog.date("dueOn", "delib.task.dueOn", detail.row().openedOn(), today.plusYears(5),
                FormDialog.Need.REQUIRED);
        if (existing != null) {
            detail.parties().stream().filter(p -> p.id() == existing.partyId()).findFirst().ifPresent(party::setValue);
            task.setValue(existing.task());
            dueOn.setValue(existing.dueOn());
        }
        dialog.onSave(() -> {
            TaskForm form = new TaskForm(party.getValue() == null ? null : party.getValue().id(), task.getValue(),
                    dueOn.getValue());
            if (existing == null) {
                plans.addTask(id, form);
            } else {
                plans.updateTask(existing.id(), existing.version(), form);
            }
            return getTranslation("delib.saved");
        }, this::changed);
        dialog.open();
        return dialog;
    }

    private void changed() {
        reload();
        onChanged.run();
    }

    FormDialog partyForm() {
        FormDialog dialog = new FormDialog(getTranslation("delib.party.add"));
        Select<PartyRole> role = dialog.select("role", "delib.party.role", List.of(PartyRole.values()),
                r -> getTranslation(r.messageKey()), FormDialog.Need.REQUIRED);
        TextField name = dialog.text("name", "delib.party.name", 100, FormDialog.Need.REQUIRED);
        dialog.onSave(() -> {
            consultations.addParty(id, role.getValue(), name.getValue());
            return getTranslation("delib.saved");
        }, this::changed);
        dialog.open();
        return dialog;
    }

    FormDialog roundForm() {
        FormDialog dialog = new FormDialog(getTranslation("delib.round.add"));
        DatePicker heldOn = dialog.date("heldOn", "delib.round.heldOn", consultations.detail(id).row().openedOn(), today,
                FormDialog.Need.REQUIRED);
        heldOn.setValue(today);
        TextArea minutes = dialog.textArea("minutes", "delib.round.minutes", 4000, FormDialog.Need.REQUIRED);
        TextArea options = dialog.textArea("options", "delib.round.options", 2000, FormDialog.Need.REQUIRED);
        TextArea positions = dialog.textArea("positions", "delib.round.positions", 2000, FormDialog.Need.REQUIRED);
        dialog.onSave(() -> {
            consultations.addRound(id, new RoundForm(heldOn.getValue(), minutes.getValue(), options.getValue(),
                    positions.getValue()));
            return getTranslation("delib.saved");
        }, this::changed);
        dialog.open();
        return dialog;
    }

    FormDialog planForm() {
        FormDialog dialog = new FormDialog(getTranslation("delib.consultation.close"));
        TextArea plan = dialog.textArea("plan", "delib.consultation.plan", 4000, FormDialog.Need.REQUIRED);
        boolean withTasks = !consultations.detail(id).tasks().isEmpty();
        TextArea duties = dialog.textArea("duties", "delib.consultation.duties", 2000,
                withTasks ? FormDialog.Need.OPTIONAL : FormDialog.Need.REQUIRED);
        if (withTasks) {
            duties.setHelperText(getTranslation("delib.consultation.duties.withTasks"));
        }
        dialog.onSave(() -> {
            consultations.close(id, consultations.detail(id).row().version(), plan.getValue(), duties.getValue());
            return getTranslation("delib.consultation.closed");
        }, this::changed);
        dialog.open();
        return dialog;
    }
}
