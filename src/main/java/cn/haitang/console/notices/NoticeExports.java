package cn.haitang.console.notices;

import cn.haitang.console.base.db.Pages;
import cn.haitang.console.base.excel.ExcelWriter;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notices list and one notice's receipts as workbooks, streamed page by page through {@link NoticesService},
 * so the same scope holds: a recipient exports the notices addressed to them, only the admin the receipts.
 */
@Service
@Transactional(readOnly = true)
public class NoticeExports {

    private final NoticesService notices;
    private final Clock clock;

    NoticeExports(NoticesService notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    public void list(NoticeFilter filter, Sort sort, boolean admin, Locale locale, OutputStream out) {
        try (ExcelWriter excel = new ExcelWriter(locale)) {
            ExcelWriter.SheetWriter sheet = admin
                    ? excel.sheetOfKeys("notices.nav", "notices.title", "notices.publishedAt", "notices.readBy",
                            "notices.export.audience", "notices.export.recipients", "notices.export.readers",
                            "notices.export.readShare")
                    : excel.sheetOfKeys("notices.nav", "notices.title", "notices.publishedAt", "notices.readBy",
                            "notices.readAt");
            Pages.forEach(page -> notices.list(filter, page), sort, r -> {
                if (admin) {
                    sheet.row(r.title(), time(r.publishedAt()), r.readBy(),
                            excel.t(r.allTowns() ? "notices.allTowns" : "notices.export.someTowns"), r.recipients(),
                            r.readers(), ExcelWriter.Percent.of(r.readers(), r.recipients()));
                } else {
                    sheet.row(r.title(), time(r.publishedAt()), r.readBy(), time(r.readAt()));
                }
            });
            excel.write(out);
        }
    }

    /** Every recipient of one notice, unread first, with the time they read it. Admin only. */
    public void receipts(long noticeId, Locale locale, OutputStream out) {
        try (ExcelWriter excel = new ExcelWriter(locale)) {
            ExcelWriter.SheetWriter sheet = excel.sheetOfKeys("notices.byReader", "notices.town", "notices.reader",
                    "notices.export.role", "notices.readAt");
            Pages.forEach(page -> notices.receipts(noticeId, null, page), Sort.unsorted(), r -> sheet.row(
                    r.townName(), r.displayName(), excel.t(r.role().messageKey()), time(r.readAt())));
            excel.write(out);
        }
    }

    private @Nullable LocalDateTime time(@Nullable Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, clock.getZone());
    }
}
