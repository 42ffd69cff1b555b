package cn.haitang.console.deliberation.ui;

import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.deliberation.Article278;
import cn.haitang.console.deliberation.BallotForm;
import cn.haitang.console.deliberation.BallotImportError;
import cn.haitang.console.deliberation.BallotImportResult;
import cn.haitang.console.deliberation.BallotRow;
import cn.haitang.console.deliberation.Choice;
import cn.haitang.console.deliberation.ConsultationDetail;
import cn.haitang.console.deliberation.ConsultationState;
import cn.haitang.console.deliberation.VoteItem;
import cn.haitang.console.deliberation.VoteRow;
import cn.haitang.console.deliberation.VoteService;
import cn.haitang.console.deliberation.VoteState;
import cn.haitang.console.region.RegionService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The owners' vote of a consultation: the compound's totals, opening the vote on an art. 278 item, ballots entered
 * one by one or imported from Excel (all or nothing, the refused rows listed), counting, and the result with every
 * figure that decided it.
 */
class VotePanel extends Div {

    private final VoteService votes;
    private final Runnable onChange;
    final Grid<BallotRow> ballots;
    final Grid<BallotImportError> importErrors;
    final Paragraph importResult = new Paragraph();
    final Div result = new Div();
    final Button count = new Button();
    private @Nullable BallotImportResult last;
    private @Nullable Anchor errorReport;

    VotePanel(VoteService votes, ConsultationDetail detail, Runnable onChange) {
        this.votes = votes;
        this.onChange = onChange;
        addClassName("delib-vote");
        add(new H4(getTranslation("delib.consultation.vote")));
        boolean open = detail.row().state() == ConsultationState.OPEN;
        long compoundId = detail.row().compoundId();
        Paragraph totals = new Paragraph(detail.ownership() == null ? getTranslation("delib.vote.noOwnership")
                : getTranslation("delib.vote.totalArea") + " " + detail.ownership().totalArea().toPlainString() + " · "
                + getTranslation("delib.vote.ownerCount") + " " + detail.ownership().ownerCount());
        totals.setId("delib-ownership");
        HorizontalLayout ownershipLine = new HorizontalLayout(totals);
        ownershipLine.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        VoteRow vote = detail.vote();
        if (open && (vote == null || vote.state() == VoteState.OPEN)) {
            Button set = new Button(getTranslation("delib.vote.setOwnership"), e -> ownershipForm(compoundId, detail));
            set.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            ownershipLine.add(set);
        }
        add(ownershipLine);
        ballots = DelibUi.grid(this);
        importErrors = DelibUi.grid(this);
        if (vote == null) {
            if (open) {
                Button start = new Button(getTranslation("delib.vote.open"), VaadinIcon.CHECK_SQUARE_O.create(),
                        e -> openForm(detail.row().id()));
                start.setId("delib-open-vote");
                add(start);
            }
            return;
        }
        add(new Paragraph(getTranslation(vote.item().messageKey()) + " — " + vote.question()));
        add(new Paragraph(getTranslation(vote.item().needsThreeQuarters() ? "delib.vote.rule.threeQuarters"
                : "delib.vote.rule.half")));
        ballots.addColumn(BallotRow::household).setHeader(getTranslation("delib.ballot.household")).setAutoWidth(true);
        ballots.addColumn(BallotRow::ownerName).setHeader(getTranslation("delib.ballot.ownerName")).setAutoWidth(true);
        ballots.addColumn(b -> b.area().toPlainString()).setHeader(getTranslation("delib.ballot.area")).setAutoWidth(true);
        ballots.addColumn(b -> getTranslation(b.choice().messageKey())).setHeader(getTranslation("delib.ballot.choice"))
                .setAutoWidth(true);
        if (vote.state() == VoteState.OPEN) {
            ballots.addComponentColumn(b -> {
                Button delete = new Button(VaadinIcon.TRASH.create(), e -> Confirm.ask(getTranslation("delib.ballot.delete.title"),
                        getTranslation("delib.ballot.delete.text"), getTranslation("delib.delete"), () -> {
                            if (DelibUi.attempt(() -> votes.deleteBallot(b.id()))) {
                                refreshBallots(vote.id());
                            }
                        }));
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                delete.setTooltipText(getTranslation("delib.delete"));
                return delete;
            }).setAutoWidth(true);
        }
        ballots.setHeight("240px");
        refreshBallots(vote.id());
        add(ballots);
        if (vote.state() == VoteState.OPEN) {
            Button add = new Button(getTranslation("delib.vote.addBallot"), VaadinIcon.PLUS.create(), e -> ballotForm(vote.id()));
            count.setText(getTranslation("delib.vote.count"));
            count.setId("delib-count");
            count.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            count.addClickListener(e -> Confirm.ask(getTranslation("delib.vote.count.title"),
                    getTranslation("delib.vote.count.text"), getTranslation("delib.vote.count"), () -> {
                        if (DelibUi.attempt(() -> votes.count(vote.id(), votes.vote(vote.id()).version()))) {
                            onChange.run();
                        }
                    }));
            add(new HorizontalLayout(add, DelibUi.excel(getTranslation("delib.vote.template"), "ballot-template.xlsx",
                    votes::template), count), importSection(vote.id()));
        } else {
            add(result(vote));
        }
    }

    private Div importSection(long voteId) {
        UI ui = UI.getCurrent();
        SecurityContext security = SecurityContextHolder.getContext();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(security);
            try {
                receive(voteId, bytes);
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        })));
        upload.setAcceptedFileTypes(".xlsx");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(10 * 1024 * 1024);
        upload.setUploadButton(new Button(getTranslation("delib.vote.import"), VaadinIcon.UPLOAD.create()));
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        upload.setDropAllowed(false);
        importErrors.addColumn(BallotImportError::row).setHeader(getTranslation("delib.import.row")).setAutoWidth(true);
        importErrors.addColumn(e -> e.column().isEmpty() ? "" : getTranslation(e.column()))
                .setHeader(getTranslation("delib.import.column")).setAutoWidth(true);
        importErrors.addColumn(e -> getTranslation(e.messageKey(), e.arguments().toArray()))
                .setHeader(getTranslation("delib.import.message")).setFlexGrow(3);
        importErrors.setHeight("180px");
        importErrors.setVisible(false);
        importResult.setId("delib-import-result");
        Anchor report = DelibUi.excel(getTranslation("delib.vote.errorReport"), "ballot-errors.xlsx", (out, locale) -> {
            if (last != null) {
                votes.errorReport(last, out, locale);
            }
        });
        report.setVisible(false);
        errorReport = report;
        return new Div(upload, importResult, importErrors, report);
    }

    /** Imports an uploaded workbook and says what happened (all saved, or none and the rows to correct). */
    void receive(long voteId, byte[] bytes) {
        BallotImportResult outcome = votes.importBallots(voteId, new ByteArrayInputStream(bytes));
        last = outcome;
        if (outcome.succeeded()) {
            importResult.setText(getTranslation("delib.vote.imported", outcome.created()));
            Notifications.success(importResult.getText());
            importErrors.setVisible(false);
            if (errorReport != null) {
                errorReport.setVisible(false);
            }
            refreshBallots(voteId);
        } else {
            importResult.setText(getTranslation("delib.vote.importRefused", outcome.errors().size()));
            importErrors.setItems(outcome.errors());
            importErrors.setVisible(true);
            if (errorReport != null) {
                errorReport.setVisible(true);
            }
        }
    }

    private void refreshBallots(long voteId) {
        ballots.setItems(q -> votes.ballots(voteId, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) votes.countBallots(voteId));
    }

    /** The result and each art. 278 condition with its figures. */
    private Div result(VoteRow vote) {
        Article278.Result r = vote.result().orElseThrow();
        Article278.Tally t = r.tally();
        result.setId("delib-vote-result");
        result.add(Badges.badge(getTranslation(r.passed() ? "delib.vote.passed" : "delib.vote.failed"),
                r.passed() ? Badges.Tone.SUCCESS : Badges.Tone.ERROR));
        UnorderedList lines = new UnorderedList(
                line(r.areaTookPart(), getTranslation("delib.vote.figure.areaTookPart", t.participatingArea().toPlainString(),
                        t.totalArea().toPlainString(), Article278.percent(t.participatingArea(), t.totalArea()))),
                line(r.ownersTookPart(), getTranslation("delib.vote.figure.ownersTookPart", t.participatingOwners(),
                        t.totalOwners(), Article278.percent(t.participatingOwners(), t.totalOwners()))),
                line(r.areaAgreed(), getTranslation("delib.vote.figure.areaAgreed", t.agreeArea().toPlainString(),
                        t.participatingArea().toPlainString(), Article278.percent(t.agreeArea(), t.participatingArea()))),
                line(r.ownersAgreed(), getTranslation("delib.vote.figure.ownersAgreed", t.agreeOwners(),
                        t.participatingOwners(), Article278.percent(t.agreeOwners(), t.participatingOwners()))));
        result.add(lines, new Paragraph(getTranslation("delib.vote.countedOn", Formats.date(vote.countedOn()))));
        return result;
    }

    private ListItem line(boolean met, String text) {
        ListItem item = new ListItem(text + " — " + getTranslation(met ? "delib.vote.met" : "delib.vote.notMet"));
        item.getElement().setAttribute("data-met", String.valueOf(met));
        return item;
    }

    private void ownershipForm(long compoundId, ConsultationDetail detail) {
        FormDialog dialog = new FormDialog(getTranslation("delib.vote.ownership"));
        long seen = detail.ownership() != null ? detail.ownership().version() : votes.compoundVersion(compoundId);
        BigDecimalField area = dialog.decimal("exclusiveArea", "delib.vote.totalArea", RegionService.MIN_EXCLUSIVE_AREA,
                RegionService.MAX_EXCLUSIVE_AREA, 2, FormDialog.Need.REQUIRED);
        IntegerField owners = dialog.integer("ownerCount", "delib.vote.ownerCount", 1, RegionService.MAX_OWNERS,
                FormDialog.Need.REQUIRED);
        area.setHelperText(getTranslation("delib.vote.ownership.help"));
        if (detail.ownership() != null) {
            area.setValue(detail.ownership().totalArea());
            owners.setValue(detail.ownership().ownerCount());
        }
        dialog.onSave(() -> {
            votes.setOwnership(compoundId, seen, area.getValue(), owners.getValue());
            return getTranslation("delib.saved");
        }, onChange);
        dialog.open();
    }

    FormDialog openForm(long consultationId) {
        FormDialog dialog = new FormDialog(getTranslation("delib.vote.open"));
        Select<VoteItem> item = dialog.select("item", "delib.vote.item", List.of(VoteItem.values()),
                i -> getTranslation(i.messageKey()), FormDialog.Need.REQUIRED);
        TextArea question = dialog.textArea("question", "delib.vote.question", 500, FormDialog.Need.REQUIRED);
        dialog.onSave(() -> {
            votes.open(consultationId, item.getValue(), question.getValue());
            return getTranslation("delib.saved");
        }, onChange);
        dialog.open();
        return dialog;
    }

    FormDialog ballotForm(long voteId) {
        FormDialog dialog = new FormDialog(getTranslation("delib.vote.addBallot"));
        TextField household = dialog.text("household", "delib.ballot.household", 32, FormDialog.Need.REQUIRED);
        TextField owner = dialog.text("ownerName", "delib.ballot.ownerName", 32, FormDialog.Need.REQUIRED);
        BigDecimalField area = dialog.decimal("area", "delib.ballot.area", new BigDecimal("0.01"), new BigDecimal("99999.99"),
                2, FormDialog.Need.REQUIRED);
        Select<Choice> choice = dialog.select("choice", "delib.ballot.choice", List.of(Choice.values()),
                c -> getTranslation(c.messageKey()), FormDialog.Need.REQUIRED);
        dialog.stayOpenAfterSave();
        dialog.onSave(() -> {
            votes.addBallot(voteId, new BallotForm(household.getValue(), owner.getValue(), area.getValue(), choice.getValue()));
            return getTranslation("delib.saved");
        }, () -> {
            household.clear();
            owner.clear();
            area.clear();
            household.focus();
            refreshBallots(voteId);
        });
        dialog.open();
        return dialog;
    }
}
