package cn.haitang.console.organization.ui;

import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.organization.BranchRow;
import cn.haitang.console.organization.GridGroupRow;
import cn.haitang.console.organization.HouseholdRow;
import cn.haitang.console.organization.OrganizationService;
import cn.haitang.console.region.CompoundPageTab;
import cn.haitang.console.region.CompoundRef;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;

/** The compound page's organisation tab: the community organisation, branches, grid groups, households. */
@org.springframework.stereotype.Component
class OrganisationTab implements CompoundPageTab {

    private final OrganizationService service;

    OrganisationTab(OrganizationService service) {
        this.service = service;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "tab.organisation";
    }

    @Override
    public com.vaadin.flow.component.Component create(CompoundRef compound) {
        UI ui = UI.getCurrent();
        Div content = new Div();
        service.communityOrg(compound.communityId()).ifPresentOrElse(
                org -> content.add(new Paragraph(ui.getTranslation("org.community") + " · "
                        + ui.getTranslation(org.kind().messageKey()) + " · " + org.name() + " · "
                        + ui.getTranslation("org.secretary") + " " + org.secretary())),
                () -> content.add(new Paragraph(ui.getTranslation("org.community.none"))));
        TreeData<Object> data = new TreeData<>();
        for (BranchRow branch : service.branchesOf(compound.id())) {
            data.addItem(null, branch);
            for (GridGroupRow group : service.gridGroupsOf(branch.id())) {
                data.addItem(branch, group);
                service.householdsOf(group.id()).forEach(h -> data.addItem(group, h));
            }
        }
        TreeGrid<Object> tree = new TreeGrid<>();
        tree.addHierarchyColumn(item -> switch (item) {
            case BranchRow b -> b.name();
            case GridGroupRow g -> g.name();
            case HouseholdRow h -> h.memberName();
            default -> "";
        }).setHeader(ui.getTranslation("tree.name")).setFlexGrow(2);
        tree.addColumn(item -> switch (item) {
            case BranchRow b -> ui.getTranslation(b.type().messageKey()) + " · " + ui.getTranslation("org.secretary") + " "
                    + b.secretary() + " · " + b.membersCount() + " · " + Formats.date(b.formedOn());
            case GridGroupRow g -> ui.getTranslation("tree.detail.microGrid", g.microGridName()) + " · "
                    + ui.getTranslation("org.group.leader") + " " + g.leader();
            case HouseholdRow h -> h.phone() + " · " + h.buildingUnit() + " · "
                    + ui.getTranslation("org.household.linked") + " " + h.linkedHouseholds();
            default -> "";
        }).setHeader(ui.getTranslation("tree.detail")).setFlexGrow(3);
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expandRecursively(data.getRootItems(), 1);
        tree.addThemeVariants(GridVariant.LUMO_COMPACT);
        tree.setEmptyStateText(ui.getTranslation("grid.empty"));
        tree.setHeight("480px");
        content.add(new H4(ui.getTranslation("org.branch")), tree);
        return content;
    }
}
