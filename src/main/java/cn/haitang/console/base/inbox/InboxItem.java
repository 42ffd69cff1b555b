package cn.haitang.console.base.inbox;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One thing waiting for the caller: what kind of work it is (a message key such as
 * {@code inbox.kind.score}), what it concerns (a compound, a matter, a notice: data, shown as it is),
 * where it lies, by when it should be done, and the address of the place to act ({@code compound/12?tab=…}).
 */
public record InboxItem(String kindKey, String title, @Nullable String area, @Nullable LocalDate due, String route) {

    /** Past its date on this day. */
    public boolean overdue(LocalDate today) {
        return due != null && due.isBefore(today);
    }
}
