package cn.haitang.console.organization.ui;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.organization.BranchRow;
import cn.haitang.console.organization.CommunityOrgRow;
import cn.haitang.console.organization.GridGroupRow;
import cn.haitang.console.organization.HouseholdRow;
import cn.haitang.console.organization.NodeKind;
import cn.haitang.console.organization.OrganizationService;
import cn.haitang.console.organization.TreeNode;
import cn.haitang.console.region.CommunityRow;
import cn.haitang.console.region.CompoundDetail;
import cn.haitang.console.region.MicroGridRow;
import cn.haitang.console.region.RegionService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The selected node's details and what can be done with it: edit, add a child, move, delete. */
class NodeDetailPanel extends VerticalLayout {

    private final OrganizationService service;
    private final RegionService region;
    private final Consumer<@Nullable TreeNode> changed;
    @Nullable TreeNode current;
    final FlexLayout actions = new FlexLayout();

    NodeDetailPanel(OrganizationService service, RegionService region, Consumer<@Nullable TreeNode> changed) {
        this.service = service;
        this.region = region;
        this.changed = changed;
        addClassName("ht-node-detail");
        setPadding(true);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        show(null);
    }

    void show(@Nullable TreeNode node) {
        current = node;
        removeAll();
        actions.removeAll();
        if (node == null) {
            add(new Paragraph(getTranslation("tree.select")));
            return;
        }
        add(new H3(getTranslation("tree.detail.title", getTranslation(node.kind().messageKey()), node.name())));
        try {
            switch (node.kind()) {
                case TOWN -> town(node);
                case COMMUNITY -> community(node);
                case COMPOUND -> compound(node);
                case BRANCH -> branch(node);
                case GRID_GROUP -> gridGroup(node);
                case HOUSEHOLD -> household(node);
            }
        } catch (RuleViolationException e) {
            add(new Paragraph(RuleViolations.message(e)));
            return;
        }
        if (actions.getParent().isEmpty()) {
            add(actions);
        }
    }

    private void town(TreeNode node) {
        add(line("tree.children", String.valueOf(node.childCount())));
        action("community.new", VaadinIcon.PLUS, () -> Forms.community(region, node.id(), null, () -> refresh(node)).open());
    }

    private void community(TreeNode node) {
        CommunityRow community = region.communityRow(node.id());
        add(line("compound.town", community.townName()));
        CommunityOrgRow org = service.communityOrg(node.id()).orElse(null);
        add(new H4(getTranslation("org.community")));
        if (org == null) {
            add(new Paragraph(getTranslation("org.community.none")));
            action("org.community.new", VaadinIcon.PLUS,
                    () -> Forms.communityOrg(service, node.id(), null, () -> refresh(node)).open());
        } else {
            add(line("org.kind", getTranslation(org.kind().messageKey())), line("org.name", org.name()),
                    line("org.secretary", org.secretary()), line("org.membersCount", String.valueOf(org.membersCount())));
            action("org.community.edit", VaadinIcon.EDIT,
                    () -> Forms.communityOrg(service, node.id(), org, () -> refresh(node)).open());
        }
        action("compound.new", VaadinIcon.PLUS,
                () -> Forms.compound(region, community.townId(), community.id(), null, () -> refresh(node)).open());
        action("community.rename", VaadinIcon.EDIT,
                () -> Forms.community(region, community.townId(), community, () -> refresh(node)).open());
        delete(node, () -> region.deleteCommunity(community.id(), community.version(), getLocale()));
    }

    private void compound(TreeNode node) {
        CompoundDetail c = region.compoundDetail(node.id());
        add(line("compound.community", c.communityName()), line("compound.address", c.address()),
                line("compound.yearBuilt", c.yearBuilt() == null ? "—" : String.valueOf(c.yearBuilt())),
                line("compound.buildings", String.valueOf(c.buildings())),
                line("compound.households", String.valueOf(c.households())),
                line("compound.gated", getTranslation(c.gated() ? "compound.gated.yes" : "compound.gated.no")),
                line("compound.managementMode", getTranslation(c.managementMode().messageKey())),
                line("compound.committeeRequired", getTranslation(c.committeeRequired() ? "common.yes" : "common.no")
                        + (c.committeeExemption() == null ? "" : " · " + c.committeeExemption())));
        action("org.branch.new", VaadinIcon.PLUS, () -> Forms.branch(service, c.id(), null, () -> refresh(node)).open());
        action("compound.edit", VaadinIcon.EDIT,
                () -> Forms.compound(region, c.townId(), null, c, () -> refresh(node)).open());
        action("compound.page.open", VaadinIcon.EXTERNAL_LINK, () -> getUI().ifPresent(ui -> ui.navigate("compound/" + c.id())));
        delete(node, () -> region.deleteCompound(c.id(), c.version(), getLocale()));
        add(actions);
        add(microGrids(node, c.id()));
    }

    private Component microGrids(TreeNode node, long compoundId) {
        Grid<MicroGridRow> grid = new Grid<>();
        grid.addColumn(MicroGridRow::name).setHeader(getTranslation("microGrid.name")).setAutoWidth(true);
        grid.addColumn(MicroGridRow::gridWorker).setHeader(getTranslation("microGrid.gridWorker")).setAutoWidth(true);
        grid.addColumn(MicroGridRow::households).setHeader(getTranslation("microGrid.households")).setAutoWidth(true);
        grid.addComponentColumn(g -> {
            Button edit = small(VaadinIcon.EDIT, "action.edit",
                    () -> Forms.microGrid(region, compoundId, g, () -> refresh(node)).open());
            Button remove = small(VaadinIcon.TRASH, "action.delete", () -> Confirm.ask(
                    getTranslation("microGrid.delete.title", g.name()), getTranslation("microGrid.delete.text"),
                    getTranslation("action.delete"), () -> run(() -> region.deleteMicroGrid(g.id(), g.version(), getLocale()),
                            getTranslation("microGrid.deleted", g.name()), node)));
            return new HorizontalLayout(edit, remove);
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.setItems(region.microGridsOf(compoundId));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.setAllRowsVisible(true);
        Button add = new Button(getTranslation("microGrid.new"), VaadinIcon.PLUS.create(),
                e -> Forms.microGrid(region, compoundId, null, () -> refresh(node)).open());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout header = new HorizontalLayout(new H4(getTranslation("microGrid.title")), add);
        header.setAlignItems(Alignment.BASELINE);
        return new Div(header, grid);
    }

    private void branch(TreeNode node) {
        BranchRow b = service.branch(node.id());
        add(line("org.branch.type", getTranslation(b.type().messageKey())), line("org.secretary", b.secretary()),
                line("org.membersCount", String.valueOf(b.membersCount())),
                line("org.branch.formedOn", b.formedOn() == null ? "—" : Formats.date(b.formedOn())));
        action("org.group.new", VaadinIcon.PLUS, () -> Forms.gridGroup(service, b, null, () -> refresh(node)).open());
        action("org.branch.edit", VaadinIcon.EDIT, () -> Forms.branch(service, b.compoundId(), b, () -> refresh(node)).open());
        delete(node, () -> service.deleteBranch(b.id(), b.version(), getLocale()));
    }

    private void gridGroup(TreeNode node) {
        GridGroupRow g = service.gridGroup(node.id());
        add(line("org.group.microGrid", g.microGridName()),
                line("org.group.branch", getTranslation(g.branchType().messageKey())), line("org.group.leader", g.leader()),
                line("org.membersCount", String.valueOf(g.membersCount())));
        action("org.household.new", VaadinIcon.PLUS, () -> Forms.household(service, g.id(), null, () -> refresh(node)).open());
        BranchRow branch = service.branch(g.branchId());
        action("org.group.edit", VaadinIcon.EDIT, () -> Forms.gridGroup(service, branch, g, () -> refresh(node)).open());
        action("org.group.move", VaadinIcon.EXCHANGE, () -> Forms.moveGroup(service, g, () -> refresh(node)).open());
        delete(node, () -> service.deleteGridGroup(g.id(), g.version(), getLocale()));
    }

    private void household(TreeNode node) {
        HouseholdRow h = service.household(node.id());
        add(line("org.household.phone", h.phone()), line("org.household.buildingUnit", h.buildingUnit()),
                line("org.household.linked", String.valueOf(h.linkedHouseholds())));
        action("org.household.edit", VaadinIcon.EDIT,
                () -> Forms.household(service, h.gridGroupId(), h, () -> refresh(node)).open());
        delete(node, () -> service.deleteHousehold(h.id(), h.version()));
    }

    // ---- building blocks ------------------------------------------------------------------------

    private Component line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("ht-detail-label");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("min-width", "8em").set("display", "inline-block");
        Span text = new Span(value);
        Div line = new Div(label, text);
        line.addClassName("ht-detail-line");
        return line;
    }

    private void action(String key, VaadinIcon icon, Runnable run) {
        Button button = new Button(getTranslation(key), icon.create(), e -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        actions.add(button);
    }

    private void delete(TreeNode node, Runnable deletion) {
        Button button = new Button(getTranslation("action.delete"), VaadinIcon.TRASH.create(), e -> Confirm.ask(
                getTranslation("org.delete.title", node.name()), getTranslation("org.delete.text"),
                getTranslation("action.delete"), () -> run(deletion, getTranslation("org.deleted", node.name()), null)));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        actions.add(button);
    }

    private void run(Runnable change, String done, @Nullable TreeNode then) {
        try {
            change.run();
            Notifications.success(done);
            changed.accept(then);
            if (then == null) {
                show(null);
            }
        } catch (RuleViolationException e) {
            Notifications.error(RuleViolations.message(e));
        }
    }

    private void refresh(TreeNode node) {
        changed.accept(node);
    }

    private Button small(VaadinIcon icon, String key, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setTooltipText(getTranslation(key));
        button.setAriaLabel(getTranslation(key));
        return button;
    }
}
