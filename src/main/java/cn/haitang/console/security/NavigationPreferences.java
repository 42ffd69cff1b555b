package cn.haitang.console.security;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's own folded and opened sections of the side navigation. A preference, not data: it is
 * kept per user outside the audit trail, and a user can only ever read and change their own.
 */
@Service
public class NavigationPreferences {

    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    NavigationPreferences(CurrentUser currentUser, JdbcClient jdbc) {
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /** Section key → expanded, for the sections the caller has ever folded or opened. */
    @Transactional(readOnly = true)
    public Map<String, Boolean> sections() {
        Map<String, Boolean> sections = new HashMap<>();
        jdbc.sql("SELECT section, expanded FROM user_nav_section WHERE user_id = ?")
                .param(currentUser.require().id())
                .query(rs -> {
                    sections.put(rs.getString("section"), rs.getBoolean("expanded"));
                });
        return sections;
    }

    @Transactional
    public void remember(String section, boolean expanded) {
        if (section.isBlank() || section.length() > 32) {
            throw new IllegalArgumentException("section key");
        }
        jdbc.sql("INSERT INTO user_nav_section (user_id, section, expanded) VALUES (?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE expanded = VALUES(expanded)")
                .params(currentUser.require().id(), section, expanded)
                .update();
    }
}
