package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.pairing.MatterAction;
import cn.haitang.console.pairing.MatterDetail;
import cn.haitang.console.pairing.MatterState;
import cn.haitang.console.pairing.MatterStepRow;
import cn.haitang.console.pairing.InstitutionService;
import cn.haitang.console.pairing.MattersService;
import cn.haitang.console.pairing.Named;
import cn.haitang.console.pairing.PlacesService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A matter: what it is, who claimed it, its timeline, and the steps open to it now. */
class MatterDialog extends Dialog {

    private final MattersService matters;
    private final PlacesService places;
    private final long matterId;
    private final LocalDate today;
    private final Runnable onChange;
    final Div body = new Div();
    final HorizontalLayout steps = new HorizontalLayout();
    final MultiSelectComboBox<Named> claimants = new MultiSelectComboBox<>();
    final TextArea resolution = new TextArea();
    final TextField evidence = new TextField();
    final TextField note = new TextField();
    final OrderedList timeline = new OrderedList();
    @Nullable MatterDetail detail;

    MatterDialog(MattersService matters, InstitutionService institutions, PlacesService places, long matterId, LocalDate today,
                 Runnable onChange) {
        this.matters = matters;
        this.places = places;
        this.matterId = matterId;
        this.today = today;
        this.onChange = onChange;
        setWidth("min(900px, 96vw)");
        claimants.setLabel(getTranslation("pairing.matter.claimants"));
        claimants.setItems(institutions.institutionOptions());
        claimants.setItemLabelGenerator(Named::name);
        claimants.setWidthFull();
        resolution.setLabel(getTranslation("pairing.matter.resolution"));
        resolution.setWidthFull();
        evidence.setLabel(getTranslation("pairing.matter.evidence"));
        evidence.setWidthFull();
        note.setWidthFull();
        add(body);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        reload();
    }

    void reload() {
        MatterDetail detail = matters.detail(matterId);
        this.detail = detail;
        setHeaderTitle(detail.row().title());
        body.removeAll();
        Paragraph where = new Paragraph(getTranslation(detail.row().category().messageKey()) + " · " + detail.row().townName()
                + " · " + detail.row().communityName() + (detail.row().compoundName() == null ? "" : " · " + detail.row().compoundName())
                + " · " + getTranslation(detail.row().source().messageKey()) + " · " + Formats.date(detail.row().raisedOn()));
        Span state = PairingUi.stateBadge(this, detail.row().state());
        state.setId("matter-state");
        body.add(state, where);
        if (detail.origin() != null) {
            Paragraph origin = new Paragraph(getTranslation("pairing.matter.origin") + "：");
            origin.setId("matter-origin");
            String link = detail.origin().link();
            if (link == null) {
                origin.add(detail.origin().label());
            } else {
                origin.add(new Anchor(link, detail.origin().label()));
            }
            body.add(origin);
        }
        body.add(new Paragraph(detail.description()));
        if (!detail.claimants().isEmpty()) {
            body.add(new Paragraph(getTranslation("pairing.matter.claimants") + "："
                    + detail.claimants().stream().map(Named::name).collect(Collectors.joining("、"))));
        }
        if (detail.resolution() != null) {
            body.add(new Paragraph(getTranslation("pairing.matter.resolution") + "：" + detail.resolution()
                    + (detail.evidence() == null ? "" : "（" + getTranslation("pairing.matter.evidence") + "："
                    + detail.evidence() + "）")));
        }
        timeline.removeAll();
        for (MatterStepRow step : detail.timeline()) {
            timeline.add(new ListItem(Formats.dateTime(step.occurredAt()) + "　" + getTranslation(step.toState().messageKey())
                    + "　" + step.actor() + (step.note() == null ? "" : "　" + step.note())));
        }
        timeline.setId("matter-timeline");
        body.add(new H4(getTranslation("pairing.matter.timeline")), timeline);
        steps.removeAll();
        Div inputs = new Div();
        Set<MatterAction> next = Set.copyOf(detail.nextSteps());
        if (next.contains(MatterAction.CLAIM)) {
            claimants.clear();
            inputs.add(claimants);
        }
        if (next.contains(MatterAction.RESOLVE)) {
            inputs.add(resolution, evidence);
        }
        if (next.contains(MatterAction.ACCEPT) || next.contains(MatterAction.REOPEN)) {
            note.setLabel(getTranslation("pairing.matter.representative") + " / " + getTranslation("pairing.matter.reason"));
            inputs.add(note);
        }
        for (MatterAction action : detail.nextSteps()) {
            Button button = new Button(getTranslation(action.messageKey()), e -> perform(action));
            button.setId("step-" + action.name());
            if (action != MatterAction.REOPEN) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            steps.add(button);
        }
        if (detail.nextSteps().isEmpty()) {
            steps.add(new Span(getTranslation("pairing.matter.noSteps")));
        }
        body.add(new H4(getTranslation("pairing.matter.nextSteps")), inputs, steps);
        if (detail.row().state() == MatterState.RAISED || detail.row().state() == MatterState.PUBLISHED) {
            Button edit = new Button(getTranslation("action.edit"), e -> new MatterFormDialog(matters, places,
                    detail.row(), today, this::reload).open());
            steps.add(edit);
        }
    }

    /** Takes a step with the inputs on screen; refusals land at the field or as a notification. */
    void perform(MatterAction action) {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("institutions", claimants);
        fields.put("resolution", resolution);
        fields.put("evidence", evidence);
        fields.put("reason", note);
        RuleViolations.clear(fields);
        long version = java.util.Objects.requireNonNull(detail).row().version();
        try {
            switch (action) {
                case CLAIM -> matters.claim(matterId, version,
                        claimants.getValue().stream().map(Named::id).collect(Collectors.toSet()));
                case RESOLVE -> matters.resolve(matterId, version, resolution.getValue(), evidence.getValue());
                case ACCEPT -> matters.accept(matterId, version, note.getValue());
                case REOPEN -> matters.reopen(matterId, version, note.getValue());
                default -> matters.transition(matterId, version, action, null);
            }
            Notifications.success(getTranslation("pairing.matter.stepDone", getTranslation(action.messageKey())));
            note.clear();
            resolution.clear();
            evidence.clear();
            reload();
            onChange.run();
        } catch (RuleViolationException e) {
            RuleViolations.show(e, fields);
        }
    }
}
