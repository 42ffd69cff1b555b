package cn.haitang.console.accreditation.ui;

import static cn.haitang.console.accreditation.ui.Ui.t;

import cn.haitang.console.accreditation.AccreditationService;
import cn.haitang.console.accreditation.CriterionForm;
import cn.haitang.console.accreditation.CriterionRow;
import cn.haitang.console.accreditation.Level;
import cn.haitang.console.accreditation.RankRow;
import cn.haitang.console.accreditation.RoundForm;
import cn.haitang.console.accreditation.RoundRow;
import cn.haitang.console.accreditation.RubricDetail;
import cn.haitang.console.accreditation.RubricRow;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.LocalizedFields;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.base.ui.ViewToolbar;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** City admins keep the rounds (评选批次) and the rubrics they use; a used rubric is frozen. */
@Route("accreditation/rounds")
@RolesAllowed(Role.Names.CITY_ADMIN)
@Menu(order = 60, icon = "vaadin:calendar-clock", title = "nav.accreditation.rounds")
public class RoundsView extends Main implements HasDynamicTitle {

    private final AccreditationService service;
    final Grid<RoundRow> rounds = new Grid<>();
    final Grid<RubricRow> rubrics = new Grid<>();

    public RoundsView(AccreditationService service) {
        this.service = service;
        addClassName("ht-view");
        Button newRound = new Button(t("accr.round.new"), VaadinIcon.PLUS.create(), e -> openRound(null));
        newRound.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button newRubric = new Button(t("accr.rubric.new"), VaadinIcon.PLUS.create(), e -> openRubric(null));

        rounds.addColumn(r -> t(r.level().messageKey())).setHeader(t("accr.round.level")).setAutoWidth(true);
        rounds.addColumn(RoundRow::year).setHeader(t("accr.round.year")).setAutoWidth(true);
        rounds.addColumn(RoundRow::title).setHeader(t("accr.round.title")).setAutoWidth(true).setFlexGrow(1);
        rounds.addColumn(r -> Formats.date(r.opensOn()) + " ~ " + Formats.date(r.closesOn())).setHeader(t("accr.round.window"))
                .setAutoWidth(true);
        rounds.addColumn(RoundRow::quota).setHeader(t("accr.round.quota")).setAutoWidth(true);
        rounds.addColumn(r -> t("accr.round.thresholdsText", r.minSatisfaction(), r.minFeeCollection()))
                .setHeader(t("accr.round.thresholds")).setAutoWidth(true);
        rounds.addColumn(RoundRow::applications).setHeader(t("accr.round.applications")).setAutoWidth(true);
        rounds.addComponentColumn(r -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> openRound(r));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            edit.setTooltipText(t("action.edit"));
            Button rank = new Button(t("accr.round.ranking"), VaadinIcon.BAR_CHART_H.create(), e -> openRanking(r));
            rank.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            return new HorizontalLayout(edit, rank);
        }).setHeader(t("common.actions")).setAutoWidth(true).setFlexGrow(0);
        rounds.setEmptyStateText(t("grid.empty"));
        rounds.setAllRowsVisible(true);

        rubrics.addColumn(RubricRow::name).setHeader(t("accr.rubric.name")).setFlexGrow(1);
        rubrics.addColumn(RubricRow::criteria).setHeader(t("accr.rubric.criteria")).setAutoWidth(true);
        rubrics.addColumn(RubricRow::total).setHeader(t("accr.rubric.total")).setAutoWidth(true);
        rubrics.addComponentColumn(r -> r.used() ? Ui.badge(t("accr.rubric.used"), "badge contrast") : new Span())
                .setHeader(t("accr.rubric.status")).setAutoWidth(true);
        rubrics.addComponentColumn(r -> {
            Button open = new Button(r.used() ? VaadinIcon.EYE.create() : VaadinIcon.EDIT.create(), e -> openRubric(r));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            open.setTooltipText(t(r.used() ? "accr.rubric.view" : "action.edit"));
            return open;
        }).setHeader(t("common.actions")).setAutoWidth(true).setFlexGrow(0);
        rubrics.setEmptyStateText(t("grid.empty"));
        rubrics.setAllRowsVisible(true);

        refresh();
        add(new ViewToolbar(t("nav.accreditation.rounds"), ViewToolbar.group(newRound, newRubric)),
                new H2(t("accr.round.heading")), rounds, new H2(t("accr.rubric.heading")), rubrics);
    }

    void refresh() {
        rounds.setItems(service.rounds());
        rubrics.setItems(service.rubrics());
    }

    RoundDialog openRound(@Nullable RoundRow row) {
        RoundDialog dialog = new RoundDialog(row);
        dialog.open();
        return dialog;
    }

    RubricDialog openRubric(@Nullable RubricRow row) {
        RubricDialog dialog = new RubricDialog(row == null ? null : service.rubric(row.id()));
        dialog.open();
        return dialog;
    }

    void openRanking(RoundRow round) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("accr.round.rankingOf", round.title(), round.quota()));
        Grid<RankRow> grid = new Grid<>();
        grid.addColumn(RankRow::rank).setHeader(t("accr.rank.rank")).setAutoWidth(true);
        grid.addComponentColumn(r -> new RouterLink(r.compoundName(), ApplicationView.class, r.applicationId()))
                .setHeader(t("accr.app.compound")).setAutoWidth(true);
        grid.addColumn(RankRow::townName).setHeader(t("accr.app.town")).setAutoWidth(true);
        grid.addColumn(r -> r.result() == null ? "" : r.result().toPlainString()).setHeader(t("accr.app.result")).setAutoWidth(true);
        grid.addColumn(r -> r.spread() == null ? "" : r.spread().toPlainString()).setHeader(t("accr.app.spread")).setAutoWidth(true);
        grid.addComponentColumn(r -> r.flagged() ? Ui.badge(t("accr.app.flagged"), "badge warning") : new Span())
                .setHeader(t("accr.app.discussion")).setAutoWidth(true);
        grid.addComponentColumn(r -> r.withinQuota() ? Ui.badge(t("accr.rank.within"), "badge success")
                : Ui.badge(t("accr.rank.beyond"), "badge contrast")).setHeader(t("accr.rank.quota")).setAutoWidth(true);
        grid.addComponentColumn(r -> Ui.stateBadge(r.state())).setHeader(t("accr.app.state")).setAutoWidth(true);
        grid.setItems(service.ranking(round.id()));
        grid.setEmptyStateText(t("grid.empty"));
        grid.setWidth("60rem");
        dialog.add(grid);
        dialog.getFooter().add(Ui.button("action.close", dialog::close));
        dialog.open();
    }

    /** Creates or edits a round. */
    class RoundDialog extends Dialog {
        final Select<Level> level = new Select<>();
        final IntegerField year = new IntegerField(t("accr.round.year"));
        final TextField title = new TextField(t("accr.round.title"));
        final DatePicker opensOn = LocalizedFields.datePicker(this, "accr.round.opensOn");
        final DatePicker closesOn = LocalizedFields.datePicker(this, "accr.round.closesOn");
        final DatePicker reviewDeadline = LocalizedFields.datePicker(this, "accr.round.reviewDeadline");
        final IntegerField quota = new IntegerField(t("accr.round.quota"));
        final Select<RubricRow> rubric = new Select<>();
        final BigDecimalField minSatisfaction = new BigDecimalField(t("accr.round.minSatisfaction"));
        final BigDecimalField minFeeCollection = new BigDecimalField(t("accr.round.minFeeCollection"));
        final BigDecimalField spreadThreshold = new BigDecimalField(t("accr.round.spreadThreshold"));
        final Button save = Ui.primary("action.save", this::save);
        private final @Nullable RoundRow existing;

        RoundDialog(@Nullable RoundRow existing) {
            this.existing = existing;
            setHeaderTitle(t(existing == null ? "accr.round.new" : "accr.round.edit"));
            level.setLabel(t("accr.round.level"));
            level.setItems(Level.values());
            level.setItemLabelGenerator(l -> t(l.messageKey()));
            title.setMaxLength(100);
            List<RubricRow> all = service.rubrics();
            rubric.setLabel(t("accr.round.rubric"));
            rubric.setItems(all);
            rubric.setItemLabelGenerator(RubricRow::name);
            minSatisfaction.setSuffixComponent(new Span("%"));
            minFeeCollection.setSuffixComponent(new Span("%"));
            spreadThreshold.setHelperText(t("accr.round.spreadHelp"));
            if (existing == null) {
                LocalDate today = service.currentDate();
                level.setValue(Level.CITY);
                year.setValue(today.getYear());
                opensOn.setValue(today);
                closesOn.setValue(today.plusDays(30));
                reviewDeadline.setValue(today.plusDays(45));
                quota.setValue(10);
                minSatisfaction.setValue(BigDecimal.valueOf(90));
                minFeeCollection.setValue(BigDecimal.valueOf(90));
                spreadThreshold.setValue(BigDecimal.valueOf(15));
                all.stream().findFirst().ifPresent(rubric::setValue);
            } else {
                level.setValue(existing.level());
                year.setValue(existing.year());
                title.setValue(existing.title());
                opensOn.setValue(existing.opensOn());
                closesOn.setValue(existing.closesOn());
                reviewDeadline.setValue(existing.reviewDeadline());
                quota.setValue(existing.quota());
                minSatisfaction.setValue(existing.minSatisfaction());
                minFeeCollection.setValue(existing.minFeeCollection());
                spreadThreshold.setValue(existing.spreadThreshold());
                all.stream().filter(r -> r.id() == existing.rubricId()).findFirst().ifPresent(rubric::setValue);
            }
            FormLayout form = new FormLayout(level, year, title, rubric, opensOn, closesOn, reviewDeadline, quota,
                    minSatisfaction, minFeeCollection, spreadThreshold);
            form.setColspan(title, 2);
            add(form);
            save.addClickShortcut(Key.ENTER);
            getFooter().add(Ui.button("action.cancel", this::close), save);
        }

        void save() {
            Map<String, HasValidation> fields = new LinkedHashMap<>();
            fields.put("level", level);
            fields.put("year", year);
            fields.put("title", title);
            fields.put("opensOn", opensOn);
            fields.put("closesOn", closesOn);
            fields.put("reviewDeadline", reviewDeadline);
            fields.put("quota", quota);
            fields.put("rubricId", rubric);
            fields.put("minSatisfaction", minSatisfaction);
            fields.put("minFeeCollection", minFeeCollection);
            fields.put("spreadThreshold", spreadThreshold);
            RuleViolations.clear(fields);
            RoundForm form = new RoundForm(level.getValue(), year.getValue() == null ? 0 : year.getValue(),
                    title.getValue(), opensOn.getValue(), closesOn.getValue(), reviewDeadline.getValue(),
                    quota.getValue() == null ? 0 : quota.getValue(), rubric.getValue() == null ? -1 : rubric.getValue().id(),
                    minSatisfaction.getValue(), minFeeCollection.getValue(), spreadThreshold.getValue());
            try {
                service.saveRound(existing == null ? null : existing.id(), existing == null ? 0 : existing.version(), form);
                Notifications.success(t("accr.round.saved", form.title()));
                close();
                refresh();
            } catch (RuleViolationException e) {
                RuleViolations.show(e, fields);
            }
        }
    }

    /** Creates or edits a rubric: criteria with maxima summing to 100; read-only once used. */
    class RubricDialog extends Dialog {
        final TextField name = new TextField(t("accr.rubric.name"));
        final VerticalLayout rows = new VerticalLayout();
        final List<CriterionEditor> editors = new ArrayList<>();
        final Span total = new Span();
        final Span criteriaError = new Span();
        final Button save = Ui.primary("action.save", this::save);
        private final @Nullable RubricDetail existing;

        RubricDialog(@Nullable RubricDetail existing) {
            this.existing = existing;
            boolean readOnly = existing != null && existing.used();
            setHeaderTitle(t(existing == null ? "accr.rubric.new" : readOnly ? "accr.rubric.view" : "accr.rubric.edit"));
            name.setMaxLength(100);
            name.setWidthFull();
            rows.setPadding(false);
            rows.setSpacing(false);
            criteriaError.getStyle().set("color", "var(--lumo-error-text-color)");
            if (existing != null) {
                name.setValue(existing.name());
                existing.criteria().forEach(this::addRow);
            } else {
                addRow(null);
            }
            Button addRow = new Button(t("accr.rubric.addCriterion"), VaadinIcon.PLUS.create(), e -> addRow(null));
            addRow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            VerticalLayout content = new VerticalLayout(name, rows, new HorizontalLayout(addRow, total), criteriaError);
            content.setPadding(false);
            content.setWidth("48rem");
            if (readOnly) {
                Span frozen = Ui.badge(t("accr.rubric.frozen"), "badge contrast");
                content.addComponentAsFirst(frozen);
                name.setReadOnly(true);
                editors.forEach(ed -> ed.setReadOnly(true));
                addRow.setVisible(false);
                save.setVisible(false);
            }
            add(content);
            updateTotal();
            getFooter().add(Ui.button("action.cancel", this::close), save);
        }

        private void addRow(@Nullable CriterionRow c) {
            CriterionEditor editor = new CriterionEditor(c);
            editors.add(editor);
            rows.add(editor);
        }

        void updateTotal() {
            int sum = editors.stream().mapToInt(e -> e.max.getValue() == null ? 0 : e.max.getValue()).sum();
            total.setText(t("accr.rubric.totalNow", sum));
            total.getStyle().set("color", sum == 100 ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        }

        void save() {
            name.setInvalid(false);
            criteriaError.setText("");
            List<CriterionForm> items = editors.stream().filter(e -> e.getParent().isPresent())
                    .map(e -> new CriterionForm(e.name.getValue(), e.max.getValue() == null ? 0 : e.max.getValue(),
                            e.guidance.getValue()))
                    .toList();
            try {
                service.saveRubric(existing == null ? null : existing.id(), existing == null ? 0 : existing.version(),
                        name.getValue(), items);
                Notifications.success(t("accr.rubric.saved", name.getValue()));
                close();
                refresh();
            } catch (RuleViolationException e) {
                if ("criteria".equals(e.getField())) {
                    criteriaError.setText(RuleViolations.message(e));
                } else {
                    RuleViolations.show(e, Map.of("name", name));
                }
            }
        }

        class CriterionEditor extends HorizontalLayout {
            final TextField name = new TextField();
            final IntegerField max = new IntegerField();
            final TextField guidance = new TextField();
            final Button remove;

            CriterionEditor(@Nullable CriterionRow c) {
                name.setPlaceholder(t("accr.rubric.criterionName"));
                name.setAriaLabel(t("accr.rubric.criterionName"));
                max.setPlaceholder(t("accr.rubric.max"));
                max.setAriaLabel(t("accr.rubric.max"));
                max.setMin(1);
                max.setMax(100);
                max.setWidth("7rem");
                max.addValueChangeListener(e -> updateTotal());
                guidance.setPlaceholder(t("accr.rubric.guidance"));
                guidance.setAriaLabel(t("accr.rubric.guidance"));
                guidance.setMaxLength(500);
                guidance.setWidth("24rem");
                if (c != null) {
                    name.setValue(c.name());
                    max.setValue(c.maxScore());
                    guidance.setValue(c.guidance());
                }
                remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    rows.remove(this);
                    editors.remove(this);
                    updateTotal();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(t("accr.rubric.removeCriterion"));
                add(name, max, guidance, remove);
            }

            void setReadOnly(boolean readOnly) {
                name.setReadOnly(readOnly);
                max.setReadOnly(readOnly);
                guidance.setReadOnly(readOnly);
                remove.setVisible(!readOnly);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return t("nav.accreditation.rounds") + " · " + t("app.name");
    }
}
