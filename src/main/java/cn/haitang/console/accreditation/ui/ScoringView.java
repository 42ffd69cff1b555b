package cn.haitang.console.accreditation.ui;

import static cn.haitang.console.accreditation.ui.Ui.t;

import cn.haitang.console.accreditation.AccreditationService;
import cn.haitang.console.accreditation.ScoreInput;
import cn.haitang.console.accreditation.ScoreLine;
import cn.haitang.console.accreditation.ScoringSheet;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.base.ui.ViewToolbar;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
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

/**
 * The scoring form of one assignment: every criterion within its range with a comment; save a draft or
 * submit (final unless an admin reopens it); or declare recusal.
 */
@Route("accreditation/scoring")
@RolesAllowed(Role.Names.REVIEWER)
public class ScoringView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AccreditationService service;
    private ScoringSheet sheet;
    final Map<Long, IntegerField> scores = new LinkedHashMap<>();
    final Map<Long, TextField> comments = new LinkedHashMap<>();
    final TextArea overall = new TextArea();
    final Span total = new Span();
    final Button saveDraft = new Button();
    final Button submit = new Button();
    final Button recuse = new Button();

    public ScoringView(AccreditationService service) {
        this.service = service;
        addClassName("ht-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long assignmentId) {
        try {
            sheet = service.scoringSheet(assignmentId);
            render();
        } catch (RuleViolationException e) {
            removeAll();
            add(new ViewToolbar(t("accr.scoring.title")), new Paragraph(RuleViolations.message(e)));
        }
    }

    private void render() {
        removeAll();
        scores.clear();
        comments.clear();
        boolean editable = "ASSIGNED".equals(sheet.state()) || "DRAFT".equals(sheet.state());
        VerticalLayout content = new VerticalLayout();
        content.add(new Paragraph(t("accr.scoring.about", sheet.townName(), sheet.roundTitle(), Formats.date(sheet.deadline()))));
        Div statement = new Div(new Span(sheet.statement()));
        statement.getStyle().set("background", "var(--lumo-contrast-5pct)").set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        content.add(new H3(t("accr.app.statement")), statement, Ui.labelled("accr.app.keyFigures", sheet.keyFigures()));
        content.add(new H3(t("accr.scoring.criteria")));
        for (ScoreLine line : sheet.lines()) {
            IntegerField score = new IntegerField(t("accr.scoring.scoreOf", line.name(), line.maxScore()));
            score.setMin(0);
            score.setMax(line.maxScore());
            score.setStepButtonsVisible(true);
            score.setHelperText(line.guidance());
            score.setWidth("16rem");
            score.setValue(line.score());
            score.setReadOnly(!editable);
            score.addValueChangeListener(e -> updateTotal());
            TextField comment = new TextField(t("accr.scoring.comment"));
            comment.setMaxLength(500);
            comment.setValue(line.comment());
            comment.setReadOnly(!editable);
            comment.setWidth("32rem");
            score.setId("score-" + line.criterionId());
            comment.setId("comment-" + line.criterionId());
            scores.put(line.criterionId(), score);
            comments.put(line.criterionId(), comment);
            HorizontalLayout row = new HorizontalLayout(score, comment);
            row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            content.add(row);
        }
        overall.setLabel(t("accr.scoring.overall"));
        overall.setMaxLength(1000);
        overall.setWidth("48rem");
        overall.setValue(sheet.comment() == null ? "" : sheet.comment());
        overall.setReadOnly(!editable);
        content.add(overall, total);
        updateTotal();
        saveDraft.setText(t("accr.scoring.saveDraft"));
        saveDraft.addClickListener(e -> save(false));
        submit.setText(t("accr.scoring.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> Confirm.ask(t("accr.scoring.submitTitle"), t("accr.scoring.submitText"),
                t("accr.scoring.submit"), () -> save(true)));
        recuse.setText(t("accr.scoring.recuse"));
        recuse.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        recuse.addClickListener(e -> Ui.askReason("accr.scoring.recuse", "accr.reason", "accr.scoring.recuse", reason -> {
            service.recuse(sheet.assignmentId(), sheet.version(), reason);
            Notifications.success(t("accr.scoring.recused"));
            UI.getCurrent().navigate(WorklistView.class);
        }));
        if (editable) {
            content.add(new HorizontalLayout(saveDraft, submit, recuse));
        } else {
            content.add(Ui.badge(t("accr.scoring.final." + sheet.state()), "badge contrast"));
        }
        HorizontalLayout header = new HorizontalLayout(Ui.badge(t("accreditation.assignment." + sheet.state()), "badge"));
        add(new ViewToolbar(t("accr.scoring.titleOf", sheet.compoundName()), header), content);
    }

    void updateTotal() {
        int sum = scores.values().stream().mapToInt(f -> f.getValue() == null ? 0 : f.getValue()).sum();
        total.setText(t("accr.scoring.total", sum));
    }

    void save(boolean final_) {
        Map<String, HasValidation> fields = new HashMap<>();
        scores.forEach((id, f) -> fields.put("score-" + id, f));
        comments.forEach((id, f) -> fields.put("comment-" + id, f));
        fields.put("comment", overall);
        RuleViolations.clear(fields);
        List<ScoreInput> inputs = new ArrayList<>();
        scores.forEach((id, f) -> inputs.add(new ScoreInput(id, f.getValue(), comments.get(id).getValue())));
        try {
            service.saveScores(sheet.assignmentId(), sheet.version(), inputs, overall.getValue(), final_);
            Notifications.success(t(final_ ? "accr.scoring.submitted" : "accr.scoring.saved"));
            sheet = service.scoringSheet(sheet.assignmentId());
            render();
        } catch (RuleViolationException e) {
            RuleViolations.show(e, fields);
        }
    }

    @Override
    public String getPageTitle() {
        return t("accr.scoring.title") + " · " + t("app.name");
    }
}
