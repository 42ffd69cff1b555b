package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.pairing.ActivityFilter;
import cn.haitang.console.pairing.ActivityRow;
import cn.haitang.console.pairing.ActivityService;
import cn.haitang.console.pairing.InstitutionRow;
import cn.haitang.console.pairing.InstitutionService;
import cn.haitang.console.pairing.MatterFilter;
import cn.haitang.console.pairing.MatterRow;
import cn.haitang.console.pairing.MattersService;
import cn.haitang.console.pairing.PairingRow;
import cn.haitang.console.pairing.PairingStatus;
import cn.haitang.console.region.RegionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An institution seen from its side: its pairings (active and ended), its activities and its claimed matters. */
class InstitutionDialog extends Dialog {

    private final InstitutionService institutions;
    private final RegionService region;
    private final long institutionId;
    private final LocalDate today;
    private final Runnable onChange;
    final Grid<PairingRow> pairings;
    final Grid<ActivityRow> activities;
    final Grid<MatterRow> claims;
    final Button newPairing = new Button();
    private @Nullable InstitutionRow row;
    private final Paragraph summary = new Paragraph();

    InstitutionDialog(InstitutionService institutions, ActivityService activityService, MattersService matters,
                      RegionService region, long institutionId, boolean admin, LocalDate today, Runnable onChange) {
        this.institutions = institutions;
        this.region = region;
        this.institutionId = institutionId;
        this.today = today;
        this.onChange = onChange;
        setWidth("min(1100px, 96vw)");
        setHeight("80vh");
        pairings = PairingUi.grid(this);
        pairings.addColumn(PairingRow::townName).setHeader(getTranslation("pairing.town")).setAutoWidth(true);
        pairings.addColumn(PairingRow::communityNames).setHeader(getTranslation("pairing.communities")).setFlexGrow(2);
        pairings.addColumn(p -> Formats.date(p.startDate())).setHeader(getTranslation("pairing.pairing.startDate")).setAutoWidth(true);
        pairings.addColumn(p -> Formats.date(p.endDate())).setHeader(getTranslation("pairing.pairing.endDate")).setAutoWidth(true);
        pairings.addComponentColumn(p -> Badges.badge(getTranslation(p.status().messageKey()),
                p.status() == PairingStatus.ACTIVE ? Badges.Tone.SUCCESS : Badges.Tone.CONTRAST))
                .setHeader(getTranslation("pairing.pairing.status"))
                .setAutoWidth(true);
        pairings.addColumn(PairingRow::services).setHeader(getTranslation("pairing.pairing.services")).setFlexGrow(2);
        pairings.addColumn(PairingRow::serviceDay).setHeader(getTranslation("pairing.pairing.serviceDay")).setAutoWidth(true);
        if (admin) {
            pairings.addComponentColumn(this::pairingActions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        }
        activities = PairingUi.grid(this);
        ActivityFilter filter = new ActivityFilter(null, null, institutionId, null, null);
        activities.addColumn(a -> Formats.date(a.date())).setHeader(getTranslation("pairing.activity.date")).setAutoWidth(true);
        activities.addColumn(ActivityRow::typeName).setHeader(getTranslation("pairing.activity.type")).setAutoWidth(true);
        activities.addColumn(ActivityRow::communityName).setHeader(getTranslation("pairing.community")).setAutoWidth(true);
        activities.addColumn(ActivityRow::participants).setHeader(getTranslation("pairing.activity.participants")).setAutoWidth(true);
        activities.addColumn(ActivityRow::description).setHeader(getTranslation("pairing.activity.description")).setFlexGrow(2);
        activities.setItems(q -> activityService.listActivities(filter, q.getOffset(), q.getLimit()).stream(),
                q -> (int) activityService.countActivities(filter));
        claims = PairingUi.grid(this);
        MatterFilter claimed = new MatterFilter(null, null, null, null, institutionId, false, null);
        claims.addColumn(MatterRow::title).setHeader(getTranslation("pairing.matter.title")).setFlexGrow(2);
        claims.addColumn(MatterRow::communityName).setHeader(getTranslation("pairing.community")).setAutoWidth(true);
        claims.addColumn(m -> getTranslation(m.state().messageKey())).setHeader(getTranslation("pairing.matter.state")).setAutoWidth(true);
        claims.setItems(q -> matters.list(claimed, q.getOffset(), q.getLimit()).stream(), q -> (int) matters.count(claimed));

        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("pairing.institution.pairings"), pairings);
        tabs.add(getTranslation("pairing.institution.activities"), activities);
        tabs.add(getTranslation("pairing.institution.claims"), claims);
        tabs.setSizeFull();
        newPairing.setText(getTranslation("pairing.pairing.new"));
        newPairing.setIcon(VaadinIcon.PLUS.create());
        newPairing.addClickListener(e -> new PairingFormDialog(institutions, region, institutionId, null, today, this::reload)
                .open());
        Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                e -> new InstitutionFormDialog(institutions, row, this::reload).open());
        newPairing.setVisible(admin);
        edit.setVisible(admin);
        Div content = new Div(summary, new HorizontalLayout(edit, newPairing), tabs);
        content.setSizeFull();
        content.getStyle().set("display", "flex").set("flex-direction", "column");
        add(content);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        reload();
    }

    void reload() {
        InstitutionRow current = institutions.institution(institutionId);
        row = current;
        setHeaderTitle(current.name());
        summary.setText(getTranslation(current.kind().messageKey()) + " · " + current.partyOrganisation() + " · "
                + getTranslation("pairing.institution.contactPerson") + " " + current.contactPerson()
                + (current.contactPhone() == null ? "" : " " + current.contactPhone()) + " · "
                + getTranslation("pairing.institution.inServiceMembers") + " " + current.inServiceMembers());
        pairings.setItems(institutions.pairingsOfInstitution(institutionId));
        onChange.run();
    }

    private HorizontalLayout pairingActions(PairingRow p) {
        HorizontalLayout actions = new HorizontalLayout();
        if (p.status() == PairingStatus.ACTIVE) {
            Button edit = new Button(VaadinIcon.EDIT.create(),
                    e -> new PairingFormDialog(institutions, region, institutionId, p, today, this::reload).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setTooltipText(getTranslation("pairing.pairing.edit"));
            Button end = new Button(VaadinIcon.STOP.create(), e -> confirmEnd(p));
            end.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            end.setTooltipText(getTranslation("pairing.pairing.end"));
            actions.add(edit, end);
        }
        return actions;
    }

    void confirmEnd(PairingRow p) {
        Confirm.ask(getTranslation("pairing.pairing.end.title", p.townName()), getTranslation("pairing.pairing.end.text"),
                getTranslation("pairing.pairing.end"), () -> endPairing(p, today));
    }

    void endPairing(PairingRow p, LocalDate on) {
        if (PairingUi.attempt(() -> institutions.endPairing(p.id(), p.version(), on))) {
            Notifications.success(getTranslation("pairing.pairing.ended"));
            reload();
        }
    }
}
