package cn.haitang.console.governance.ui;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.LocalizedFields;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.governance.CandidateForm;
import cn.haitang.console.governance.CandidateRow;
import cn.haitang.console.governance.CandidateStatus;
import cn.haitang.console.governance.CommitteeForm;
import cn.haitang.console.governance.CommitteeKind;
import cn.haitang.console.governance.CommitteeRow;
import cn.haitang.console.governance.CompoundGovernance;
import cn.haitang.console.governance.GovernanceService;
import cn.haitang.console.governance.MemberRole;
import cn.haitang.console.governance.MemberRow;
import cn.haitang.console.governance.VetterKind;
import cn.haitang.console.governance.VettingForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The committee-and-vetting tab of a compound: the committee, its members and the candidates' vetting history. */
class CommitteePanel extends VerticalLayout {

    private final GovernanceService governance;
    private final long compoundId;
    final Paragraph status = new Paragraph();
    final Paragraph summary = new Paragraph();
    final Button formCommittee;
    final Button editTerm;
    final Button propose;
    final Grid<MemberRow> memberGrid = new Grid<>();
    final Grid<CandidateRow> candidateGrid = new Grid<>();
    private @Nullable CompoundGovernance current;

    CommitteePanel(GovernanceService governance, long compoundId) {
        this.governance = governance;
        this.compoundId = compoundId;
        setPadding(false);
        status.setId("gov-committee-status");
        summary.setId("gov-committee-summary");
        formCommittee = GovUi.primary(this, VaadinIcon.PLUS, "gov.committee.form", () -> openCommitteeDialog(null));
        editTerm = new Button(getTranslation("gov.committee.editTerm"), VaadinIcon.EDIT.create(),
                e -> openCommitteeDialog(current == null ? null : current.committee()));
        propose = new Button(getTranslation("gov.candidate.propose"), VaadinIcon.USER_CHECK.create(),
                e -> openCandidateDialog());

        memberGrid.addColumn(MemberRow::name).setHeader(getTranslation("gov.member.name")).setAutoWidth(true);
        memberGrid.addColumn(m -> getTranslation(m.role().messageKey())).setHeader(getTranslation("gov.member.role"))
                .setAutoWidth(true);
        memberGrid.addColumn(m -> getTranslation(m.partyMember() ? "gov.yes" : "gov.no"))
                .setHeader(getTranslation("gov.member.party")).setAutoWidth(true);
        memberGrid.addComponentColumn(m -> GovUi.iconButton(this, VaadinIcon.CLOSE_SMALL, "gov.member.remove",
                () -> confirmRemove(m))).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        memberGrid.setAllRowsVisible(true);
        memberGrid.setEmptyStateText(getTranslation("grid.empty"));
        memberGrid.addThemeVariants(GridVariant.LUMO_COMPACT);

        candidateGrid.addColumn(CandidateRow::name).setHeader(getTranslation("gov.candidate.name")).setAutoWidth(true);
        candidateGrid.addColumn(c -> getTranslation(c.partyMember() ? "gov.yes" : "gov.no"))
                .setHeader(getTranslation("gov.candidate.party")).setAutoWidth(true);
        candidateGrid.addColumn(c -> Formats.date(c.proposedOn())).setHeader(getTranslation("gov.candidate.proposedOn"))
                .setAutoWidth(true);
        candidateGrid.addComponentColumn(c -> GovUi.badge(getTranslation(c.status().messageKey()), switch (c.status()) {
            case PROPOSED -> "contrast";
            case APPROVED -> "";
            case REJECTED -> "error";
            case ELECTED -> "success";
        })).setHeader(getTranslation("gov.candidate.status")).setAutoWidth(true);
        candidateGrid.addColumn(c -> c.vetterKind() == null ? "—" : getTranslation(c.vetterKind().messageKey()))
                .setHeader(getTranslation("gov.candidate.vetter")).setAutoWidth(true);
        candidateGrid.addColumn(c -> c.vettedBy() == null ? "—" : c.vettedBy())
                .setHeader(getTranslation("gov.candidate.vettedBy")).setAutoWidth(true);
        candidateGrid.addColumn(c -> Formats.date(c.vettedOn())).setHeader(getTranslation("gov.candidate.vettedOn"))
                .setAutoWidth(true);
        candidateGrid.addColumn(c -> c.reason() == null ? "" : c.reason()).setKey("reason").setHeader(getTranslation("gov.candidate.reason"))
                .setFlexGrow(1);
        candidateGrid.addComponentColumn(this::candidateActions).setHeader(getTranslation("common.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        candidateGrid.setAllRowsVisible(true);
        candidateGrid.setEmptyStateText(getTranslation("grid.empty"));
        candidateGrid.addThemeVariants(GridVariant.LUMO_COMPACT);

        HorizontalLayout committeeBar = new HorizontalLayout(summary, formCommittee, editTerm);
        committeeBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        committeeBar.setWrap(true);
        HorizontalLayout candidateBar = new HorizontalLayout(new H3(getTranslation("gov.candidates.title")), propose);
        candidateBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(status, committeeBar, new H3(getTranslation("gov.members.title")), memberGrid, candidateBar, candidateGrid);
        setWidthFull();
        refresh();
    }

    void refresh() {
        current = governance.overview(compoundId);
        status.setText(current.committeeRequired() ? getTranslation("gov.committee.required")
                : getTranslation("gov.committee.exempt", current.exemption() == null ? "" : current.exemption()));
        CommitteeRow committee = current.committee();
        formCommittee.setVisible(committee == null);
        editTerm.setVisible(committee != null);
        propose.setEnabled(committee != null);
        if (committee == null) {
            summary.setText(getTranslation("gov.committee.none"));
            memberGrid.setItems(List.of());
            candidateGrid.setItems(List.of());
            return;
        }
        summary.setText(getTranslation("gov.committee.summary", getTranslation(committee.kind().messageKey()),
                Formats.date(committee.termStart()), Formats.date(committee.termEnd()), committee.members(),
                committee.partyMembers(), GovUi.percent(committee.crossAppointmentRate())));
        memberGrid.setItems(governance.members(committee.id()));
        candidateGrid.setItems(governance.candidates(committee.id()));
    }

    private HorizontalLayout candidateActions(CandidateRow candidate) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (candidate.status() == CandidateStatus.PROPOSED) {
            actions.add(GovUi.iconButton(this, VaadinIcon.GAVEL, "gov.candidate.vet", () -> openVettingDialog(candidate)),
                    GovUi.iconButton(this, VaadinIcon.TRASH, "gov.candidate.withdraw", () -> confirmWithdraw(candidate)));
        }
        if (candidate.status() == CandidateStatus.APPROVED) {
            actions.add(GovUi.iconButton(this, VaadinIcon.USER_STAR, "gov.member.elect", () -> openElectDialog(candidate)));
        }
        return actions;
    }

    CommitteeDialog openCommitteeDialog(@Nullable CommitteeRow committee) {
        CommitteeDialog dialog = new CommitteeDialog(committee);
        dialog.open();
        return dialog;
    }

    CandidateDialog openCandidateDialog() {
        CandidateDialog dialog = new CandidateDialog();
        dialog.open();
        return dialog;
    }

    VettingDialog openVettingDialog(CandidateRow candidate) {
        VettingDialog dialog = new VettingDialog(candidate);
        dialog.open();
        return dialog;
    }

    ElectDialog openElectDialog(CandidateRow candidate) {
        ElectDialog dialog = new ElectDialog(candidate);
        dialog.open();
        return dialog;
    }

    void confirmRemove(MemberRow member) {
        Confirm.ask(getTranslation("gov.member.remove.title", member.name()),
                getTranslation("gov.member.remove.text", member.name()), getTranslation("gov.member.remove"),
                () -> run(() -> governance.removeMember(member.id(), member.version()),
                        getTranslation("gov.member.removed", member.name())));
    }

    void confirmWithdraw(CandidateRow candidate) {
        Confirm.ask(getTranslation("gov.candidate.withdraw.title", candidate.name()),
                getTranslation("gov.candidate.withdraw.text"), getTranslation("gov.candidate.withdraw"),
                () -> run(() -> governance.withdrawCandidate(candidate.id(), candidate.version()),
                        getTranslation("gov.candidate.withdrawn", candidate.name())));
    }

    private void run(Runnable action, String done) {
        try {
            action.run();
            Notifications.success(done);
        } catch (RuleViolationException e) {
            Notifications.error(RuleViolations.message(e));
        }
        refresh();
    }

    /** Forms the committee or changes its term. */
    class CommitteeDialog extends FormDialog {
        final Select<CommitteeKind> kind = new Select<>();
        final DatePicker termStart = LocalizedFields.datePicker(this, "gov.committee.termStart");
        final DatePicker termEnd = LocalizedFields.datePicker(this, "gov.committee.termEnd");
        private final @Nullable CommitteeRow committee;

        CommitteeDialog(@Nullable CommitteeRow committee) {
            super(committee == null ? "gov.committee.form" : "gov.committee.editTerm", false);
            this.committee = committee;
            kind.setLabel(getTranslation("gov.committee.kind"));
            kind.setItems(CommitteeKind.values());
            kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
            kind.setRequiredIndicatorVisible(true);
            termStart.setRequiredIndicatorVisible(true);
            termEnd.setRequiredIndicatorVisible(true);
            field("kind", kind);
            field("termStart", termStart);
            field("termEnd", termEnd);
            if (committee == null) {
                kind.setValue(current == null ? CommitteeKind.OWNERS : current.expectedKind());
            } else {
                kind.setValue(committee.kind());
                kind.setReadOnly(true);
                termStart.setValue(committee.termStart());
                termEnd.setValue(committee.termEnd());
            }
            termStart.focus();
        }

        @Override
        void submit() {
            CommitteeForm form = new CommitteeForm(kind.getValue(), termStart.getValue(), termEnd.getValue());
            if (committee == null) {
                governance.formCommittee(compoundId, form);
            } else {
                governance.changeTerm(committee.id(), committee.version(), form);
            }
            Notifications.success(getTranslation("gov.committee.saved"));
            refresh();
        }
    }

    /** Proposes a candidate. */
    class CandidateDialog extends FormDialog {
        final TextField name = new TextField(getTranslation("gov.candidate.name"));
        final Checkbox partyMember = new Checkbox(getTranslation("gov.candidate.party"));
        final DatePicker proposedOn = LocalizedFields.datePicker(this, "gov.candidate.proposedOn");

        CandidateDialog() {
            super("gov.candidate.propose", false);
            name.setRequiredIndicatorVisible(true);
            name.setMaxLength(32);
            proposedOn.setRequiredIndicatorVisible(true);
            proposedOn.setValue(LocalDate.now());
            field("name", name);
            field("proposedOn", proposedOn);
            form.add(partyMember);
            name.focus();
        }

        @Override
        void submit() {
            governance.proposeCandidate(committeeId(), new CandidateForm(name.getValue(), partyMember.getValue(),
                    proposedOn.getValue()));
            Notifications.success(getTranslation("gov.candidate.proposed", name.getValue().trim()));
            refresh();
        }
    }

    /** Records the party vetting of a candidate. */
    class VettingDialog extends FormDialog {
        final RadioButtonGroup<Boolean> decision = new RadioButtonGroup<>(getTranslation("gov.candidate.decision"));
        final Select<VetterKind> vetterKind = new Select<>();
        final TextField vettedBy = new TextField(getTranslation("gov.candidate.vettedBy"));
        final DatePicker vettedOn = LocalizedFields.datePicker(this, "gov.candidate.vettedOn");
        final TextArea reason = new TextArea(getTranslation("gov.candidate.reason"));
        private final CandidateRow candidate;

        VettingDialog(CandidateRow candidate) {
            super("gov.candidate.vet.title", true, candidate.name());
            this.candidate = candidate;
            decision.setItems(true, false);
            decision.setItemLabelGenerator(b -> getTranslation(b ? "gov.candidate.approve" : "gov.candidate.reject"));
            decision.setValue(true);
            vetterKind.setLabel(getTranslation("gov.candidate.vetter"));
            vetterKind.setItems(VetterKind.values());
            vetterKind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
            vetterKind.setValue(VetterKind.COMPOUND_BRANCH);
            vettedBy.setRequiredIndicatorVisible(true);
            vettedBy.setMaxLength(32);
            vettedOn.setRequiredIndicatorVisible(true);
            vettedOn.setValue(LocalDate.now());
            reason.setMaxLength(500);
            field("approved", decision);
            field("vetterKind", vetterKind);
            field("vettedBy", vettedBy);
            field("vettedOn", vettedOn);
            field("reason", reason);
            form.setColspan(reason, 2);
            decision.addValueChangeListener(e -> reason.setRequiredIndicatorVisible(Boolean.FALSE.equals(e.getValue())));
            vettedBy.focus();
        }

        @Override
        void submit() {
            governance.vetCandidate(candidate.id(), candidate.version(), new VettingForm(
                    Boolean.TRUE.equals(decision.getValue()), vetterKind.getValue(), vettedBy.getValue(),
                    vettedOn.getValue(), reason.getValue()));
            Notifications.success(getTranslation("gov.candidate.vetted", candidate.name()));
            refresh();
        }
    }

    /** Records an approved candidate as elected. */
    class ElectDialog extends FormDialog {
        final Select<MemberRole> role = new Select<>();
        private final CandidateRow candidate;

        ElectDialog(CandidateRow candidate) {
            super("gov.member.elect.title", false, candidate.name());
            this.candidate = candidate;
            role.setLabel(getTranslation("gov.member.role"));
            role.setItems(MemberRole.values());
            role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
            role.setValue(MemberRole.MEMBER);
            field("role", role);
            role.focus();
        }

        @Override
        void submit() {
            governance.electMember(candidate.id(), candidate.version(), role.getValue());
            Notifications.success(getTranslation("gov.member.elected", candidate.name()));
            refresh();
        }
    }

    private long committeeId() {
        if (current == null || current.committee() == null) {
            throw new RuleViolationException("error.notFound");
        }
        return current.committee().id();
    }
}
