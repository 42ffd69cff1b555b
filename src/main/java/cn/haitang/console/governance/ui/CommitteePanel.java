package cn.haitang.console.governance.ui;

import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.governance.CandidateForm;
import cn.haitang.console.governance.CandidateRow;
import cn.haitang.console.governance.CandidateStatus;
import cn.haitang.console.governance.CommitteeForm;
import cn.haitang.console.governance.CommitteeKind;
import cn.haitang.console.governance.CommitteeRow;
import cn.haitang.console.governance.CommitteeService;
import cn.haitang.console.governance.CompoundGovernance;
import cn.haitang.console.governance.MemberRole;
import cn.haitang.console.governance.MemberRow;
import cn.haitang.console.governance.VetterKind;
import cn.haitang.console.governance.VettingForm;
import cn.haitang.console.governance.VettingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The committee-and-vetting tab of a compound: the committee, its members and the candidates' vetting history. */
class CommitteePanel extends VerticalLayout {

    private final CommitteeService committees;
    private final VettingService vetting;
    private final Clock clock;
    private final long compoundId;
    final Paragraph status = new Paragraph();
    final Paragraph summary = new Paragraph();
    final Button formCommittee;
    final Button editTerm;
    final Button propose;
    final Grid<MemberRow> memberGrid = new Grid<>();
    final Grid<CandidateRow> candidateGrid = new Grid<>();
    private @Nullable CompoundGovernance current;

    CommitteePanel(CommitteeService committees, VettingService vetting, Clock clock, long compoundId) {
        this.committees = committees;
        this.vetting = vetting;
        this.clock = clock;
        this.compoundId = compoundId;
        setPadding(false);
        status.setId("gov-committee-status");
        summary.setId("gov-committee-summary");
        formCommittee = GovUi.primary(this, VaadinIcon.PLUS, "gov.committee.form", () -> openCommitteeDialog(null));
        editTerm = GovUi.secondary(this, VaadinIcon.EDIT, "gov.committee.editTerm",
                () -> openCommitteeDialog(current == null ? null : current.committee()));
        propose = GovUi.secondary(this, VaadinIcon.USER_CHECK, "gov.candidate.propose", this::openCandidateDialog);

        memberGrid.addColumn(MemberRow::name).setHeader(getTranslation("gov.member.name")).setAutoWidth(true);
        memberGrid.addColumn(m -> getTranslation(m.role().messageKey())).setHeader(getTranslation("gov.member.role"))
                .setAutoWidth(true);
        memberGrid.addColumn(m -> GovUi.yesNo(this, m.partyMember())).setHeader(getTranslation("gov.member.party"))
                .setAutoWidth(true);
        memberGrid.addComponentColumn(m -> GovUi.iconButton(this, VaadinIcon.CLOSE_SMALL, "gov.member.remove",
                () -> confirmRemove(m))).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        GovUi.compact(memberGrid);

        candidateGrid.addColumn(CandidateRow::name).setHeader(getTranslation("gov.candidate.name")).setAutoWidth(true);
        candidateGrid.addColumn(c -> GovUi.yesNo(this, c.partyMember())).setHeader(getTranslation("gov.candidate.party"))
                .setAutoWidth(true);
        candidateGrid.addColumn(c -> Formats.date(c.proposedOn())).setHeader(getTranslation("gov.candidate.proposedOn"))
                .setAutoWidth(true);
        candidateGrid.addComponentColumn(this::statusBadge).setHeader(getTranslation("gov.candidate.status"))
                .setAutoWidth(true);
        candidateGrid.addColumn(c -> c.vetterKind() == null ? "—" : getTranslation(c.vetterKind().messageKey()))
                .setHeader(getTranslation("gov.candidate.vetter")).setAutoWidth(true);
        candidateGrid.addColumn(c -> c.vettedBy() == null ? "—" : c.vettedBy())
                .setHeader(getTranslation("gov.candidate.vettedBy")).setAutoWidth(true);
        candidateGrid.addColumn(c -> Formats.date(c.vettedOn())).setHeader(getTranslation("gov.candidate.vettedOn"))
                .setAutoWidth(true);
        candidateGrid.addColumn(c -> c.reason() == null ? "" : c.reason()).setKey("reason")
                .setHeader(getTranslation("gov.candidate.reason")).setFlexGrow(1);
        candidateGrid.addComponentColumn(this::candidateActions).setHeader(getTranslation("common.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        PhoneGrid.cards(candidateGrid, candidateGrid.addComponentColumn(c -> PhoneGrid.card(c.name(),
                new Object[] {statusBadge(c), getTranslation("gov.candidate.party") + " " + GovUi.yesNo(this, c.partyMember())},
                getTranslation("gov.candidate.proposedOn") + " " + Formats.date(c.proposedOn())
                        + (c.vettedBy() == null ? "" : " · " + c.vettedBy() + " " + Formats.date(c.vettedOn())),
                c.reason(), candidateActions(c))).setHeader(getTranslation("gov.candidate.name")));
        GovUi.compact(candidateGrid);

        HorizontalLayout committeeBar = new HorizontalLayout(summary, formCommittee, editTerm);
        committeeBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        committeeBar.setWrap(true);
        add(status, committeeBar, new H3(getTranslation("gov.members.title")), memberGrid,
                GovUi.section("gov.candidates.title", propose), candidateGrid);
        setWidthFull();
        refresh();
    }

    void refresh() {
        CompoundGovernance shown = committees.overview(compoundId);
        current = shown;
        status.setText(shown.committeeRequired() ? getTranslation("gov.committee.required")
                : getTranslation("gov.committee.exempt", shown.exemption() == null ? "" : shown.exemption()));
        CommitteeRow committee = shown.committee();
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
        memberGrid.setItems(vetting.members(committee.id()));
        candidateGrid.setItems(vetting.candidates(committee.id()));
    }

    private Span statusBadge(CandidateRow candidate) {
        return Badges.badge(getTranslation(candidate.status().messageKey()), switch (candidate.status()) {
            case PROPOSED -> Badges.Tone.CONTRAST;
            case APPROVED -> Badges.Tone.NEUTRAL;
            case REJECTED -> Badges.Tone.ERROR;
            case ELECTED -> Badges.Tone.SUCCESS;
        });
    }

    private HorizontalLayout candidateActions(CandidateRow candidate) {
        HorizontalLayout actions = GovUi.actions();
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
        return GovUi.open(new CommitteeDialog(committee));
    }

    CandidateDialog openCandidateDialog() {
        return GovUi.open(new CandidateDialog());
    }

    VettingDialog openVettingDialog(CandidateRow candidate) {
        return GovUi.open(new VettingDialog(candidate));
    }

    ElectDialog openElectDialog(CandidateRow candidate) {
        return GovUi.open(new ElectDialog(candidate));
    }

    void confirmRemove(MemberRow member) {
        Confirm.ask(getTranslation("gov.member.remove.title", member.name()),
                getTranslation("gov.member.remove.text", member.name()), getTranslation("gov.member.remove"),
                () -> GovUi.run(() -> vetting.removeMember(member.id(), member.version()),
                        getTranslation("gov.member.removed", member.name()), this::refresh));
    }

    void confirmWithdraw(CandidateRow candidate) {
        Confirm.ask(getTranslation("gov.candidate.withdraw.title", candidate.name()),
                getTranslation("gov.candidate.withdraw.text"), getTranslation("gov.candidate.withdraw"),
                () -> GovUi.run(() -> vetting.withdrawCandidate(candidate.id(), candidate.version()),
                        getTranslation("gov.candidate.withdrawn", candidate.name()), this::refresh));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A proposal or vetting date: up to today, from the earliest possible committee term. */
    private DatePicker electionDate(FormDialog dialog, String name, String labelKey) {
        DatePicker date = dialog.date(name, labelKey, CommitteeService.EARLIEST_TERM_START, today(),
                FormDialog.Need.REQUIRED);
        date.setValue(today());
        return date;
    }

    /** Forms the committee or changes its term. */
    class CommitteeDialog extends FormDialog {
        final Select<CommitteeKind> kind = select("kind", "gov.committee.kind", List.of(CommitteeKind.values()),
                k -> getTranslation(k.messageKey()), Need.REQUIRED);
        final DatePicker termStart = date("termStart", "gov.committee.termStart", CommitteeService.EARLIEST_TERM_START,
                CommitteeService.latestTermDate(today()), Need.REQUIRED);
        final DatePicker termEnd = date("termEnd", "gov.committee.termEnd", CommitteeService.EARLIEST_TERM_START,
                CommitteeService.latestTermDate(today()), Need.REQUIRED);

        CommitteeDialog(@Nullable CommitteeRow committee) {
            super(GovUi.t(committee == null ? "gov.committee.form" : "gov.committee.editTerm"));
            if (committee == null) {
                kind.setValue(current == null ? CommitteeKind.OWNERS : current.expectedKind());
            } else {
                kind.setValue(committee.kind());
                kind.setReadOnly(true);
                termStart.setValue(committee.termStart());
                termEnd.setValue(committee.termEnd());
            }
            termStart.focus();
            onSave(() -> {
                CommitteeForm form = new CommitteeForm(kind.getValue(), termStart.getValue(), termEnd.getValue());
                if (committee == null) {
                    committees.formCommittee(compoundId, form);
                } else {
                    committees.changeTerm(committee.id(), committee.version(), form);
                }
                return getTranslation("gov.committee.saved");
            }, CommitteePanel.this::refresh);
        }
    }

    /** Proposes a candidate. */
    class CandidateDialog extends FormDialog {
        final TextField name = text("name", "gov.candidate.name", 32, Need.REQUIRED);
        final DatePicker proposedOn = electionDate(this, "proposedOn", "gov.candidate.proposedOn");
        final Checkbox partyMember = checkbox("gov.candidate.party");

        CandidateDialog() {
            super(GovUi.t("gov.candidate.propose"));
            name.focus();
            onSave(() -> {
                vetting.proposeCandidate(committeeId(), new CandidateForm(name.getValue(), partyMember.getValue(),
                        proposedOn.getValue()));
                return getTranslation("gov.candidate.proposed", name.getValue().strip());
            }, CommitteePanel.this::refresh);
        }
    }

    /** Records the party vetting of a candidate. */
    class VettingDialog extends FormDialog {
        final RadioButtonGroup<Boolean> decision = field("approved",
                new RadioButtonGroup<Boolean>(GovUi.t("gov.candidate.decision")), Need.REQUIRED);
        final Select<VetterKind> vetterKind = select("vetterKind", "gov.candidate.vetter", List.of(VetterKind.values()),
                k -> getTranslation(k.messageKey()), Need.REQUIRED);
        final TextField vettedBy = text("vettedBy", "gov.candidate.vettedBy", 32, Need.REQUIRED);
        final DatePicker vettedOn = electionDate(this, "vettedOn", "gov.candidate.vettedOn");
        final TextArea reason = textArea("reason", "gov.candidate.reason", 500, Need.OPTIONAL);

        VettingDialog(CandidateRow candidate) {
            super(GovUi.t("gov.candidate.vet.title", candidate.name()));
            decision.setItems(true, false);
            decision.setItemLabelGenerator(b -> getTranslation(b ? "gov.candidate.approve" : "gov.candidate.reject"));
            decision.setValue(true);
            vetterKind.setValue(VetterKind.COMPOUND_BRANCH);
            decision.addValueChangeListener(e -> reason.setRequiredIndicatorVisible(Boolean.FALSE.equals(e.getValue())));
            vettedBy.focus();
            onSave(() -> {
                vetting.vetCandidate(candidate.id(), candidate.version(), new VettingForm(
                        Boolean.TRUE.equals(decision.getValue()), vetterKind.getValue(), vettedBy.getValue(),
                        vettedOn.getValue(), reason.getValue()));
                return getTranslation("gov.candidate.vetted", candidate.name());
            }, CommitteePanel.this::refresh);
        }
    }

    /** Records an approved candidate as elected. */
    class ElectDialog extends FormDialog {
        final Select<MemberRole> role = select("role", "gov.member.role", List.of(MemberRole.values()),
                r -> getTranslation(r.messageKey()), Need.REQUIRED);

        ElectDialog(CandidateRow candidate) {
            super(GovUi.t("gov.member.elect.title", candidate.name()));
            role.setValue(MemberRole.MEMBER);
            role.focus();
            onSave(() -> {
                vetting.electMember(candidate.id(), candidate.version(), role.getValue());
                return getTranslation("gov.member.elected", candidate.name());
            }, CommitteePanel.this::refresh);
        }
    }

    private long committeeId() {
        CommitteeRow committee = current == null ? null : current.committee();
        if (committee == null) {
            throw new RuleViolationException("error.notFound");
        }
        return committee.id();
    }
}
