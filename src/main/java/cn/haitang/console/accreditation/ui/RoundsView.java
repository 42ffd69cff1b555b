package cn.haitang.console.accreditation.ui;

import cn.haitang.console.base.ui.PhoneGrid;
import static cn.haitang.console.accreditation.ui.Ui.t;

import cn.haitang.console.accreditation.CriterionForm;
import cn.haitang.console.accreditation.CriterionRow;
import cn.haitang.console.accreditation.DecisionService;
import cn.haitang.console.accreditation.Level;
import cn.haitang.console.accreditation.RankRow;
import cn.haitang.console.accreditation.RoundForm;
import cn.haitang.console.accreditation.RoundRow;
import cn.haitang.console.accreditation.RoundService;
import cn.haitang.console.accreditation.RubricDetail;
import cn.haitang.console.accreditation.RubricRow;
import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.ui.ErrorLine;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Badges.Tone;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.ViewToolbar;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasPlaceholder;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** City admins keep the rounds (评选批次) and the rubrics they use; a used rubric is frozen. */
@Route("accreditation/rounds")
@RolesAllowed(Role.Names.CITY_ADMIN)
@Menu(order = 80, icon = "vaadin:calendar-clock", title = "nav.accreditation.rounds")
class RoundsView extends Main implements HasDynamicTitle {

    private final RoundService service;
    private final DecisionService decisions;
    private final LocalDate today;
    final Grid<RoundRow> rounds = new Grid<>();
    final Grid<RubricRow> rubrics = new Grid<>();

    RoundsView(RoundService service, DecisionService decisions, Clock clock) {
        this.service = service;
        this.decisions = decisions;
        this.today = LocalDate.now(clock);
        addClassName("ht-view");
        Button newRound = new Button(t("accr.round.new"), VaadinIcon.PLUS.create(), e -> openRound(null));
        newRound.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button newRubric = new Button(t("accr.rubric.new"), VaadinIcon.PLUS.create(), e -> openRubric(null));

        rounds.addColumn(r -> t(r.level().messageKey())).setHeader(t("accr.round.level")).setAutoWidth(true);
        rounds.addColumn(RoundRow::year).setHeader(t("accr.round.year")).setAutoWidth(true);
        rounds.addColumn(RoundRow::title).setHeader(t("accr.round.title")).setAutoWidth(true).setFlexGrow(1);
        rounds.addColumn(r -> Formats.date(r.opensOn()) + " ~ " + Formats.date(r.closesOn()))
                .setHeader(t("accr.round.window")).setAutoWidth(true);
        rounds.addColumn(RoundRow::quota).setHeader(t("accr.round.quota")).setAutoWidth(true);
        rounds.addColumn(r -> t("accr.round.thresholdsText", r.minSatisfaction(), r.minFeeCollection()))
                .setHeader(t("accr.round.thresholds")).setAutoWidth(true);
        rounds.addColumn(RoundRow::applications).setHeader(t("accr.round.applications")).setAutoWidth(true);
        rounds.addComponentColumn(this::roundActions).setHeader(t("common.actions")).setAutoWidth(true).setFlexGrow(0);
        PhoneGrid.cards(rounds, rounds.addComponentColumn(r -> PhoneGrid.card(r.title(),
                new Object[] {t(r.level().messageKey()), String.valueOf(r.year()),
                        t("accr.round.quota") + " " + r.quota(), t("accr.round.applications") + " " + r.applications()},
                Formats.date(r.opensOn()) + " ~ " + Formats.date(r.closesOn()),
                t("accr.round.thresholdsText", r.minSatisfaction(), r.minFeeCollection()), roundActions(r)))
                .setHeader(t("accr.round.title")));
        rounds.setEmptyStateText(t("grid.empty"));
        rounds.setAllRowsVisible(true);

        rubrics.addColumn(RubricRow::name).setHeader(t("accr.rubric.name")).setFlexGrow(1);
        rubrics.addColumn(RubricRow::criteria).setHeader(t("accr.rubric.criteria")).setAutoWidth(true);
        rubrics.addColumn(RubricRow::total).setHeader(t("accr.rubric.total")).setAutoWidth(true);
        rubrics.addComponentColumn(r -> r.used() ? Badges.badge(t("accr.rubric.used"), Tone.CONTRAST) : new Span())
                .setHeader(t("accr.rubric.status")).setAutoWidth(true);
        rubrics.addComponentColumn(this::rubricAction).setHeader(t("common.actions")).setAutoWidth(true).setFlexGrow(0);
        PhoneGrid.cards(rubrics, rubrics.addComponentColumn(r -> PhoneGrid.card(r.name(),
                new Object[] {t("accr.rubric.criteria") + " " + r.criteria(), t("accr.rubric.total") + " " + r.total(),
                        r.used() ? Badges.badge(t("accr.rubric.used"), Tone.CONTRAST) : null}, rubricAction(r)))
                .setHeader(t("accr.rubric.name")));
        rubrics.setEmptyStateText(t("grid.empty"));
        rubrics.setAllRowsVisible(true);

        refresh();
        add(new ViewToolbar(t("nav.accreditation.rounds"), ViewToolbar.group(newRound, newRubric)),
                new H2(t("accr.round.heading")), rounds, new H2(t("accr.rubric.heading")), rubrics);
    }

    private HorizontalLayout roundActions(RoundRow r) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> openRound(r));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        edit.setTooltipText(t("action.edit"));
        Button rank = new Button(t("accr.round.ranking"), VaadinIcon.BAR_CHART_H.create(), e -> openRanking(r));
        rank.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(edit, rank);
    }

    private Button rubricAction(RubricRow r) {
        Button open = new Button(r.used() ? VaadinIcon.EYE.create() : VaadinIcon.EDIT.create(), e -> openRubric(r));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        open.setTooltipText(t(r.used() ? "accr.rubric.view" : "action.edit"));
        return open;
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
        grid.addColumn(r -> r.result() == null ? "" : r.result().toPlainString()).setHeader(t("accr.app.result"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.spread() == null ? "" : r.spread().toPlainString()).setHeader(t("accr.app.spread"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> r.flagged() ? Badges.badge(t("accr.app.flagged"), Tone.WARNING) : new Span())
                .setHeader(t("accr.app.discussion")).setAutoWidth(true);
        grid.addComponentColumn(r -> r.withinQuota() ? Badges.badge(t("accr.rank.within"), Tone.SUCCESS)
                : Badges.badge(t("accr.rank.beyond"), Tone.CONTRAST)).setHeader(t("accr.rank.quota")).setAutoWidth(true);
        grid.addComponentColumn(r -> Ui.stateBadge(r.state())).setHeader(t("accr.app.state")).setAutoWidth(true);
        grid.setItems(decisions.ranking(round.id()));
        grid.setEmptyStateText(t("grid.empty"));
        grid.setWidth("60rem");
        grid.setMaxWidth("100%");
        dialog.add(grid);
        dialog.getFooter().add(Ui.button("action.close", dialog::close));
        dialog.open();
    }

    /** Creates or edits a round: every field is checked before the service is asked. */
    class RoundDialog extends FormDialog {
        final Select<Level> level;
        final IntegerField year;
        final TextField title;
        final Select<RubricRow> rubric;
        final DatePicker opensOn;
        final DatePicker closesOn;
        final DatePicker reviewDeadline;
        final IntegerField quota;
        final BigDecimalField minSatisfaction;
        final BigDecimalField minFeeCollection;
        final BigDecimalField spreadThreshold;
        final Button save = saveButton();

        RoundDialog(@Nullable RoundRow existing) {
            super(t(existing == null ? "accr.round.new" : "accr.round.edit"));
            List<RubricRow> all = service.rubrics();
            LocalDate first = FieldChecks.EARLIEST_RECORD;
            LocalDate last = today.plusYears(FieldChecks.PLAN_YEARS_AHEAD);
            level = select("level", "accr.round.level", List.of(Level.values()), l -> t(l.messageKey()), Need.REQUIRED);
            year = integer("year", "accr.round.year", RoundService.MIN_YEAR, RoundService.MAX_YEAR, Need.REQUIRED);
            title = text("title", "accr.round.title", RoundService.NAME_LENGTH, Need.REQUIRED);
            form().setColspan(title, 2);
            rubric = select("rubricId", "accr.round.rubric", all, RubricRow::name, Need.REQUIRED);
            opensOn = date("opensOn", "accr.round.opensOn", first, last, Need.REQUIRED);
            closesOn = date("closesOn", "accr.round.closesOn", first, last, Need.REQUIRED);
            reviewDeadline = date("reviewDeadline", "accr.round.reviewDeadline", first, last, Need.REQUIRED);
            quota = integer("quota", "accr.round.quota", 1, RoundService.MAX_QUOTA, Need.REQUIRED);
            minSatisfaction = percent("minSatisfaction", "accr.round.minSatisfaction");
            minFeeCollection = percent("minFeeCollection", "accr.round.minFeeCollection");
            spreadThreshold = percent("spreadThreshold", "accr.round.spreadThreshold");
            spreadThreshold.setHelperText(t("accr.round.spreadHelp"));
            if (existing == null) {
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
            onSave(() -> {
                RoundForm form = new RoundForm(level.getValue(), year.getValue(), title.getValue(), opensOn.getValue(),
                        closesOn.getValue(), reviewDeadline.getValue(), quota.getValue(),
                        rubric.getValue() == null ? -1 : rubric.getValue().id(), minSatisfaction.getValue(),
                        minFeeCollection.getValue(), spreadThreshold.getValue());
                service.saveRound(existing == null ? null : existing.id(), existing == null ? 0 : existing.version(), form);
                return t("accr.round.saved", form.title());
            }, RoundsView.this::refresh);
            title.focus();
        }

        private BigDecimalField percent(String name, String labelKey) {
            BigDecimalField field = decimal(name, labelKey, BigDecimal.ZERO, BigDecimal.valueOf(100), 2, Need.REQUIRED);
            field.setSuffixComponent(new Span("%"));
            return field;
        }
    }

    /** Creates or edits a rubric: criteria with maxima summing to 100; read-only once used. */
    class RubricDialog extends FormDialog {
        final TextField name;
        final VerticalLayout rows = new VerticalLayout();
        final List<CriterionEditor> editors = new ArrayList<>();
        final Span total = new Span();
        final ErrorLine criteriaError = refusalsAt("criteria", new ErrorLine());
        final Button save = saveButton();
        private final Button addRow;
        private int added;

        RubricDialog(@Nullable RubricDetail existing) {
            super(t(existing == null ? "accr.rubric.new" : existing.used() ? "accr.rubric.view" : "accr.rubric.edit"));
            boolean readOnly = existing != null && existing.used();
            name = text("name", "accr.rubric.name", RoundService.NAME_LENGTH, Need.REQUIRED);
            form().setColspan(name, 2);
            rows.setPadding(false);
            rows.setSpacing(false);
            addRow = new Button(t("accr.rubric.addCriterion"), VaadinIcon.PLUS.create(), e -> addRow(null));
            addRow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout footer = new HorizontalLayout(addRow, total);
            footer.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            form().add(rows, footer, criteriaError);
            form().setColspan(rows, 2);
            form().setColspan(footer, 2);
            form().setColspan(criteriaError, 2);
            setWidth("56rem");
            if (existing != null) {
                name.setValue(existing.name());
                existing.criteria().forEach(this::addRow);
            } else {
                addRow(null);
            }
            if (readOnly) {
                Span frozen = Badges.badge(t("accr.rubric.frozen"), Tone.CONTRAST);
                form().addComponentAsFirst(frozen);
                form().setColspan(frozen, 2);
                name.setReadOnly(true);
                editors.forEach(ed -> ed.setReadOnly(true));
                addRow.setVisible(false);
                save.setVisible(false);
            }
            updateTotal();
            onSave(() -> {
                List<CriterionForm> items = editors.stream()
                        .map(e -> new CriterionForm(e.name.getValue(), e.max.getValue(), e.guidance.getValue())).toList();
                service.saveRubric(existing == null ? null : existing.id(), existing == null ? 0 : existing.version(),
                        name.getValue(), items);
                return t("accr.rubric.saved", name.getValue());
            }, RoundsView.this::refresh);
            name.focus();
        }

        private void addRow(@Nullable CriterionRow c) {
            CriterionEditor editor = new CriterionEditor(c, added++);
            editors.add(editor);
            rows.add(editor);
            updateTotal();
        }

        /** The sum as the admin types; an empty maximum counts as nothing here, and is refused at its field on save. */
        void updateTotal() {
            int sum = editors.stream().map(e -> e.max.getValue()).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
            total.setText(t("accr.rubric.totalNow", sum));
            total.getStyle().set("color", sum == 100 ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        }

        /** One criterion: its name, its maximum (1 to 100) and guidance for the reviewers. */
        class CriterionEditor extends HorizontalLayout {
            final TextField name;
            final IntegerField max;
            final TextField guidance;
            final Button remove;

            CriterionEditor(@Nullable CriterionRow c, int index) {
                name = unlabelled(text("criterion-name-" + index, "accr.rubric.criterionName", RoundService.NAME_LENGTH,
                        Need.REQUIRED));
                max = unlabelled(integer("criterion-max-" + index, "accr.rubric.max", 1, RoundService.MAX_CRITERION_SCORE,
                        Need.REQUIRED));
                max.setWidth("7rem");
                max.addValueChangeListener(e -> updateTotal());
                guidance = unlabelled(text("criterion-guidance-" + index, "accr.rubric.guidance",
                        RoundService.GUIDANCE_LENGTH, Need.OPTIONAL));
                guidance.setWidth("24rem");
                guidance.setMaxWidth("100%");
                if (c != null) {
                    name.setValue(c.name());
                    max.setValue(c.maxScore());
                    guidance.setValue(c.guidance());
                }
                remove = new Button(VaadinIcon.TRASH.create(), e -> removeRow());
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(t("accr.rubric.removeCriterion"));
                setAlignItems(Alignment.BASELINE);
                setWrap(true);
                add(name, max, guidance, remove);
            }

            /** A row's fields say what they are in their placeholder, not a label above each row. */
            private <F extends HasLabel & HasPlaceholder & HasAriaLabel> F unlabelled(F field) {
                field.setPlaceholder(field.getLabel());
                field.setAriaLabel(field.getLabel());
                field.setLabel(null);
                return field;
            }

            private void removeRow() {
                forget(name);
                forget(max);
                forget(guidance);
                rows.remove(this);
                editors.remove(this);
                updateTotal();
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
