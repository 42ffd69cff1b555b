package cn.haitang.console.accreditation;

import cn.haitang.console.security.AppUser;
import cn.haitang.console.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The life cycle of an application as it happens: every change of state goes through {@link Lifecycle}
 * and leaves an entry (who, when, from and to, a note) in the same transaction. The scheduled jobs,
 * with nobody logged in, write as {@link Lifecycle#SYSTEM}.
 */
@Component
class Timeline {

    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Timeline(CurrentUser currentUser, JdbcTemplate jdbc, Clock clock) {
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Takes a step of the life cycle (refused when it does not start from the current state) and records it. */
    void step(Application app, Step step, @Nullable String note) {
        AppState from = app.step(step);
        record(app.requireId(), step, from, app.getState(), note);
    }

    /** Records an event that leaves the state as it is (an objection, a recusal, an override). */
    void note(Application app, Step step, String note) {
        record(app.requireId(), step, app.getState(), app.getState(), note);
    }

    /** Records the creation of an application. */
    void created(Application app) {
        record(app.requireId(), Step.NOMINATE, null, app.getState(), null);
    }

    private void record(long applicationId, Step step, @Nullable AppState from, AppState to, @Nullable String note) {
        String user = currentUser.find().map(AppUser::getUsername).orElse(Lifecycle.SYSTEM);
        jdbc.update("""
                INSERT INTO accr_event (application_id, occurred_at, username, step, from_state, to_state, note)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", applicationId, LocalDateTime.ofInstant(now(), ZoneOffset.UTC), user,
                step.name(), from == null ? null : from.name(), to.name(),
                note == null ? null : note.length() > 1000 ? note.substring(0, 1000) : note);
    }

    /** Now, to the database's precision. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
