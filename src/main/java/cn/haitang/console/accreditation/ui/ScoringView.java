package cn.haitang.console.accreditation.ui;

import static cn.haitang.console.accreditation.ui.Ui.t;

import cn.haitang.console.accreditation.ScoreInput;
import cn.haitang.console.accreditation.ScoreLine;
import cn.haitang.console.accreditation.ScoringService;
import cn.haitang.console.accreditation.ScoringSheet;
import cn.haitang.console.accreditation.Suspension;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.base.ui.ViewToolbar;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The scoring form of one assignment: every criterion within its range with a comment; save a draft or
 * submit (final unless an admin reopens it); or declare recusal. A score the field cannot read (not a
 * whole number, out of range) is refused at the field, never saved as nothing. While a conflict of
 * interest suspends the assignment, the form is read-only and says why.
 */
@Route("accreditation/scoring")
@RolesAllowed(Role.Names.REVIEWER)
class ScoringView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ScoringService service;
    private @Nullable ScoringSheet sheet;
    private Binder<Object> binder = new Binder<>();
    final Map<Long, IntegerField> scores = new LinkedHashMap<>();
    final Map<Long, TextField> comments = new LinkedHashMap<>();
    final TextArea overall = new TextArea();
    final Span total = new Span();
    final Paragraph suspended = new Paragraph();
    final Button saveDraft = new Button();
    final Button submit = new Button();
    final Button recuse = new Button();

    ScoringView(ScoringService service) {
        this.service = service;
        addClassName("ht-view");
        saveDraft.setText(t("accr.scoring.saveDraft"));
        saveDraft.addClickListener(e -> save(false));
        submit.setText(t("accr.scoring.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> Confirm.ask(t("accr.scoring.submitTitle"), t("accr.scoring.submitText"),
                t("accr.scoring.submit"), () -> save(true)));
        recuse.setText(t("accr.scoring.recuse"));
        recuse.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        recuse.addClickListener(e -> Ui.askReason("accr.scoring.recuse", "accr.reason", "accr.scoring.recuse", reason -> {
            ScoringSheet current = Objects.requireNonNull(sheet);
            service.recuse(current.assignmentId(), current.version(), reason);
            Notifications.success(t("accr.scoring.recused"));
            UI.getCurrent().navigate(WorklistView.class);
        }));
    }

    @Override
    public void setParameter(BeforeEvent event, Long assignmentId) {
        try {
            sheet = service.scoringSheet(assignmentId);
            render(sheet);
        } catch (RuleViolationException e) {
            removeAll();
            add(new ViewToolbar(t("accr.scoring.title")), new Paragraph(RuleViolations.message(e)));
        }
    }

    private void render(ScoringSheet sheet) {
        removeAll();
        scores.clear();
        comments.clear();
        binder = new Binder<>();
        boolean editable = "ASSIGNED".equals(sheet.state()) || "DRAFT".equals(sheet.state());
        VerticalLayout content = new VerticalLayout();
        content.add(new Paragraph(t("accr.scoring.about", sheet.townName(), sheet.roundTitle(),
                Formats.date(sheet.deadline()))));
        Suspension suspension = sheet.suspension();
        if (suspension != null) {
            suspended.setText(t("accr.scoring.suspended." + suspension.kind().name(), suspension.detail()));
            suspended.getStyle().set("color", "var(--lumo-error-text-color)");
            content.add(suspended);
        }
        Div statement = new Div(new Span(sheet.statement()));
        statement.getStyle().set("background", "var(--lumo-contrast-5pct)").set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        content.add(new H3(t("accr.app.statement")), statement, Ui.labelled("accr.app.keyFigures", sheet.keyFigures()));
        content.add(new H3(t("accr.scoring.criteria")));
        for (ScoreLine line : sheet.lines()) {
            IntegerField score = new IntegerField(t("accr.scoring.scoreOf", line.name(), line.maxScore()));
            score.setMin(0);
            score.setMax(line.maxScore());
            String range = t("accreditation.error.score.range", line.name(), line.maxScore());
            score.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(range).setMinErrorMessage(range)
                    .setMaxErrorMessage(range));
            score.setStepButtonsVisible(true);
            score.setHelperText(line.guidance());
            score.setWidth("16rem");
            score.setMaxWidth("100%");
            score.setValue(line.score());
            score.setReadOnly(!editable);
            score.addValueChangeListener(e -> updateTotal());
            TextField comment = new TextField(t("accr.scoring.comment"));
            comment.setValue(line.comment());
            comment.setReadOnly(!editable);
            comment.setWidth("32rem");
            comment.setMaxWidth("100%");
            score.setId("score-" + line.criterionId());
            comment.setId("comment-" + line.criterionId());
            binder.forField(score).bind(b -> null, (b, v) -> { });
            binder.forField(comment).withValidator(FormDialog.Checks.length(this, ScoringService.COMMENT_LENGTH))
                    .bind(b -> null, (b, v) -> { });
            scores.put(line.criterionId(), score);
            comments.put(line.criterionId(), comment);
            HorizontalLayout row = new HorizontalLayout(score, comment);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            row.setWidthFull();
            content.add(row);
        }
        overall.setLabel(t("accr.scoring.overall"));
        overall.setWidth("48rem");
        overall.setMaxWidth("100%");
        overall.setValue(sheet.comment() == null ? "" : sheet.comment());
        overall.setReadOnly(!editable);
        binder.forField(overall).withValidator(FormDialog.Checks.length(this, ScoringService.OVERALL_LENGTH))
                .bind(b -> null, (b, v) -> { });
        content.add(overall, total);
        updateTotal();
        if (editable) {
            content.add(new HorizontalLayout(saveDraft, submit, recuse));
        } else if (suspension != null) {
            content.add(recuse);
        } else {
            content.add(Ui.assignmentBadge(sheet.state()), new Span(t("accr.scoring.final." + sheet.state())));
        }
        HorizontalLayout header = new HorizontalLayout(Ui.assignmentBadge(sheet.state()));
        add(new ViewToolbar(t("accr.scoring.titleOf", sheet.compoundName()), header), content);
    }

    /** The sum as the reviewer types; an empty score adds nothing here (a draft may be partial). */
    void updateTotal() {
        int sum = scores.values().stream().map(IntegerField::getValue).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).sum();
        total.setText(t("accr.scoring.total", sum));
    }

    /** Whether every field can be read (no unreadable or out-of-range score, no text too long); else says so there. */
    private boolean fieldsReadable() {
        BinderValidationStatus<Object> status = binder.validate();
        status.getFieldValidationErrors().stream().findFirst()
                .ifPresent(error -> {
                    if (error.getField() instanceof Focusable<?> field) {
                        field.focus();
                    }
                });
        return status.isOk();
    }

    void save(boolean final_) {
        ScoringSheet current = Objects.requireNonNull(sheet);
        Map<String, HasValidation> fields = new HashMap<>();
        scores.forEach((id, f) -> fields.put("score-" + id, f));
        comments.forEach((id, f) -> fields.put("comment-" + id, f));
        fields.put("comment", overall);
        RuleViolations.clear(fields);
        if (!fieldsReadable()) {
            return;
        }
        List<ScoreInput> inputs = new ArrayList<>();
        scores.forEach((id, f) -> inputs.add(new ScoreInput(id, f.getValue(), comments.get(id).getValue())));
        try {
            service.saveScores(current.assignmentId(), current.version(), inputs, overall.getValue(), final_);
            Notifications.success(t(final_ ? "accr.scoring.submitted" : "accr.scoring.saved"));
            sheet = service.scoringSheet(current.assignmentId());
            render(sheet);
        } catch (RuleViolationException e) {
            RuleViolations.show(e, fields);
        }
    }

    @Override
    public String getPageTitle() {
        return t("accr.scoring.title") + " · " + t("app.name");
    }
}
