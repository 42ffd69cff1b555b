package cn.haitang.console.accreditation.ui;

import static cn.haitang.console.accreditation.ui.Ui.t;

import cn.haitang.console.accreditation.AccreditationService;
import cn.haitang.console.accreditation.AppState;
import cn.haitang.console.accreditation.ApplicationDetail;
import cn.haitang.console.accreditation.ApplicationRow;
import cn.haitang.console.accreditation.AttachmentRow;
import cn.haitang.console.accreditation.Conflict;
import cn.haitang.console.accreditation.Eligibility;
import cn.haitang.console.accreditation.ObjectionRow;
import cn.haitang.console.accreditation.ReviewRow;
import cn.haitang.console.accreditation.ReviewerOption;
import cn.haitang.console.accreditation.Reviews;
import cn.haitang.console.accreditation.TimelineEntry;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.LocalizedFields;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One application with tabs: statement and attachments, eligibility, reviews, decision, timeline.
 * Open to every logged-in user; the service decides what each may see (a coordinator their town, a
 * reviewer only what is assigned to them) and do.
 */
@Route("accreditation/application")
@PermitAll
public class ApplicationView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AccreditationService service;
    private final Scope scope;
    private long id;
    private ApplicationDetail detail;
    final TabSheet tabs = new TabSheet();

    // statement tab
    final TextArea statement = new TextArea();
    final TextArea keyFigures = new TextArea();
    final Button saveDraft = new Button();
    final Button submit = new Button();
    // eligibility tab
    final Button override = new Button();
    final Button sendBack = new Button();
    final Button recheck = new Button();
    // reviews tab
    final Grid<ReviewRow> reviewGrid = new Grid<>();
    final ComboBox<ReviewerOption> reviewer = new ComboBox<>();
    final DatePicker deadline = LocalizedFields.datePicker(this, "accr.review.deadline");
    final Button assign = new Button();
    final Button startReview = new Button();
    // decision tab
    final Button approve = new Button();
    final Button reject = new Button();
    final Button publish = new Button();
    final Button recordObjection = new Button();
    final Grid<ObjectionRow> objectionGrid = new Grid<>();

    public ApplicationView(AccreditationService service, CurrentUser currentUser) {
        this.service = service;
        this.scope = currentUser.scope();
        addClassName("ht-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        this.id = parameter;
        try {
            render(tabs.getSelectedIndex());
        } catch (RuleViolationException e) {
            removeAll();
            add(new ViewToolbar(t("accr.app.title")), new Paragraph(RuleViolations.message(e)));
        }
    }

    void render(int selectedTab) {
        detail = service.application(id);
        ApplicationRow row = detail.row();
        removeAll();
        tabs.getChildren().toList();
        while (tabs.getTabCount() > 0) {
            tabs.remove(tabs.getTabAt(0));
        }
        HorizontalLayout header = new HorizontalLayout(Ui.stateBadge(row.state()),
                new Span(row.townName() + " · " + row.communityName()), new Span(row.roundTitle()));
        header.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        header.getStyle().set("padding", "0 var(--lumo-space-m)");
        tabs.add(t("accr.tab.statement"), statementTab());
        tabs.add(t("accr.tab.eligibility"), eligibilityTab());
        tabs.add(t("accr.tab.reviews"), reviewsTab());
        tabs.add(t("accr.tab.decision"), decisionTab());
        tabs.add(t("accr.tab.timeline"), timelineTab());
        tabs.setSelectedIndex(Math.max(0, selectedTab));
        tabs.setSizeFull();
        add(new ViewToolbar(row.compoundName(), header), tabs);
    }

    private void reload() {
        render(tabs.getSelectedIndex());
    }

    private boolean coordinatorCanEdit() {
        return scope.role() != cn.haitang.console.base.Role.REVIEWER && detail.row().state().editable();
    }

    // ------------------------------------------------------------------ statement and attachments

    private Component statementTab() {
        VerticalLayout tab = new VerticalLayout();
        boolean editable = coordinatorCanEdit();
        statement.setLabel(t("accr.app.statement"));
        statement.setValue(detail.statement());
        statement.setMaxLength(4000);
        statement.setWidthFull();
        statement.setMinHeight("8rem");
        statement.setReadOnly(!editable);
        keyFigures.setLabel(t("accr.app.keyFigures"));
        keyFigures.setValue(detail.keyFigures());
        keyFigures.setMaxLength(1000);
        keyFigures.setWidthFull();
        keyFigures.setReadOnly(!editable);
        if (detail.sendBackReason() != null) {
            Div reason = new Div(new Icon(VaadinIcon.ARROW_BACKWARD), new Span(t("accr.app.sentBackBecause",
                    detail.sendBackReason())));
            reason.getStyle().set("color", "var(--lumo-error-text-color)");
            tab.add(reason);
        }
        tab.add(statement, keyFigures);
        saveDraft.setText(t("accr.app.saveDraft"));
        saveDraft.addClickListener(e -> saveDraft());
        submit.setText(t("accr.app.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submitApplication());
        if (editable) {
            tab.add(new HorizontalLayout(saveDraft, submit));
        }
        tab.add(new H3(t("accr.app.attachments")));
        Grid<AttachmentRow> files = new Grid<>();
        files.addComponentColumn(a -> {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(ev -> {
                byte[] bytes = service.attachmentContent(a.id());
                return new DownloadResponse(new ByteArrayInputStream(bytes), a.fileName(), a.contentType(), bytes.length);
            }), a.fileName());
            link.getElement().setAttribute("download", true);
            return link;
        }).setHeader(t("accr.attachment.name")).setFlexGrow(1);
        files.addColumn(a -> (a.sizeBytes() + 1023) / 1024 + " KB").setHeader(t("accr.attachment.size")).setAutoWidth(true);
        files.addColumn(AttachmentRow::uploadedBy).setHeader(t("accr.attachment.by")).setAutoWidth(true);
        files.addColumn(a -> Formats.dateTime(a.uploadedAt())).setHeader(t("accr.attachment.at")).setAutoWidth(true);
        if (editable) {
            files.addComponentColumn(a -> {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    if (Ui.attempt(() -> service.removeAttachment(a.id()))) {
                        reload();
                    }
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(t("accr.attachment.remove"));
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        files.setItems(service.attachments(id));
        files.setEmptyStateText(t("accr.attachment.none"));
        files.setAllRowsVisible(true);
        tab.add(files);
        if (editable) {
            tab.add(upload());
        }
        return tab;
    }

    private Upload upload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((meta, data) -> ui.access(() -> {
            if (Ui.attempt(() -> service.addAttachment(id, meta.fileName(), meta.contentType(), data))) {
                Notifications.success(t("accr.attachment.added", meta.fileName()));
                reload();
            }
        })));
        upload.setMaxFileSize((int) AccreditationService.MAX_ATTACHMENT_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png", ".docx", ".xlsx");
        upload.setMaxFiles(5);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t("accr.upload.add")).setMany(t("accr.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t("accr.upload.drop")).setMany(t("accr.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(t("accr.upload.tooBig"))
                .setIncorrectFileType(t("accreditation.error.attachment.type")).setTooManyFiles(t("accr.upload.tooMany")));
        upload.setI18n(i18n);
        return upload;
    }

    void saveDraft() {
        try {
            service.saveDraft(id, detail.row().version(), statement.getValue(), keyFigures.getValue());
            Notifications.success(t("accr.app.draftSaved"));
            reload();
        } catch (RuleViolationException e) {
            RuleViolations.show(e, Map.of("statement", statement, "keyFigures", keyFigures));
        }
    }

    void submitApplication() {
        try {
            service.saveDraft(id, detail.row().version(), statement.getValue(), keyFigures.getValue());
            long version = service.application(id).row().version();
            Eligibility result = service.submit(id, version);
            if (result.passed()) {
                Notifications.success(t("accr.app.submitted"));
            } else {
                Notifications.warning(t("accr.app.submittedWithFailures", result.failures().size()));
            }
            render(1);
        } catch (RuleViolationException e) {
            RuleViolations.show(e, Map.of("statement", statement, "keyFigures", keyFigures));
        }
    }

    // ------------------------------------------------------------------ eligibility

    private Component eligibilityTab() {
        VerticalLayout tab = new VerticalLayout();
        Eligibility eligibility = detail.eligibility();
        if (eligibility == null) {
            tab.add(new Paragraph(t("accr.eligibility.notYet")));
        } else {
            tab.add(new Paragraph(t("accr.eligibility.checkedAt", Formats.dateTime(detail.eligibilityCheckedAt()))));
            for (Eligibility.Result r : eligibility.results()) {
                Icon icon = r.passed() ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CLOSE_CIRCLE.create();
                icon.setColor(r.passed() ? "var(--lumo-success-color)" : "var(--lumo-error-color)");
                String value = r.value() == null ? (r.passed() ? "" : t("accr.eligibility.noData"))
                        : r.check().name().equals("LOWER_LEVEL") ? t("accreditation.level." + r.value())
                        : r.value() + "%";
                HorizontalLayout line = new HorizontalLayout(icon, new Span(t(r.check().messageKey())),
                        new Span(value.isEmpty() ? "" : "（" + value + "）"));
                line.addClassName(r.passed() ? "ht-check-passed" : "ht-check-failed");
                tab.add(line);
            }
            tab.add(new Paragraph(eligibility.passed() ? t("accr.eligibility.passed")
                    : t("accr.eligibility.failed", eligibility.failures().size())));
        }
        if (detail.overrideReason() != null) {
            tab.add(Ui.labelled("accr.eligibility.override", detail.overrideReason()));
        }
        if (scope.isAdmin() && detail.row().state() == AppState.SUBMITTED) {
            recheck.setText(t("accr.eligibility.recheck"));
            recheck.addClickListener(e -> {
                if (Ui.attempt(() -> service.recheckEligibility(id))) {
                    reload();
                }
            });
            override.setText(t("accr.eligibility.accept"));
            override.setEnabled(eligibility != null && !eligibility.passed() && detail.overrideReason() == null);
            override.addClickListener(e -> Ui.askReason("accr.eligibility.accept", "accr.reason", "accr.eligibility.accept",
                    reason -> {
                        service.acceptDespiteFailures(id, detail.row().version(), reason);
                        Notifications.success(t("accr.eligibility.accepted"));
                        reload();
                    }));
            sendBack.setText(t("accr.app.sendBack"));
            sendBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
            sendBack.addClickListener(e -> Ui.askReason("accr.app.sendBack", "accr.reason", "accr.app.sendBack", reason -> {
                service.sendBack(id, detail.row().version(), reason);
                Notifications.success(t("accr.app.sentBack"));
                reload();
            }));
            tab.add(new HorizontalLayout(recheck, override, sendBack));
        }
        return tab;
    }

    // ------------------------------------------------------------------ reviews

    private Component reviewsTab() {
        VerticalLayout tab = new VerticalLayout();
        Reviews reviews = service.reviews(id);
        if (!reviews.scoresVisible()) {
            tab.add(new Paragraph(t("accr.review.hidden")));
        } else if (detail.row().result() != null) {
            tab.add(new Paragraph(t(detail.trimmed() ? "accr.review.resultTrimmed" : "accr.review.resultMean",
                    detail.row().result().toPlainString(), detail.spread() == null ? "" : detail.spread().toPlainString())));
            if (detail.row().flagged()) {
                tab.add(Ui.badge(t("accr.review.flagged"), "badge warning"));
            }
        }
        reviewGrid.removeAllColumns();
        reviewGrid.addColumn(ReviewRow::reviewerName).setHeader(t("accr.review.reviewer")).setAutoWidth(true);
        reviewGrid.addColumn(r -> t("accreditation.assignment." + r.state())).setHeader(t("accr.app.state")).setAutoWidth(true);
        reviewGrid.addColumn(r -> Formats.date(r.deadline())).setHeader(t("accr.review.deadline")).setAutoWidth(true);
        reviewGrid.addColumn(r -> r.total() == null ? t("accr.review.hiddenValue") : r.total().toPlainString())
                .setHeader(t("accr.review.total")).setAutoWidth(true);
        reviewGrid.addColumn(r -> r.recusalReason() != null ? t("accr.review.recusal", r.recusalReason())
                : r.comment() == null ? "" : r.comment()).setHeader(t("accr.review.comment")).setFlexGrow(1);
        if (scope.isAdmin()) {
            reviewGrid.addComponentColumn(r -> {
                if (!"SUBMITTED".equals(r.state())) {
                    return new Span();
                }
                Button reopen = new Button(t("accr.review.reopen"), e -> Ui.askReason("accr.review.reopen", "accr.reason",
                        "accr.review.reopen", reason -> {
                            service.reopenScore(r.assignmentId(), reason);
                            Notifications.success(t("accr.review.reopened", r.reviewerName()));
                            reload();
                        }));
                reopen.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                return reopen;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        reviewGrid.setItems(reviews.rows());
        reviewGrid.setEmptyStateText(t("accr.review.none"));
        reviewGrid.setAllRowsVisible(true);
        tab.add(reviewGrid);
        AppState state = detail.row().state();
        if (scope.isAdmin() && (state == AppState.SUBMITTED || state == AppState.UNDER_REVIEW)) {
            List<ReviewerOption> options = service.reviewerOptions(id);
            reviewer.setLabel(t("accr.review.reviewer"));
            reviewer.setItems(options.stream().filter(o -> !o.assigned()).toList());
            reviewer.setItemLabelGenerator(o -> o.displayName() + (o.conflicts().isEmpty() ? ""
                    : "（" + t("accr.review.conflicted") + "：" + o.conflicts().stream().map(c -> t(c.messageKey()))
                    .collect(Collectors.joining("、")) + "）"));
            reviewer.setWidth("24rem");
            reviewer.setId("accr-reviewer");
            reviewer.setHelperText(t("accr.review.conflictHelp"));
            deadline.setValue(service.currentDate().plusDays(14));
            assign.setText(t("accr.review.assign"));
            assign.addClickListener(e -> assignReviewer());
            HorizontalLayout form = new HorizontalLayout(reviewer, deadline, assign);
            form.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            tab.add(new H3(t("accr.review.assignHeading")), form);
            if (state == AppState.SUBMITTED) {
                startReview.setText(t("accr.review.start"));
                startReview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                startReview.addClickListener(e -> {
                    if (Ui.attempt(() -> service.startReview(id, detail.row().version()))) {
                        Notifications.success(t("accr.review.started"));
                        reload();
                    }
                });
                tab.add(startReview);
            }
        }
        return tab;
    }

    void assignReviewer() {
        reviewer.setInvalid(false);
        deadline.setInvalid(false);
        if (reviewer.getValue() == null) {
            reviewer.setErrorMessage(t("accreditation.error.required"));
            reviewer.setInvalid(true);
            return;
        }
        try {
            service.assignReviewer(id, reviewer.getValue().userId(), deadline.getValue());
            Notifications.success(t("accr.review.assigned", reviewer.getValue().displayName()));
            reload();
        } catch (RuleViolationException e) {
            RuleViolations.show(e, Map.of("reviewer", reviewer, "deadline", deadline));
        }
    }

    // ------------------------------------------------------------------ decision and notice

    private Component decisionTab() {
        VerticalLayout tab = new VerticalLayout();
        ApplicationRow row = detail.row();
        tab.add(Ui.labelled("accr.app.result", row.result() == null ? "—" : row.result().toPlainString()));
        tab.add(Ui.labelled("accr.round.quota", String.valueOf(detail.quota())));
        if (detail.decisionReason() != null) {
            tab.add(Ui.labelled("accr.decision.reason", detail.decisionReason()));
        }
        if (detail.noticeFrom() != null) {
            tab.add(Ui.labelled("accr.decision.notice", Formats.date(detail.noticeFrom()) + " ~ " + Formats.date(row.noticeTo())));
        }
        if (detail.certificateNo() != null) {
            tab.add(Ui.labelled("accr.site.certificate", detail.certificateNo()));
        }
        if (scope.isAdmin() && row.state() == AppState.SCORED) {
            approve.setText(t("accr.decision.approve"));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            approve.addClickListener(e -> Ui.askReason("accr.decision.approve", "accr.reason", "accr.decision.approve",
                    reason -> {
                        service.approve(id, row.version(), reason);
                        Notifications.success(t("accr.decision.approved"));
                        reload();
                    }));
            reject.setText(t("accr.decision.reject"));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            reject.addClickListener(e -> Ui.askReason("accr.decision.reject", "accr.reason", "accr.decision.reject",
                    reason -> {
                        service.reject(id, row.version(), reason);
                        Notifications.success(t("accr.decision.rejected"));
                        reload();
                    }));
            tab.add(new HorizontalLayout(approve, reject));
        }
        if (scope.isAdmin() && row.state() == AppState.APPROVED) {
            publish.setText(t("accr.decision.publish"));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.addClickListener(e -> {
                if (Ui.attempt(() -> service.publishNotice(id, row.version()))) {
                    Notifications.success(t("accr.decision.published"));
                    reload();
                }
            });
            tab.add(publish);
        }
        List<ObjectionRow> objections = service.objections(id);
        if (!objections.isEmpty() || row.state() == AppState.IN_NOTICE) {
            tab.add(new H3(t("accr.objection.heading")));
            objectionGrid.removeAllColumns();
            objectionGrid.addColumn(o -> Formats.date(o.receivedOn())).setHeader(t("accr.objection.receivedOn")).setAutoWidth(true);
            objectionGrid.addColumn(ObjectionRow::raisedBy).setHeader(t("accr.objection.raisedBy")).setAutoWidth(true);
            objectionGrid.addColumn(ObjectionRow::content).setHeader(t("accr.objection.content")).setFlexGrow(1);
            objectionGrid.addColumn(o -> t("accreditation.objection." + o.state())
                    + (o.resolution() == null ? "" : "：" + o.resolution())).setHeader(t("accr.objection.state")).setFlexGrow(1);
            if (scope.isAdmin() && row.state() == AppState.IN_NOTICE) {
                objectionGrid.addComponentColumn(o -> {
                    if (!"OPEN".equals(o.state())) {
                        return new Span();
                    }
                    Button uphold = new Button(t("accr.objection.uphold"), e -> resolve(o, true));
                    uphold.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    Button dismiss = new Button(t("accr.objection.dismiss"), e -> resolve(o, false));
                    dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    return new HorizontalLayout(uphold, dismiss);
                }).setAutoWidth(true).setFlexGrow(0);
            }
            objectionGrid.setItems(objections);
            objectionGrid.setEmptyStateText(t("accr.objection.none"));
            objectionGrid.setAllRowsVisible(true);
            tab.add(objectionGrid);
            if (scope.isAdmin() && row.state() == AppState.IN_NOTICE) {
                recordObjection.setText(t("accr.objection.record"));
                recordObjection.addClickListener(e -> openObjectionDialog());
                tab.add(recordObjection);
            }
        }
        return tab;
    }

    void resolve(ObjectionRow objection, boolean upheld) {
        String key = upheld ? "accr.objection.uphold" : "accr.objection.dismiss";
        Ui.askReason(key, "accr.objection.resolution", key, resolution -> {
            service.resolveObjection(objection.id(), objection.version(), upheld, resolution);
            Notifications.success(t("accr.objection.resolved"));
            reload();
        });
    }

    void openObjectionDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("accr.objection.record"));
        TextField raisedBy = new TextField(t("accr.objection.raisedBy"));
        raisedBy.setMaxLength(100);
        TextArea content = new TextArea(t("accr.objection.content"));
        content.setMaxLength(1000);
        content.setWidth("28rem");
        dialog.add(new VerticalLayout(raisedBy, content));
        Button save = Ui.primary("action.save", () -> {
            try {
                service.recordObjection(id, raisedBy.getValue(), content.getValue());
                dialog.close();
                reload();
            } catch (RuleViolationException e) {
                RuleViolations.show(e, Map.of("raisedBy", raisedBy, "content", content));
            }
        });
        dialog.getFooter().add(Ui.button("action.cancel", dialog::close), save);
        dialog.open();
    }

    // ------------------------------------------------------------------ timeline

    private Component timelineTab() {
        VerticalLayout tab = new VerticalLayout();
        tab.setSpacing(false);
        for (TimelineEntry entry : service.timeline(id)) {
            Span when = new Span(Formats.dateTime(entry.occurredAt()));
            when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("min-width", "11rem");
            Span what = new Span(t(entry.step().messageKey()));
            what.getStyle().set("font-weight", "600").set("min-width", "7rem");
            Span transition = new Span((entry.fromState() == null ? "" : t(entry.fromState().messageKey()) + " → ")
                    + t(entry.toState().messageKey()));
            transition.getStyle().set("min-width", "12rem");
            Span who = new Span(entry.username());
            who.getStyle().set("min-width", "6rem");
            Span note = new Span(entry.note() == null ? "" : entry.note());
            HorizontalLayout line = new HorizontalLayout(VaadinIcon.CIRCLE_THIN.create(), when, what, transition, who, note);
            line.addClassName("ht-timeline-entry");
            line.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            tab.add(line);
        }
        return tab;
    }

    @Override
    public String getPageTitle() {
        return (detail == null ? t("accr.app.title") : detail.row().compoundName()) + " · " + t("app.name");
    }

    static String conflicts(List<Conflict> conflicts) {
        return conflicts.stream().map(c -> t(c.messageKey())).collect(Collectors.joining("、"));
    }
}
