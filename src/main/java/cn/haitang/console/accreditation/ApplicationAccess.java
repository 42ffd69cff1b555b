package cn.haitang.console.accreditation;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import org.springframework.stereotype.Component;

/**
 * Who may reach an application: the city admin every one, a coordinator those of their own town/street,
 * a reviewer those assigned to them (and not recused). A missing id and one out of reach are refused alike.
 * Shared by the workflow services so the rule is written once.
 */
@Component
class ApplicationAccess {

    private final ApplicationRepository applications;
    private final AssignmentRepository assignments;
    private final CurrentUser currentUser;

    ApplicationAccess(ApplicationRepository applications, AssignmentRepository assignments, CurrentUser currentUser) {
        this.applications = applications;
        this.assignments = assignments;
        this.currentUser = currentUser;
    }

    /** The application if the caller may read it. */
    Application readable(long id) {
        Scope scope = currentUser.scope();
        Application app = find(id);
        if (scope.role() == Role.REVIEWER) {
            if (!assignments.existsByApplicationIdAndReviewerIdAndStateNot(id, scope.userId(), Assignment.State.RECUSED)) {
                scope.requireTown(app.getTownId()); // refused and logged: reviewers cover no town
            }
        } else {
            scope.requireTown(app.getTownId());
        }
        return app;
    }

    /** The application for its town's coordinator (or the admin). */
    Application ofCoordinator(long id) {
        Scope scope = currentUser.scope();
        scope.requireRole(Role.CITY_ADMIN, Role.STREET_COORDINATOR);
        Application app = find(id);
        scope.requireTown(app.getTownId());
        return app;
    }

    /** The application for its coordinator while it may still be edited, refusing a stale edit. */
    Application editableByCoordinator(long id, long version) {
        Application app = ofCoordinator(id);
        StaleEditException.check(version, app.getVersion());
        requireEditable(app);
        return app;
    }

    /** The application for the city admin, refusing a stale edit. */
    Application ofAdmin(long id, long version) {
        currentUser.scope().requireAdmin();
        Application app = find(id);
        StaleEditException.check(version, app.getVersion());
        return app;
    }

    static void requireEditable(Application app) {
        if (!app.getState().editable()) {
            throw new RuleViolationException("accreditation.error.notEditable");
        }
    }

    /** Loads without a scope check: for callers that checked it already. */
    Application find(long id) {
        return applications.findById(id).orElseThrow(ApplicationAccess::notFound);
    }

    static RuleViolationException notFound() {
        return new RuleViolationException("error.notFound");
    }
}
