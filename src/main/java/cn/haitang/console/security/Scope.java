package cn.haitang.console.security;

import cn.haitang.console.base.Role;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the caller may see and change. Every feature service asks its scope before it reads or writes:
 * a city admin covers the whole city, a street coordinator exactly one town/street, a reviewer no
 * area at all (reviewers reach only the applications assigned to them).
 */
public record Scope(long userId, String username, Role role, @Nullable Long townId) {

    private static final Logger log = LoggerFactory.getLogger(Scope.class);

    public boolean isCityWide() {
        return role == Role.CITY_ADMIN;
    }

    public boolean isAdmin() {
        return role == Role.CITY_ADMIN;
    }

    /** Whether the caller may work on things that lie in the given town/street. */
    public boolean covers(long town) {
        return switch (role) {
            case CITY_ADMIN -> true;
            case STREET_COORDINATOR -> townId != null && townId == town;
            case REVIEWER -> false;
        };
    }

    /** For queries: the town to filter by, or empty for the whole city. Refuses callers with no area. */
    public Optional<Long> townFilter() {
        return switch (role) {
            case CITY_ADMIN -> Optional.empty();
            case STREET_COORDINATOR -> Optional.of(requireTownId());
            case REVIEWER -> throw refuse("error.scope.noArea", "area");
        };
    }

    /** Refuses, with a logged and translated message, anything outside the caller's area. */
    public void requireTown(long town) {
        if (!covers(town)) {
            throw refuse("error.scope.town", "town " + town);
        }
    }

    /** Refuses callers who are not city admins. */
    public void requireAdmin() {
        if (!isAdmin()) {
            throw refuse("error.scope.adminOnly", "admin-only operation");
        }
    }

    /** Refuses callers whose role is not among the given ones. */
    public void requireRole(Role... roles) {
        for (Role r : roles) {
            if (r == role) {
                return;
            }
        }
        throw refuse("error.scope.role", "role " + role);
    }

    private long requireTownId() {
        if (townId == null) {
            throw refuse("error.scope.noArea", "coordinator without town");
        }
        return townId;
    }

    private ScopeViolationException refuse(String key, String what) {
        log.warn("Refused {} ({}, town {}): {}", username, role, townId, what);
        return new ScopeViolationException(key);
    }
}
