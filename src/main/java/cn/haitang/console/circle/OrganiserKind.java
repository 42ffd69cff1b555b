package cn.haitang.console.circle;

/** Who runs a scene: the community itself, an institution (named from the registry) or a social organisation. */
public enum OrganiserKind {
    COMMUNITY, INSTITUTION, SOCIAL_ORGANISATION;

    public String messageKey() {
        return "circle.organiserKind." + name();
    }
}
