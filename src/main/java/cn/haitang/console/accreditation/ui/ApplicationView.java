package cn.haitang.console.accreditation.ui;

import static cn.haitang.console.accreditation.ui.Ui.t;

import cn.haitang.console.accreditation.AppState;
import cn.haitang.console.accreditation.ApplicationDetail;
import cn.haitang.console.accreditation.ApplicationRow;
import cn.haitang.console.accreditation.ApplicationService;
import cn.haitang.console.accreditation.AttachmentRow;
import cn.haitang.console.accreditation.AttachmentService;
import cn.haitang.console.accreditation.DecisionService;
import cn.haitang.console.accreditation.Eligibility;
import cn.haitang.console.accreditation.NoticeService;
import cn.haitang.console.accreditation.ObjectionRow;
import cn.haitang.console.accreditation.ReviewRow;
import cn.haitang.console.accreditation.ReviewService;
import cn.haitang.console.accreditation.ReviewerOption;
import cn.haitang.console.accreditation.Reviews;
import cn.haitang.console.accreditation.Suspension;
import cn.haitang.console.accreditation.TimelineEntry;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.AttachmentUpload;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Badges.Tone;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.LocalizedFields;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One application with tabs: statement and attachments, eligibility, reviews, decision, timeline.
 * Open to every logged-in user; the service decides what each may see (a coordinator their town, a
 * reviewer only what is assigned to them) and do.
 */
@Route("accreditation/application")
@PermitAll
class ApplicationView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ApplicationService service;
    private final AttachmentService attachments;
    private final ReviewService reviews;
    private final DecisionService decisions;
    private final NoticeService notices;
    private final Clock clock;
    private final Scope scope;
    private Binder<Object> statementChecks = new Binder<>();
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
    @Nullable AttachmentUpload upload;

    ApplicationView(ApplicationService service, AttachmentService attachments, ReviewService reviews,
                    DecisionService decisions, NoticeService notices, CurrentUser currentUser, Clock clock) {
        this.service = service;
        this.attachments = attachments;
        this.reviews = reviews;
        this.decisions = decisions;
        this.notices = notices;
        this.clock = clock;
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
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
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
        return scope.role() != Role.REVIEWER && detail.row().state().editable();
    }

    // ------------------------------------------------------------------ statement and attachments

    private Component statementTab() {
        VerticalLayout tab = new VerticalLayout();
        boolean editable = coordinatorCanEdit();
        statement.setLabel(t("accr.app.statement"));
        statement.setValue(detail.statement());
        statement.setWidthFull();
        statement.setMinHeight("8rem");
        statement.setReadOnly(!editable);
        keyFigures.setLabel(t("accr.app.keyFigures"));
        keyFigures.setValue(detail.keyFigures());
        keyFigures.setWidthFull();
        keyFigures.setReadOnly(!editable);
        statementChecks = new Binder<>();
        statementChecks.forField(statement).withValidator(FormDialog.Checks.length(this, ApplicationService.STATEMENT_LENGTH))
                .bind(b -> null, (b, v) -> { });
        statementChecks.forField(keyFigures)
                .withValidator(FormDialog.Checks.length(this, ApplicationService.KEY_FIGURES_LENGTH))
                .bind(b -> null, (b, v) -> { });
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
        files.addComponentColumn(this::attachmentLink).setHeader(t("accr.attachment.name")).setFlexGrow(1);
        files.addColumn(ApplicationView::size).setHeader(t("accr.attachment.size")).setAutoWidth(true);
        files.addColumn(AttachmentRow::uploadedBy).setHeader(t("accr.attachment.by")).setAutoWidth(true);
        files.addColumn(a -> Formats.dateTime(a.uploadedAt())).setHeader(t("accr.attachment.at")).setAutoWidth(true);
        if (editable) {
            files.addComponentColumn(this::removeAttachmentButton).setAutoWidth(true).setFlexGrow(0);
        }
        PhoneGrid.cards(files, files.addComponentColumn(a -> PhoneGrid.card(a.fileName(), attachmentLink(a),
                new Object[] {size(a), a.uploadedBy(), Formats.dateTime(a.uploadedAt())},
                editable ? removeAttachmentButton(a) : null)).setHeader(t("accr.attachment.name")));
        files.setItems(attachments.attachments(id));
        files.setEmptyStateText(t("accr.attachment.none"));
        files.setAllRowsVisible(true);
        tab.add(files);
        if (editable) {
            upload = new AttachmentUpload("accr.upload.add", AttachmentService.KINDS,
                    (name, type, bytes) -> attachments.addAttachment(id, name, type, bytes), this::reload);
            tab.add(upload);
        }
        return tab;
    }

    void saveDraft() {
        if (!statementChecks.validate().isOk()) {
            return;
        }
        try {
            service.saveDraft(id, detail.row().version(), statement.getValue(), keyFigures.getValue());
            Notifications.success(t("accr.app.draftSaved"));
            reload();
        } catch (RuleViolationException e) {
            RuleViolations.show(e, Map.of("statement", statement, "keyFigures", keyFigures));
        }
    }

    void submitApplication() {
        if (!statementChecks.validate().isOk()) {
            return;
        }
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
            HorizontalLayout actions = new HorizontalLayout(recheck, override, sendBack);
            actions.setWrap(true);
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
            tab.add(actions);
        }
        return tab;
    }

    // ------------------------------------------------------------------ reviews

    private Component reviewsTab() {
        VerticalLayout tab = new VerticalLayout();
        Reviews all = reviews.reviews(id);
        if (!all.scoresVisible()) {
            tab.add(new Paragraph(t("accr.review.hidden")));
        } else if (detail.row().result() != null) {
            tab.add(new Paragraph(t(detail.trimmed() ? "accr.review.resultTrimmed" : "accr.review.resultMean",
                    detail.row().result().toPlainString(), detail.spread() == null ? "" : detail.spread().toPlainString())));
            if (detail.row().flagged()) {
                tab.add(Badges.badge(t("accr.review.flagged"), Tone.WARNING));
            }
        }
        reviewGrid.removeAllColumns();
        reviewGrid.addColumn(ReviewRow::reviewerName).setHeader(t("accr.review.reviewer")).setAutoWidth(true);
        reviewGrid.addComponentColumn(r -> Ui.assignmentBadge(r.state())).setHeader(t("accr.app.state")).setAutoWidth(true);
        reviewGrid.addColumn(r -> Formats.date(r.deadline())).setHeader(t("accr.review.deadline")).setAutoWidth(true);
        reviewGrid.addColumn(this::reviewTotal).setHeader(t("accr.review.total")).setAutoWidth(true);
        reviewGrid.addColumn(ApplicationView::reviewNote).setHeader(t("accr.review.comment")).setFlexGrow(1);
        if (scope.isAdmin()) {
            reviewGrid.addComponentColumn(this::reopenButton).setAutoWidth(true).setFlexGrow(0);
        }
        PhoneGrid.cards(reviewGrid, reviewGrid.addComponentColumn(r -> PhoneGrid.card(r.reviewerName(),
                new Object[] {Ui.assignmentBadge(r.state()), t("accr.review.deadline") + " " + Formats.date(r.deadline()),
                        t("accr.review.total") + " " + reviewTotal(r)},
                reviewNote(r), scope.isAdmin() ? reopenButton(r) : null)).setHeader(t("accr.review.reviewer")));
        reviewGrid.setItems(all.rows());
        reviewGrid.setEmptyStateText(t("accr.review.none"));
        reviewGrid.setAllRowsVisible(true);
        tab.add(reviewGrid);
        AppState state = detail.row().state();
        if (scope.isAdmin() && (state == AppState.SUBMITTED || state == AppState.UNDER_REVIEW)) {
            List<ReviewerOption> options = reviews.reviewerOptions(id);
            reviewer.setLabel(t("accr.review.reviewer"));
            reviewer.setItems(options.stream().filter(o -> !o.assigned()).toList());
            reviewer.setItemLabelGenerator(o -> o.displayName() + (o.conflicts().isEmpty() ? ""
                    : "（" + t("accr.review.conflicted") + "：" + o.conflicts().stream().map(c -> t(c.messageKey()))
                    .collect(Collectors.joining("、")) + "）"));
            reviewer.setWidth("24rem");
            reviewer.setId("accr-reviewer");
            reviewer.setHelperText(t("accr.review.conflictHelp"));
            deadline.setValue(LocalDate.now(clock).plusDays(14));
            assign.setText(t("accr.review.assign"));
            assign.addClickListener(e -> assignReviewer());
            HorizontalLayout form = new HorizontalLayout(reviewer, deadline, assign);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            form.setWrap(true);
            tab.add(new H3(t("accr.review.assignHeading")), form);
            if (state == AppState.SUBMITTED) {
                startReview.setText(t("accr.review.start"));
                startReview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                startReview.addClickListener(e -> {
                    if (Ui.attempt(() -> reviews.startReview(id, detail.row().version()))) {
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
            reviewer.setErrorMessage(t("validation.required"));
            reviewer.setInvalid(true);
            return;
        }
        try {
            reviews.assignReviewer(id, reviewer.getValue().userId(), deadline.getValue());
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
                        decisions.approve(id, row.version(), reason);
                        Notifications.success(t("accr.decision.approved"));
                        reload();
                    }));
            reject.setText(t("accr.decision.reject"));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            reject.addClickListener(e -> Ui.askReason("accr.decision.reject", "accr.reason", "accr.decision.reject",
                    reason -> {
                        decisions.reject(id, row.version(), reason);
                        Notifications.success(t("accr.decision.rejected"));
                        reload();
                    }));
            HorizontalLayout actions = new HorizontalLayout(approve, reject);
            actions.setWrap(true);
            tab.add(actions);
        }
        if (scope.isAdmin() && row.state() == AppState.APPROVED) {
            publish.setText(t("accr.decision.publish"));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.addClickListener(e -> {
                if (Ui.attempt(() -> notices.publishNotice(id, row.version()))) {
                    Notifications.success(t("accr.decision.published"));
                    reload();
                }
            });
            tab.add(publish);
        }
        List<ObjectionRow> objections = notices.objections(id);
        if (!objections.isEmpty() || row.state() == AppState.IN_NOTICE) {
            tab.add(new H3(t("accr.objection.heading")));
            objectionGrid.removeAllColumns();
            boolean deciding = scope.isAdmin() && row.state() == AppState.IN_NOTICE;
            objectionGrid.addColumn(o -> Formats.date(o.receivedOn())).setHeader(t("accr.objection.receivedOn")).setAutoWidth(true);
            objectionGrid.addColumn(ObjectionRow::raisedBy).setHeader(t("accr.objection.raisedBy")).setAutoWidth(true);
            objectionGrid.addColumn(ObjectionRow::content).setHeader(t("accr.objection.content")).setFlexGrow(1);
            objectionGrid.addColumn(this::objectionState).setHeader(t("accr.objection.state")).setFlexGrow(1);
            if (deciding) {
                objectionGrid.addComponentColumn(this::objectionActions).setAutoWidth(true).setFlexGrow(0);
            }
            PhoneGrid.cards(objectionGrid, objectionGrid.addComponentColumn(o -> PhoneGrid.card(o.raisedBy(),
                    new Object[] {Formats.date(o.receivedOn()), objectionState(o)}, o.content(),
                    deciding ? objectionActions(o) : null)).setHeader(t("accr.objection.raisedBy")));
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
        Ui.askReason(key, "accr.objection.resolution", key, "resolution", resolution -> {
            notices.resolveObjection(objection.id(), objection.version(), upheld, resolution);
            Notifications.success(t("accr.objection.resolved"));
            reload();
        });
    }

    /** Records an objection received during the notice: who raised it and what it says. */
    FormDialog openObjectionDialog() {
        FormDialog dialog = new FormDialog(t("accr.objection.record"));
        TextField raisedBy = dialog.text("raisedBy", "accr.objection.raisedBy", NoticeService.RAISED_BY_LENGTH,
                FormDialog.Need.REQUIRED);
        TextArea content = dialog.textArea("content", "accr.objection.content", NoticeService.OBJECTION_LENGTH,
                FormDialog.Need.REQUIRED);
        dialog.onSave(() -> {
            notices.recordObjection(id, raisedBy.getValue(), content.getValue());
            return t("accr.objection.recorded");
        }, this::reload);
        dialog.open();
        raisedBy.focus();
        return dialog;
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
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            line.setWrap(true);
            tab.add(line);
        }
        return tab;
    }

    @Override
    public String getPageTitle() {
        return (detail == null ? t("accr.app.title") : detail.row().compoundName()) + " · " + t("app.name");
    }

    /** What the comment column says of a review: why it is suspended, why the reviewer recused, or their comment. */
    private Anchor attachmentLink(AttachmentRow a) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(ev -> {
            byte[] bytes = attachments.attachmentContent(a.id());
            return new DownloadResponse(new ByteArrayInputStream(bytes), a.fileName(), a.contentType(), bytes.length);
        }), a.fileName());
        link.getElement().setAttribute("download", true);
        return link;
    }

    private static String size(AttachmentRow a) {
        return (a.sizeBytes() + 1023) / 1024 + " KB";
    }

    private Button removeAttachmentButton(AttachmentRow a) {
        Button remove = Ui.removeButton(() -> Confirm.ask(t("accr.attachment.remove"),
                t("accr.attachment.removeConfirm", a.fileName()), t("accr.attachment.remove"), () -> {
                    if (Ui.attempt(() -> attachments.removeAttachment(a.id()))) {
                        reload();
                    }
                }));
        remove.setAriaLabel(t("accr.attachment.remove"));
        remove.setTooltipText(t("accr.attachment.remove"));
        return remove;
    }

    private String reviewTotal(ReviewRow r) {
        return r.total() == null ? t("accr.review.hiddenValue") : r.total().toPlainString();
    }

    /** An admin reopens a submitted score (with a reason); other states have nothing to reopen. */
    private Component reopenButton(ReviewRow r) {
        if (!"SUBMITTED".equals(r.state())) {
            return new Span();
        }
        Button reopen = new Button(t("accr.review.reopen"), e -> Ui.askReason("accr.review.reopen", "accr.reason",
                "accr.review.reopen", reason -> {
                    reviews.reopenScore(r.assignmentId(), reason);
                    Notifications.success(t("accr.review.reopened", r.reviewerName()));
                    reload();
                }));
        reopen.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        return reopen;
    }

    private String objectionState(ObjectionRow o) {
        return t("accreditation.objection." + o.state()) + (o.resolution() == null ? "" : "：" + o.resolution());
    }

    /** Uphold or dismiss an open objection while the notice runs. */
    private Component objectionActions(ObjectionRow o) {
        if (!"OPEN".equals(o.state())) {
            return new Span();
        }
        Button uphold = new Button(t("accr.objection.uphold"), e -> resolve(o, true));
        uphold.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        Button dismiss = new Button(t("accr.objection.dismiss"), e -> resolve(o, false));
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(uphold, dismiss);
    }

    private static String reviewNote(ReviewRow r) {
        Suspension suspension = r.suspension();
        if (suspension != null) {
            return t(suspension.messageKey(), suspension.detail());
        }
        if (r.recusalReason() != null) {
            return t("accr.review.recusal", r.recusalReason());
        }
        return r.comment() == null ? "" : r.comment();
    }
}
