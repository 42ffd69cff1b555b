package cn.haitang.console.accreditation;

import org.jspecify.annotations.Nullable;

/** Why a reviewer may not review an application. */
public record Conflict(Kind kind, @Nullable Long institutionId) {

    public enum Kind {
        /** The reviewer belongs to the application's town/street. */
        SAME_TOWN,
        /** The reviewer belongs to an institution paired with the application's community. */
        PAIRED_INSTITUTION,
        /** The reviewer declared recusal. */
        RECUSED
    }

    public String messageKey() {
        return "accreditation.conflict." + kind.name();
    }
}
