package cn.haitang.console.organization.ui;

import cn.haitang.console.base.ui.LocalizedFields;
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

    static TextField text(String labelKey, int max) {
        TextField field = new TextField(t(labelKey));
        field.setMaxLength(max);
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    static IntegerField number(String labelKey) {
        IntegerField field = new IntegerField(t(labelKey));
        field.setMin(0);
        field.setStepButtonsVisible(true);
        return field;
    }

    static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    /** A community: created in a town or renamed. */
    static FormDialog community(RegionService region, long townId, @Nullable CommunityRow existing, Runnable onSaved) {
        FormDialog dialog = new FormDialog(t(existing == null ? "community.new" : "community.rename"));
        TextField name = dialog.field("name", text("community.name", 64));
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
        TextField name = dialog.field("name", text("compound.name", 64));
        ComboBox<CommunityRef> community = dialog.field("communityId", new ComboBox<>(t("compound.community")));
        List<CommunityRef> communities = region.communitiesOf(townId);
        community.setItems(communities);
        community.setItemLabelGenerator(CommunityRef::name);
        community.setRequiredIndicatorVisible(true);
        TextField address = dialog.field("address", text("compound.address", 200));
        IntegerField year = dialog.field("yearBuilt", number("compound.yearBuilt"));
        year.setStepButtonsVisible(false);
        IntegerField buildings = dialog.field("buildings", number("compound.buildings"));
        IntegerField households = dialog.field("households", number("compound.households"));
        Select<ManagementMode> mode = dialog.field("managementMode", new Select<>());
        mode.setLabel(t("compound.managementMode"));
        mode.setItems(ManagementMode.values());
        mode.setItemLabelGenerator(m -> t(m.messageKey()));
        Checkbox gated = new Checkbox(t("compound.gated"));
        Checkbox required = new Checkbox(t("compound.committeeRequired"));
        TextField exemption = dialog.field("committeeExemption", new TextField(t("compound.committeeExemption")));
        exemption.setHelperText(t("compound.committeeExemption.help"));
        exemption.setMaxLength(100);
        dialog.form.add(gated, required);
        required.addValueChangeListener(e -> exemption.setEnabled(!e.getValue()));
        Long selected = existing != null ? Long.valueOf(existing.communityId()) : communityId;
        communities.stream().filter(c -> selected != null && c.id() == selected).findFirst().ifPresent(community::setValue);
        if (existing != null) {
            name.setValue(existing.name());
            address.setValue(existing.address());
            year.setValue(existing.yearBuilt());
            buildings.setValue(existing.buildings());
            households.setValue(existing.households());
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
                    name.getValue(), address.getValue(), year.getValue(), value(buildings), value(households),
                    gated.getValue(), mode.getValue(), required.getValue(), exemption.getValue());
            String saved = existing == null ? region.createCompound(form).name()
                    : region.updateCompound(existing.id(), existing.version(), form).name();
            return t("compound.saved", saved);
        }, onSaved);
    }

    /** A micro-grid of a compound. */
    static FormDialog microGrid(RegionService region, long compoundId, @Nullable MicroGridRow existing, Runnable onSaved) {
        FormDialog dialog = new FormDialog(t(existing == null ? "microGrid.new" : "microGrid.edit"));
        TextField name = dialog.field("name", text("microGrid.name", 64));
        TextField worker = dialog.field("gridWorker", text("microGrid.gridWorker", 32));
        IntegerField households = dialog.field("households", number("microGrid.households"));
        if (existing != null) {
            name.setValue(existing.name());
            worker.setValue(existing.gridWorker());
            households.setValue(existing.households());
        }
        name.focus();
        return dialog.onSave(() -> {
            MicroGridRow saved = existing == null
                    ? region.createMicroGrid(compoundId, name.getValue(), worker.getValue(), value(households))
                    : region.updateMicroGrid(existing.id(), existing.version(), name.getValue(), worker.getValue(),
                    value(households));
            return t("microGrid.saved", saved.name());
        }, onSaved);
    }

    /** The community party committee / general branch. */
    static FormDialog communityOrg(OrganizationService service, long communityId, @Nullable CommunityOrgRow existing,
                                   Runnable onSaved) {
        FormDialog dialog = new FormDialog(t(existing == null ? "org.community.new" : "org.community.edit"));
        Select<OrgKind> kind = dialog.field("kind", new Select<>());
        kind.setLabel(t("org.kind"));
        kind.setItems(OrgKind.values());
        kind.setItemLabelGenerator(k -> t(k.messageKey()));
        TextField name = dialog.field("name", text("org.name", 64));
        TextField secretary = dialog.field("secretary", text("org.secretary", 32));
        IntegerField members = dialog.field("membersCount", number("org.membersCount"));
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
                    new CommunityOrgForm(kind.getValue(), name.getValue(), secretary.getValue(), value(members)));
            return t("org.saved", saved.name());
        }, onSaved);
    }

    /** A compound party branch. */
    static FormDialog branch(OrganizationService service, long compoundId, @Nullable BranchRow existing, Runnable onSaved) {
        FormDialog dialog = new FormDialog(t(existing == null ? "org.branch.new" : "org.branch.edit"));
        Select<BranchType> type = dialog.field("type", new Select<>());
        type.setLabel(t("org.branch.type"));
        type.setItems(BranchType.values());
        type.setItemLabelGenerator(k -> t(k.messageKey()));
        TextField name = dialog.field("name", text("org.name", 64));
        TextField secretary = dialog.field("secretary", text("org.secretary", 32));
        IntegerField members = dialog.field("membersCount", number("org.membersCount"));
        DatePicker formed = dialog.field("formedOn", LocalizedFields.datePicker(dialog, "org.branch.formedOn"));
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
            BranchForm form = new BranchForm(type.getValue(), name.getValue(), secretary.getValue(), value(members),
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
        ComboBox<MicroGridRow> grid = dialog.field("microGridId", new ComboBox<>(t("org.group.microGrid")));
        List<MicroGridRow> free = service.freeMicroGrids(branch.compoundId(), existing == null ? null : existing.microGridId());
        grid.setItems(free);
        grid.setItemLabelGenerator(MicroGridRow::name);
        grid.setRequiredIndicatorVisible(true);
        TextField name = dialog.field("name", text("org.name", 64));
        TextField leader = dialog.field("leader", text("org.group.leader", 32));
        IntegerField members = dialog.field("membersCount", number("org.membersCount"));
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
                    leader.getValue(), value(members));
            GridGroupRow saved = existing == null ? service.createGridGroup(branch.id(), form)
                    : service.updateGridGroup(existing.id(), existing.version(), form);
            return t("org.saved", saved.name());
        }, onSaved);
    }

    /** Moves a grid party group to another branch of its compound. */
    static FormDialog moveGroup(OrganizationService service, GridGroupRow group, Runnable onSaved) {
        FormDialog dialog = new FormDialog(t("org.group.move"));
        Select<BranchRow> target = dialog.field("branchId", new Select<>());
        target.setLabel(t("org.group.branch"));
        List<BranchRow> branches = service.branchesOf(group.compoundId());
        target.setItems(branches);
        target.setItemLabelGenerator(b -> b.name() + " (" + t(b.type().messageKey()) + ")");
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
        TextField member = dialog.field("memberName", text("org.household.memberName", 32));
        TextField phone = dialog.field("phone", text("org.household.phone", 11));
        phone.setAllowedCharPattern("[0-9]");
        TextField unit = dialog.field("buildingUnit", text("org.household.buildingUnit", 32));
        IntegerField linked = dialog.field("linkedHouseholds", number("org.household.linked"));
        if (existing != null) {
            HouseholdForm form = existing.toForm();
            member.setValue(form.memberName());
            phone.setValue(form.phone());
            unit.setValue(form.buildingUnit());
            linked.setValue(form.linkedHouseholds());
        }
        member.focus();
        return dialog.onSave(() -> {
            HouseholdForm form = new HouseholdForm(member.getValue(), phone.getValue(), unit.getValue(), value(linked));
            HouseholdRow saved = existing == null ? service.createHousehold(gridGroupId, form)
                    : service.updateHousehold(existing.id(), existing.version(), form);
            return t("org.saved", saved.memberName());
        }, onSaved);
    }
}
