package cn.haitang.console.organization;

import java.util.List;

/** What an Excel import holds; each kind has its template's columns (message keys of the headers). */
public enum ImportKind {
    COMPOUND(List.of("compound.town", "compound.community", "compound.name", "compound.address", "compound.yearBuilt",
            "compound.buildings", "compound.households", "compound.gated", "compound.managementMode",
            "compound.committeeRequired", "compound.committeeExemption", "compound.exclusiveArea", "compound.ownerCount")),
    BRANCH(List.of("compound.town", "compound.community", "compound.name", "org.branch.type", "org.name",
            "org.secretary", "org.membersCount", "org.branch.formedOn")),
    GRID_GROUP(List.of("compound.town", "compound.community", "compound.name", "org.group.microGrid", "org.group.branch",
            "org.name", "org.group.leader", "org.membersCount")),
    HOUSEHOLD(List.of("compound.town", "compound.community", "compound.name", "org.group.microGrid",
            "org.household.memberName", "org.household.phone", "org.household.buildingUnit", "org.household.linked"));

    private final List<String> columns;

    ImportKind(List<String> columns) {
        this.columns = columns;
    }

    public List<String> columns() {
        return columns;
    }

    /** The column that names a row for a person reading the preview. */
    public String labelColumn() {
        return switch (this) {
            case COMPOUND -> "compound.name";
            case BRANCH, GRID_GROUP -> "org.name";
            case HOUSEHOLD -> "org.household.memberName";
        };
    }

    public String messageKey() {
        return "import.kind." + name();
    }
}
