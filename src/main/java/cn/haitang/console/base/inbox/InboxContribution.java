package cn.haitang.console.base.inbox;

import java.time.LocalDate;
import java.util.List;

/**
 * A feature's part of the to-do inbox, as a Spring bean in the feature. It computes the items from live
 * state for the caller (their role and their town: the scope is applied in its query, never by the
 * inbox), in one cheap query, at most {@link #LIMIT} of them, most urgent first. The inbox knows no
 * feature's internals: it merges, orders (overdue first, then by date) and shows.
 */
public interface InboxContribution {

    /** The most items one contribution hands over; the badge then reads "100+". */
    int LIMIT = 100;

    /** The caller's items on this day (empty when the caller's role has nothing here). */
    List<InboxItem> items(LocalDate today);
}
