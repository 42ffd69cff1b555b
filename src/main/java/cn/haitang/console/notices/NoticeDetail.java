package cn.haitang.console.notices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A notice as its page shows it: text, audience (town names; empty with allTowns), attachments. */
public record NoticeDetail(long id, String title, String body, boolean allTowns, List<String> towns,
                           @Nullable LocalDate readBy, String publishedBy, Instant publishedAt,
                           List<AttachmentRow> attachments) {

    public record AttachmentRow(long id, String fileName, long sizeBytes) {
    }
}
