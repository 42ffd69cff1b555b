package cn.haitang.console.organization.ui;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.FormDialog.Need;
import cn.haitang.console.organization.BranchForm;
import cn.haitang.console.organization.BranchRow;
import cn.haitang.console.organization.BranchType;
import cn.haitang.console.organization.CommunityOrgForm;
import cn.haitang.console.organization.CommunityOrgRow;
import cn.haitang.console.organization.GridGroupForm;
import cn.haitang.console.organization.GridGroupRow;
import cn.haitang.console.organization.HouseholdForm;
import cn.haitang.console.organization.HouseholdRow;
import cn.haitang.console.organization.OrgKind;
import cn.haitang.console.organization.OrganizationService;
import cn.haitang.console.region.CommunityRef;
import cn.haitang.console.region.CommunityRow;
import cn.haitang.console.region.CompoundDetail;
import cn.haitang.console.region.CompoundForm;
import cn.haitang.console.region.ManagementMode;
import cn.haitang.console.region.MicroGridRow;
import cn.haitang.console.region.RegionService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The structure's forms, each a {@link FormDialog} whose fields carry the service's field names. */
final class Forms {

    private Forms() {
    }

    static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    /** Member counts of a party organisation: the service refuses more. */
    private static final int MAX_MEMBERS = 9_999;

    /** A community: created in a town or renamed. */
    static FormDialog community(RegionService region, long townId, @Nullable CommunityRow existing, Runnable onSaved) {
        FormDialog dialog = new FormDialog(t(existing == null ? "community.new" : "community.rename"));
        TextField name = dialog.text("name", "community.name", 64, Need.REQUIRED);
        if (existing != null) {
            name.setValue(existing.name());
        }
        name.focus();
        return dialog.onSave(() -> {
            CommunityRef saved = existing == null ? region.createCommunity(townId, name.getValue())
                    : region.renameCommunity(existing.id(), existing.version(), name.getValue());
            return t("community.saved", saved.name());
        }, onSaved);
    }

    /** A compound: all its fields; a different community moves it (within the town). */
    static FormDialog compound(RegionService region, long townId, @Nullable Long communityId,
                               @Nullable CompoundDetail existing, Runnable onSaved) {
        FormDialog dialog = new FormDialog(t(existing == null ? "compound.new" : "compound.edit"));
        TextField name = dialog.text("name", "compound.name", 64, Need.REQUIRED);
        List<CommunityRef> communities = region.communitiesOf(townId);
        ComboBox<CommunityRef> community = dialog.combo("communityId", "compound.community", communities,
                CommunityRef::name, Need.REQUIRED);
        TextField address = dialog.text("address", "compound.address", 200, Need.REQUIRED);
        IntegerField year = dialog.integer("yearBuilt", "compound.yearBuilt", 1900, java.time.Year.now().getValue(),
                Need.OPTIONAL);
        IntegerField buildings = dialog.integer("buildings", "compound.buildings", 0, RegionService.MAX_BUILDINGS,
                Need.REQUIRED);
        IntegerField households = dialog.integer("households", "compound.households", 0, RegionService.MAX_HOUSEHOLDS,
                Need.REQUIRED);
        BigDecimalField exclusiveArea = dialog.decimal("exclusiveArea", "compound.exclusiveArea",
                RegionService.MIN_EXCLUSIVE_AREA, RegionService.MAX_EXCLUSIVE_AREA, 2, Need.OPTIONAL);
        exclusiveArea.setHelperText(t("compound.ownership.help"));
        IntegerField ownerCount = dialog.integer("ownerCount", "compound.ownerCount", 1, RegionService.MAX_OWNERS,
                Need.OPTIONAL);
        Select<ManagementMode> mode = dialog.select("managementMode", "compound.managementMode",
                List.of(ManagementMode.values()), m -> t(m.messageKey()), Need.REQUIRED);
        Checkbox gated = dialog.checkbox("compound.gated");
        Checkbox required = dialog.checkbox("compound.committeeRequired");
        TextField exemption = dialog.text("committeeExemption", "compound.committeeExemption", 100, Need.OPTIONAL);
        exemption.setHelperText(t("compound.committeeExemption.help"));
        required.addValueChangeListener(e -> exemption.setEnabled(!e.getValue()));
        Long selected = existing != null ? Long.valueOf(existing.communityId()) : communityId;
        communities.stream().filter(c -> selected != null && c.id() == selected).findFirst().ifPresent(community::setValue);
        if (existing != null) {
            name.setValue(existing.name());
            address.setValue(existing.address());
            year.setValue(existing.yearBuilt());
            buildings.setValue(existing.buildings());
            households.setValue(existing.households());
            exclusiveArea.setValue(existing.exclusiveArea());
            ownerCount.setValue(existing.ownerCount());
            mode.setValue(existing.managementMode());
            gated.setValue(existing.gated());
            required.setValue(existing.committeeRequired());
            exemption.setValue(existing.committeeExemption() == null ? "" : existing.committeeExemption());
        } else {
            mode.setValue(ManagementMode.PROPERTY_COMPANY);
            gated.setValue(true);
            required.setValue(true);
        }
        exemption.setEnabled(!required.getValue());
        name.focus();
        return dialog.onSave(() -> {
            CompoundForm form = new CompoundForm(community.getValue() == null ? null : community.getValue().id(),
                    name.getValue(), address.getValue(), year.getValue(), buildings.getValue(), households.getValue(),
                    gated.getValue(), mode.getValue(), required.getValue(), exemption.getValue(), exclusiveArea.getValue(),
                    ownerCount.getValue());
            String saved = existing == null ? region.createCompound(form).name()
                    : region.updateCompound(existing.id(), existing.version(), form).name();
            return t("compound.saved", saved);
        }, onSaved);
    }

    /** A micro-grid of a compound. */
    static FormDialog microGrid(RegionService region, long compoundId, @Nullable MicroGridRow existing, Runnable onSaved) {
        FormDialog dialog = new FormDialog(t(existing == null ? "microGrid.new" : "microGrid.edit"));
        TextField name = dialog.text("name", "microGrid.name", 64, Need.REQUIRED);
        TextField worker = dialog.text("gridWorker", "microGrid.gridWorker", 32, Need.REQUIRED);
        IntegerField households = dialog.integer("households", "microGrid.households", 0, RegionService.MAX_HOUSEHOLDS,
                Need.REQUIRED);
        if (existing != null) {
            name.setValue(existing.name());
            worker.setValue(existing.gridWorker());
            households.setValue(existing.households());
        }
        name.focus();
        return dialog.onSave(() -> {
            MicroGridRow saved = existing == null
                    ? region.createMicroGrid(compoundId, name.getValue(), worker.getValue(), households.getValue())
                    : region.updateMicroGrid(existing.id(), existing.version(), name.getValue(), worker.getValue(),
                    households.getValue());
            return t("microGrid.saved", saved.name());
        }, onSaved);
    }

    /** The community party committee / general branch. */
    static FormDialog communityOrg(OrganizationService service, long communityId, @Nullable CommunityOrgRow existing,
                                   Runnable onSaved) {
        FormDialog dialog = new FormDialog(t(existing == null ? "org.community.new" : "org.community.edit"));
        Select<OrgKind> kind = dialog.select("kind", "org.kind", List.of(OrgKind.values()), k -> t(k.messageKey()),
                Need.REQUIRED);
        TextField name = dialog.text("name", "org.name", 64, Need.REQUIRED);
        TextField secretary = dialog.text("secretary", "org.secretary", 32, Need.REQUIRED);
        IntegerField members = dialog.integer("membersCount", "org.membersCount", 0, MAX_MEMBERS, Need.REQUIRED);
        members.setValue(0); // a visible starting point; cleared, it is refused, never saved as 0 unseen
        if (existing != null) {
            kind.setValue(existing.kind());
            name.setValue(existing.name());
            secretary.setValue(existing.secretary());
            members.setValue(existing.membersCount());
        } else {
            kind.setValue(OrgKind.GENERAL_BRANCH);
        }
        return dialog.onSave(() -> {
            CommunityOrgRow saved = service.saveCommunityOrg(communityId, existing == null ? null : existing.version(),
                    new CommunityOrgForm(kind.getValue(), name.getValue(), secretary.getValue(), members.getValue()));
            return t("org.saved", saved.name());
        }, onSaved);
    }

    /** A compound party branch. */
    static FormDialog branch(OrganizationService service, long compoundId, @Nullable BranchRow existing, Runnable onSaved) {
        FormDialog dialog = new FormDialog(t(existing == null ? "org.branch.new" : "org.branch.edit"));
        Select<BranchType> type = dialog.select("type", "org.branch.type", List.of(BranchType.values()),
                k -> t(k.messageKey()), Need.REQUIRED);
        TextField name = dialog.text("name", "org.name", 64, Need.REQUIRED);
        TextField secretary = dialog.text("secretary", "org.secretary", 32, Need.REQUIRED);
        IntegerField members = dialog.integer("membersCount", "org.membersCount", 0, MAX_MEMBERS, Need.REQUIRED);
        members.setValue(0); // a visible starting point; cleared, it is refused, never saved as 0 unseen
        DatePicker formed = dialog.date("formedOn", "org.branch.formedOn", FieldChecks.EARLIEST_FOUNDING,
                java.time.LocalDate.now(), Need.OPTIONAL);
        if (existing != null) {
            type.setValue(existing.type());
            name.setValue(existing.name());
            secretary.setValue(existing.secretary());
            members.setValue(existing.membersCount());
            formed.setValue(existing.formedOn());
        } else {
            type.setValue(BranchType.ENTITY);
        }
        return dialog.onSave(() -> {
            BranchForm form = new BranchForm(type.getValue(), name.getValue(), secretary.getValue(), members.getValue(),
                    formed.getValue());
            BranchRow saved = existing == null ? service.createBranch(compoundId, form)
                    : service.updateBranch(existing.id(), existing.version(), form);
            return t("org.saved", saved.name());
        }, onSaved);
    }

    /** A grid party group on one of the compound's free micro-grids. */
    static FormDialog gridGroup(OrganizationService service, BranchRow branch, @Nullable GridGroupRow existing,
                                Runnable onSaved) {
        FormDialog dialog = new FormDialog(t(existing == null ? "org.group.new" : "org.group.edit"));
        List<MicroGridRow> free = service.freeMicroGrids(branch.compoundId(), existing == null ? null : existing.microGridId());
        ComboBox<MicroGridRow> grid = dialog.combo("microGridId", "org.group.microGrid", free, MicroGridRow::name,
                Need.REQUIRED);
        TextField name = dialog.text("name", "org.name", 64, Need.REQUIRED);
        TextField leader = dialog.text("leader", "org.group.leader", 32, Need.REQUIRED);
        IntegerField members = dialog.integer("membersCount", "org.membersCount", 0, MAX_MEMBERS, Need.REQUIRED);
        members.setValue(0); // a visible starting point; cleared, it is refused, never saved as 0 unseen
        grid.addValueChangeListener(e -> {
            if (e.getValue() != null && name.getValue().isBlank()) {
                name.setValue(e.getValue().name() + t("org.group"));
            }
        });
        if (existing != null) {
            free.stream().filter(g -> g.id() == existing.microGridId()).findFirst().ifPresent(grid::setValue);
            name.setValue(existing.name());
            leader.setValue(existing.leader());
            members.setValue(existing.membersCount());
        }
        return dialog.onSave(() -> {
            GridGroupForm form = new GridGroupForm(grid.getValue() == null ? null : grid.getValue().id(), name.getValue(),
                    leader.getValue(), members.getValue());
            GridGroupRow saved = existing == null ? service.createGridGroup(branch.id(), form)
                    : service.updateGridGroup(existing.id(), existing.version(), form);
            return t("org.saved", saved.name());
        }, onSaved);
    }

    /** Moves a grid party group to another branch of its compound. */
    static FormDialog moveGroup(OrganizationService service, GridGroupRow group, Runnable onSaved) {
        FormDialog dialog = new FormDialog(t("org.group.move"));
        List<BranchRow> branches = service.branchesOf(group.compoundId());
        Select<BranchRow> target = dialog.select("branchId", "org.group.branch", branches,
                b -> b.name() + " (" + t(b.type().messageKey()) + ")", Need.REQUIRED);
        branches.stream().filter(b -> b.id() != group.branchId()).findFirst().ifPresent(target::setValue);
        return dialog.onSave(() -> {
            if (target.getValue() == null) {
                throw cn.haitang.console.base.RuleViolationException.atField("branchId", "validation.required");
            }
            service.moveGridGroup(group.id(), group.version(), target.getValue().id());
            return t("org.group.moved", group.name(), target.getValue().name());
        }, onSaved);
    }

    /** A party-member central household. */
    static FormDialog household(OrganizationService service, long gridGroupId, @Nullable HouseholdRow existing,
                                Runnable onSaved) {
        FormDialog dialog = new FormDialog(t(existing == null ? "org.household.new" : "org.household.edit"));
        TextField member = dialog.text("memberName", "org.household.memberName", 32, Need.REQUIRED);
        TextField phone = dialog.text("phone", "org.household.phone", 11, Need.REQUIRED);
        phone.setAllowedCharPattern("[0-9]");
        TextField unit = dialog.text("buildingUnit", "org.household.buildingUnit", 32, Need.REQUIRED);
        IntegerField linked = dialog.integer("linkedHouseholds", "org.household.linked", 0, 500, Need.REQUIRED);
        linked.setValue(0);
        if (existing != null) {
            HouseholdForm form = existing.toForm();
            member.setValue(form.memberName());
            phone.setValue(form.phone());
            unit.setValue(form.buildingUnit());
            linked.setValue(form.linkedHouseholds());
        }
        member.focus();
        return dialog.onSave(() -> {
            HouseholdForm form = new HouseholdForm(member.getValue(), phone.getValue(), unit.getValue(), linked.getValue());
            HouseholdRow saved = existing == null ? service.createHousehold(gridGroupId, form)
                    : service.updateHousehold(existing.id(), existing.version(), form);
            return t("org.saved", saved.memberName());
        }, onSaved);
    }
}
