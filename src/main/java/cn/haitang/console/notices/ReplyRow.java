package cn.haitang.console.notices;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A reply to a notice as the notice's page lists it: from which town and whom, what it says, its files. */
public record ReplyRow(long id, @Nullable String townName, String displayName, String body, Instant repliedAt,
                       List<NoticeDetail.AttachmentRow> files) {
}
