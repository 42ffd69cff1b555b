package cn.haitang.console.accreditation;

import org.jspecify.annotations.Nullable;

/** The three levels of accreditation; a level above city requires a current accreditation one level below. */
public enum Level {
    CITY,
    SUZHOU,
    PROVINCIAL;

    /** The level a compound must currently hold before applying for this one, or null for city level. */
    public @Nullable Level prerequisite() {
        return switch (this) {
            case CITY -> null;
            case SUZHOU -> CITY;
            case PROVINCIAL -> SUZHOU;
        };
    }

    public String messageKey() {
        return "accreditation.level." + name();
    }

    /** Prefix of certificate numbers of this level. */
    public String certificatePrefix() {
        return switch (this) {
            case CITY -> "CS";
            case SUZHOU -> "SZ";
            case PROVINCIAL -> "JS";
        };
    }
}
