package cn.haitang.console.security;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User management: only city admins create users, change roles and towns, reset passwords and
 * disable accounts. Every rule is here, not in the form, so no request can get around it.
 */
@Service
@Transactional
public class UserAccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9_.-]{2,31}");

    private final UserAccountRepository users;
    private final LoginEventRepository loginEvents;
    private final TownDirectory towns;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final UserSessions sessions;
    private final PasswordPolicy passwordPolicy;

    UserAccountService(UserAccountRepository users, LoginEventRepository loginEvents, TownDirectory towns,
                       PasswordEncoder passwordEncoder, CurrentUser currentUser, Clock clock, UserSessions sessions,
                       PasswordPolicy passwordPolicy) {
        this.users = users;
        this.sessions = sessions;
        this.passwordPolicy = passwordPolicy;
        this.loginEvents = loginEvents;
        this.towns = towns;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<UserRow> list(UserFilter filter, Pageable pageable) {
        currentUser.scope().requireAdmin();
        Page<UserAccount> page = users.findAll(specification(filter), pageable);
        Map<Long, String> townNames = towns.allTowns().stream()
                .collect(Collectors.toMap(TownRef::id, TownRef::name));
        return page.map(u -> toRow(u, townNames));
    }

    @Transactional(readOnly = true)
    public long count(UserFilter filter) {
        currentUser.scope().requireAdmin();
        return users.count(specification(filter));
    }

    @Transactional(readOnly = true)
    public UserRow get(long id) {
        currentUser.scope().requireAdmin();
        Map<Long, String> townNames = towns.allTowns().stream().collect(Collectors.toMap(TownRef::id, TownRef::name));
        return toRow(load(id), townNames);
    }

    public long create(UserForm form) {
        currentUser.scope().requireAdmin();
        String username = form.username() == null ? "" : form.username().trim();
        if (!USERNAME.matcher(username).matches()) {
            throw RuleViolationException.atField("username", "user.error.username");
        }
        if (users.existsByUsername(username)) {
            throw RuleViolationException.atField("username", "user.error.usernameTaken", username);
        }
        Role role = requireRole(form.role());
        Long townId = checkTown(role, form.townId());
        String displayName = checkDisplayName(form.displayName());
        String password = passwordPolicy.check(username, form.password());
        UserAccount account = new UserAccount(username, displayName, passwordEncoder.encode(password), role, townId,
                clock.instant());
        account.setMustChangePassword(true);
        return users.save(account).requireId();
    }

    /** Changes name, role and town. An admin cannot change their own role, nor demote the last admin. */
    public void update(long id, long version, UserForm form) {
        AppUser caller = currentUser.require();
        caller.scope().requireAdmin();
        UserAccount account = load(id);
        StaleEditException.check(version, account.getVersion());
        Role role = requireRole(form.role());
        if (account.requireId() == caller.id() && role != account.getRole()) {
            throw RuleViolationException.atField("role", "user.error.ownRole");
        }
        if (account.getRole() == Role.CITY_ADMIN && role != Role.CITY_ADMIN && account.isEnabled()) {
            requireAnotherAdmin();
        }
        Long townId = checkTown(role, form.townId());
        boolean scopeChanged = role != account.getRole() || !java.util.Objects.equals(townId, account.getTownId());
        account.changeProfile(checkDisplayName(form.displayName()), role, townId);
        if (scopeChanged) {
            endSessions(account, SessionEndReason.ROLE_CHANGED);
        }
    }

    /** Sets a password the user must replace at their next login; their open sessions end at once. */
    public void resetPassword(long id, String newPassword) {
        currentUser.scope().requireAdmin();
        UserAccount account = load(id);
        account.changePasswordHash(passwordEncoder.encode(passwordPolicy.check(account.getUsername(), newPassword)));
        account.setMustChangePassword(true);
        endSessions(account, SessionEndReason.PASSWORD);
    }

    private void endSessions(UserAccount account, SessionEndReason reason) {
        account.endSessions();
        sessions.endAllOf(account.requireId(), reason);
    }

    /** Disables or re-enables an account; nobody can disable themselves or the last admin. */
    public void setEnabled(long id, long version, boolean enabled) {
        AppUser caller = currentUser.require();
        caller.scope().requireAdmin();
        UserAccount account = load(id);
        StaleEditException.check(version, account.getVersion());
        if (!enabled) {
            if (account.requireId() == caller.id()) {
                throw new RuleViolationException("user.error.disableSelf");
            }
            if (account.getRole() == Role.CITY_ADMIN && account.isEnabled()) {
                requireAnotherAdmin();
            }
        }
        account.setEnabled(enabled);
        if (!enabled) {
            endSessions(account, SessionEndReason.DISABLED);
        }
    }

    /** Any user may choose their own language; it is remembered for their next login. */
    public void changeOwnLocale(Locale locale) {
        AppUser caller = currentUser.require();
        load(caller.id()).setPreferredLocale(locale.toLanguageTag());
    }

    @Transactional(readOnly = true)
    public Optional<Locale> preferredLocale() {
        return currentUser.find()
                .flatMap(u -> users.findById(u.id()))
                .map(UserAccount::getPreferredLocale)
                .map(Locale::forLanguageTag);
    }

    /**
     * The area the caller works in, for the shell and the home view: a town's name, or empty for the city. Opens
     * no transaction of its own (the town look-up has its own): for a city admin there is nothing to read, and
     * an empty transaction still costs three round trips to the database on every home page.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
    public Optional<TownRef> callerTown() {
        return currentUser.find().map(AppUser::townId).flatMap(towns::findTown);
    }

    @Transactional(readOnly = true)
    public Page<LoginEvent> loginLog(LoginLogFilter filter, Pageable pageable) {
        currentUser.scope().requireAdmin();
        return loginEvents.findAll(loginSpecification(filter), pageable);
    }

    @Transactional(readOnly = true)
    public long countLoginLog(LoginLogFilter filter) {
        currentUser.scope().requireAdmin();
        return loginEvents.count(loginSpecification(filter));
    }

    /**
     * Makes sure a city admin exists. Outside the demo there is no default password: the first admin
     * is created from configuration, and without it the app refuses to start.
     */
    void ensureCityAdmin(String username, @Nullable String password) {
        if (users.countByRoleAndEnabledTrue(Role.CITY_ADMIN) > 0) {
            return;
        }
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("No city admin exists yet. Set HAITANG_ADMIN_PASSWORD (and optionally "
                    + "HAITANG_ADMIN_USERNAME, default 'admin') to create the first one at start-up.");
        }
        passwordPolicy.problem(username, password).ifPresent(problem -> {
            throw new IllegalStateException("HAITANG_ADMIN_PASSWORD is refused: " + PasswordPolicy.describe(problem)
                    + " (at least " + PasswordPolicy.MIN_LENGTH + " characters with letters and digits, not the user name,"
                    + " not a common password). The admin must change it at the first login.");
        });
        UserAccount admin = new UserAccount(username, username, passwordEncoder.encode(password), Role.CITY_ADMIN, null,
                clock.instant());
        admin.setMustChangePassword(true);
        users.save(admin);
    }

    /** For the demo data only: creates a user with a fixed password unless it exists. */
    void createIfAbsent(String username, String displayName, String password, Role role, @Nullable Long townId) {
        if (!users.existsByUsername(username)) {
            users.save(new UserAccount(username, displayName, passwordEncoder.encode(password), role, townId,
                    clock.instant()));
        }
    }

    private UserAccount load(long id) {
        return users.findById(id).orElseThrow(() -> new RuleViolationException("error.notFound"));
    }

    private void requireAnotherAdmin() {
        if (users.countByRoleAndEnabledTrue(Role.CITY_ADMIN) <= 1) {
            throw new RuleViolationException("user.error.lastAdmin");
        }
    }

    private static Role requireRole(@Nullable Role role) {
        if (role == null) {
            throw RuleViolationException.atField("role", "validation.required");
        }
        return role;
    }

    private @Nullable Long checkTown(Role role, @Nullable Long townId) {
        return switch (role) {
            case CITY_ADMIN -> null;
            case STREET_COORDINATOR -> {
                if (townId == null) {
                    throw RuleViolationException.atField("townId", "user.error.townRequired");
                }
                yield existingTown(townId);
            }
            case REVIEWER -> townId == null ? null : existingTown(townId);
        };
    }

    private long existingTown(long townId) {
        return towns.findTown(townId)
                .orElseThrow(() -> RuleViolationException.atField("townId", "user.error.unknownTown"))
                .id();
    }

    private static String checkDisplayName(@Nullable String displayName) {
        String name = displayName == null ? "" : displayName.trim();
        if (name.isEmpty() || name.length() > 64) {
            throw RuleViolationException.atField("displayName", "user.error.displayName");
        }
        return name;
    }

    private static UserRow toRow(UserAccount u, Map<Long, String> townNames) {
        return new UserRow(u.requireId(), u.getVersion(), u.getUsername(), u.getDisplayName(), u.getRole(),
                u.getTownId(), u.getTownId() == null ? null : townNames.get(u.getTownId()), u.isEnabled(),
                u.getCreatedAt());
    }

    private static Specification<UserAccount> specification(UserFilter filter) {
        return (root, query, cb) -> {
            var predicates = new java.util.ArrayList<jakarta.persistence.criteria.Predicate>();
            String text = filter.text() == null ? "" : filter.text().trim();
            if (!text.isEmpty()) {
                String like = "%" + text.replace("%", "\\%").replace("_", "\\_") + "%";
                predicates.add(cb.or(cb.like(root.get("username"), like), cb.like(root.get("displayName"), like)));
            }
            if (filter.role() != null) {
                predicates.add(cb.equal(root.get("role"), filter.role()));
            }
            if (filter.enabled() != null) {
                predicates.add(cb.equal(root.get("enabled"), filter.enabled()));
            }
            return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    private Specification<LoginEvent> loginSpecification(LoginLogFilter filter) {
        ZoneId zone = clock.getZone();
        return (root, query, cb) -> {
            var predicates = new java.util.ArrayList<jakarta.persistence.criteria.Predicate>();
            String name = filter.username() == null ? "" : filter.username().trim();
            if (!name.isEmpty()) {
                predicates.add(cb.like(root.get("username"), "%" + name.replace("%", "\\%").replace("_", "\\_") + "%"));
            }
            if (filter.success() != null) {
                predicates.add(cb.equal(root.get("success"), filter.success()));
            }
            if (filter.from() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from().atStartOfDay(zone).toInstant()));
            }
            if (filter.to() != null) {
                predicates.add(cb.lessThan(root.get("occurredAt"), filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

}
