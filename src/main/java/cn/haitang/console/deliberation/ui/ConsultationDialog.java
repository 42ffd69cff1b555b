package cn.haitang.console.deliberation.ui;

import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.deliberation.ConsultationDetail;
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
    private final LocalDate today;
    private final Runnable onChanged;
    private final long id;
    final Div body = new Div();
    final Grid<PartyRow> parties;
    final Grid<RoundRow> rounds;
    final Button addParty = new Button();
    final Button addRound = new Button();
    final Button close = new Button();
    VotePanel vote;

    ConsultationDialog(ConsultationService consultations, VoteService votes, long id, LocalDate today, Runnable onChanged) {
        this.consultations = consultations;
        this.votes = votes;
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
        body.add(new H4(getTranslation("delib.consultation.parties")), parties);
        if (open) {
            body.add(addParty);
        }
        body.add(new H4(getTranslation("delib.consultation.rounds")), rounds);
        if (open) {
            body.add(addRound);
        }
        vote = new VotePanel(votes, detail, this::changed);
        body.add(vote);
        body.add(new H4(getTranslation("delib.consultation.plan")));
        if (open) {
            body.add(close);
        } else {
            Paragraph plan = new Paragraph(row.plan());
            plan.setId("delib-plan");
            body.add(plan, new H4(getTranslation("delib.consultation.duties")), new Paragraph(row.duties()),
                    new Paragraph(getTranslation("delib.consultation.closedOn") + " " + Formats.date(row.closedOn())));
        }
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
        TextArea duties = dialog.textArea("duties", "delib.consultation.duties", 2000, FormDialog.Need.REQUIRED);
        dialog.onSave(() -> {
            consultations.close(id, consultations.detail(id).row().version(), plan.getValue(), duties.getValue());
            return getTranslation("delib.consultation.closed");
        }, this::changed);
        dialog.open();
        return dialog;
    }
}
