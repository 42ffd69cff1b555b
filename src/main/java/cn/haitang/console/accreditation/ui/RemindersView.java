package cn.haitang.console.accreditation.ui;

import cn.haitang.console.base.ui.PhoneGrid;
import static cn.haitang.console.accreditation.ui.Ui.t;

import cn.haitang.console.accreditation.SiteRegistryService;
import cn.haitang.console.accreditation.ReviewCandidate;
import cn.haitang.console.accreditation.SiteRow;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.ViewToolbar;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;

/** Sites due for re-review within 90 days, and sites whose live figures fell below their level's thresholds. */
@Route("accreditation/reminders")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 86, icon = "vaadin:bell", title = "nav.accreditation.reminders")
class RemindersView extends Main implements HasDynamicTitle {

    final Grid<SiteRow> due = new Grid<>();
    final Grid<ReviewCandidate> candidates = new Grid<>();

    RemindersView(SiteRegistryService service, Clock clock) {
        addClassName("ht-view");
        LocalDate today = LocalDate.now(clock);
        due.addColumn(s -> ChronoUnit.DAYS.between(today, s.validTo())).setHeader(t("accr.reminder.daysLeft")).setAutoWidth(true);
        due.addColumn(s -> Formats.date(s.validTo())).setHeader(t("accr.site.validTo")).setAutoWidth(true);
        due.addColumn(SiteRow::compoundName).setHeader(t("accr.app.compound")).setAutoWidth(true);
        due.addColumn(SiteRow::townName).setHeader(t("accr.app.town")).setAutoWidth(true);
        due.addColumn(s -> t(s.level().messageKey())).setHeader(t("accr.round.level")).setAutoWidth(true);
        due.addColumn(SiteRow::certificateNo).setHeader(t("accr.site.certificate")).setAutoWidth(true);
        PhoneGrid.cards(due, due.addComponentColumn(s -> PhoneGrid.card(s.compoundName(),
                new Object[] {t(s.level().messageKey()), s.townName()},
                t("accr.reminder.daysLeft") + " " + ChronoUnit.DAYS.between(today, s.validTo()) + " · "
                        + t("accr.site.validTo") + " " + Formats.date(s.validTo()),
                s.certificateNo())).setHeader(t("accr.app.compound")));
        due.setItems(service.sitesDueForReview(SiteRegistryService.REVIEW_REMINDER_DAYS));
        due.setEmptyStateText(t("grid.empty"));
        due.setAllRowsVisible(true);
        due.addItemClickListener(e -> UI.getCurrent().navigate(ApplicationView.class, e.getItem().applicationId()));

        candidates.addColumn(c -> c.site().compoundName()).setHeader(t("accr.app.compound")).setAutoWidth(true);
        candidates.addColumn(c -> c.site().townName()).setHeader(t("accr.app.town")).setAutoWidth(true);
        candidates.addColumn(c -> t(c.site().level().messageKey())).setHeader(t("accr.round.level")).setAutoWidth(true);
        candidates.addColumn(c -> c.failures().stream().map(f -> t(f.messageKey())).collect(Collectors.joining("；")))
                .setHeader(t("accr.reminder.failed")).setFlexGrow(1);
        PhoneGrid.cards(candidates, candidates.addComponentColumn(c -> PhoneGrid.card(c.site().compoundName(),
                new Object[] {t(c.site().level().messageKey()), c.site().townName()},
                c.failures().stream().map(f -> t(f.messageKey())).collect(Collectors.joining("；"))))
                .setHeader(t("accr.app.compound")));
        candidates.setItems(service.reviewCandidates());
        candidates.setEmptyStateText(t("grid.empty"));
        candidates.setAllRowsVisible(true);
        candidates.addItemClickListener(e -> UI.getCurrent().navigate(ApplicationView.class, e.getItem().site().applicationId()));

        add(new ViewToolbar(t("nav.accreditation.reminders")), new H2(t("accr.reminder.dueHeading")),
                new Paragraph(t("accr.reminder.dueHelp", SiteRegistryService.REVIEW_REMINDER_DAYS)), due,
                new H2(t("accr.reminder.candidatesHeading")), new Paragraph(t("accr.reminder.candidatesHelp")), candidates);
    }

    @Override
    public String getPageTitle() {
        return t("nav.accreditation.reminders") + " · " + t("app.name");
    }
}
