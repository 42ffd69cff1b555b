package cn.haitang.console.ui;

import java.util.Arrays;

/**
 * The sections of the side navigation, each a range of {@code @Menu(order)}: a feature's views land in
 * their section by their order alone, so a new feature never touches the shell. A section runs from its
 * first order up to the next section's (20–29, unused, falls into the organisation's).
 */
enum NavSection {
    WORKBENCH(0, "nav.section.workbench"),
    ORGANIZATION(10, "nav.section.organization"),
    GOVERNANCE(30, "nav.section.governance"),
    PAIRING(40, "nav.section.pairing"),
    CIRCLE(50, "nav.section.circle"),
    FUNDS(60, "nav.section.funds"),
    DELIBERATION(70, "nav.section.deliberation"),
    ACCREDITATION(80, "nav.section.accreditation"),
    SYSTEM(90, "nav.section.system");

    private final int from;
    private final String titleKey;

    NavSection(int from, String titleKey) {
        this.from = from;
        this.titleKey = titleKey;
    }

    String titleKey() {
        return titleKey;
    }

    /** The key the user's folded/opened state is remembered under. */
    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static NavSection of(double order) {
        NavSection found = WORKBENCH;
        for (NavSection section : values()) {
            if (order >= section.from) {
                found = section;
            }
        }
        return found;
    }

    static NavSection byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst().orElse(WORKBENCH);
    }
}
