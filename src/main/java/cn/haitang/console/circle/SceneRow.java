package cn.haitang.console.circle;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A scene in a list, with the sessions held and person-times reached so far (sums of its records). */
public record SceneRow(long id, long version, String name, long typeId, String typeName, long townId, String townName,
                       long communityId, String communityName, long positionId, String positionName,
                       boolean forElderly, boolean forChildren, boolean forSpecial, boolean forAll,
                       OrganiserKind organiserKind, String organiserName, String schedule, int capacity,
                       SceneState state, @Nullable String stateReason, LocalDate stateSince, long sessions,
                       long personTimes) {

    public Set<TargetGroup> groups() {
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        if (forElderly) {
            groups.add(TargetGroup.ELDERLY);
        }
        if (forChildren) {
            groups.add(TargetGroup.CHILDREN);
        }
        if (forSpecial) {
            groups.add(TargetGroup.SPECIAL);
        }
        if (forAll) {
            groups.add(TargetGroup.ALL);
        }
        return groups;
    }
}
