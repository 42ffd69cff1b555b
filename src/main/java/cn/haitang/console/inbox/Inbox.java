package cn.haitang.console.inbox;

import cn.haitang.console.base.inbox.InboxItem;
import java.time.LocalDate;
import java.util.List;

/** The caller's inbox on a day: the items in the order to work on them, and whether a part was cut at its limit. */
public record Inbox(List<InboxItem> items, LocalDate today, boolean truncated) {

    public int count() {
        return items.size();
    }

    public long overdueCount() {
        return items.stream().filter(i -> i.overdue(today)).count();
    }
}
