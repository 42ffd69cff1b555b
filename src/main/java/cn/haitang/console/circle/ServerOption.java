package cn.haitang.console.circle;

/** A reported volunteer or in-service member who may be named as having served (no ID number, no phone). */
public record ServerOption(long reportId, String name, boolean member, String compoundName) {

    public String label() {
        return name + " · " + compoundName;
    }
}
