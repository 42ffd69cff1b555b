package cn.haitang.console.inbox;

import cn.haitang.console.base.inbox.InboxContribution;
import cn.haitang.console.base.inbox.InboxItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges every feature's contribution for the caller. Each contribution applies the caller's scope in its
 * own query; this service only orders: overdue first (the longest overdue on top), then by due date, items
 * without a date last.
 */
@Service
public class InboxService {

    static final Comparator<InboxItem> ORDER = Comparator
            .comparing(InboxItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(InboxItem::title);

    private final List<InboxContribution> contributions;
    private final Clock clock;
    private final java.util.concurrent.atomic.AtomicLong computed = new java.util.concurrent.atomic.AtomicLong();

    InboxService(List<InboxContribution> contributions, Clock clock) {
        this.contributions = contributions;
        this.clock = clock;
    }

    /**
     * The caller's inbox. Computed after every navigation, so it opens no transaction: the contributions' few
     * queries run on one connection in autocommit, saving the three round trips and the EntityManager a
     * read-only transaction costs.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Inbox inbox() {
        computed.incrementAndGet();
        LocalDate today = LocalDate.now(clock);
        List<InboxItem> items = new ArrayList<>();
        boolean truncated = false;
        for (InboxContribution contribution : contributions) {
            List<InboxItem> part = contribution.items(today);
            truncated |= part.size() >= InboxContribution.LIMIT;
            items.addAll(part);
        }
        // ordering by due date alone puts every overdue item (a date before today) first, longest overdue on top
        items.sort(ORDER);
        return new Inbox(List.copyOf(items), today, truncated);
    }

    /** How many inboxes this node has computed (one query per contribution each): what a page costs, for tests. */
    public long computations() {
        return computed.get();
    }
}
