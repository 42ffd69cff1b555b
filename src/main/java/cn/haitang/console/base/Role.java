package cn.haitang.console.base;

/**
 * The three kinds of users. The nested constants are for {@code @RolesAllowed}, which needs
 * compile-time strings; Spring Security sees them as authorities {@code ROLE_<name>}.
 */
public enum Role {
    CITY_ADMIN,
    STREET_COORDINATOR,
    REVIEWER;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }

    public static final class Names {
        public static final String CITY_ADMIN = "CITY_ADMIN";
        public static final String STREET_COORDINATOR = "STREET_COORDINATOR";
        public static final String REVIEWER = "REVIEWER";

        private Names() {
        }
    }
}
