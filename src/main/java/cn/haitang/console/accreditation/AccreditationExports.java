package cn.haitang.console.accreditation;

import cn.haitang.console.base.db.Pages;
import cn.haitang.console.base.excel.ExcelWriter;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Excel exports of exactly the filtered rows of the applications list and of the registry, streamed page
 * by page from the same scoped service calls the grids use, written with the console's one Excel writer
 * (dates as Excel dates, results as numbers, headers in the user's language).
 */
@Service
public class AccreditationExports {

    private final ApplicationService applications;
    private final SiteRegistryService registry;
    private final Clock clock;

    AccreditationExports(ApplicationService applications, SiteRegistryService registry, Clock clock) {
        this.applications = applications;
        this.registry = registry;
        this.clock = clock;
    }

    public void applications(ApplicationFilter filter, Sort sort, Locale locale, OutputStream out) {
        try (ExcelWriter excel = new ExcelWriter(locale)) {
            ExcelWriter.SheetWriter sheet = excel.sheetOfKeys("nav.accreditation.applications", "accr.export.round",
                    "accr.export.level", "accr.export.year", "accr.export.town", "accr.export.community",
                    "accr.export.compound", "accr.export.state", "accr.export.eligible", "accr.export.result",
                    "accr.export.flagged", "accr.export.submittedAt", "accr.export.noticeTo");
            Pages.forEach(page -> applications.applications(filter, page), sort, a -> sheet.row(a.roundTitle(),
                    excel.t(a.level().messageKey()), a.year(), a.townName(), a.communityName(), a.compoundName(),
                    excel.t(a.state().messageKey()),
                    a.eligible() == null ? null : excel.t(a.eligible() ? "accreditation.yes"
                            : a.overridden() ? "accr.export.overridden" : "accreditation.no"),
                    a.result(), a.flagged() ? excel.t("accreditation.yes") : null,
                    a.submittedAt() == null ? null : LocalDateTime.ofInstant(a.submittedAt(), clock.getZone()),
                    a.noticeTo()));
            excel.write(out);
        }
    }

    public void sites(SiteFilter filter, Sort sort, Locale locale, OutputStream out) {
        try (ExcelWriter excel = new ExcelWriter(locale)) {
            ExcelWriter.SheetWriter sheet = excel.sheetOfKeys("nav.accreditation.registry", "accr.export.certificate",
                    "accr.export.level", "accr.export.town", "accr.export.community", "accr.export.compound",
                    "accr.export.validFrom", "accr.export.validTo", "accr.export.siteState", "accr.export.revokeReason");
            Pages.forEach(page -> registry.sites(filter, page), sort, s -> sheet.row(s.certificateNo(),
                    excel.t(s.level().messageKey()), s.townName(), s.communityName(), s.compoundName(), s.validFrom(),
                    s.validTo(), excel.t("accreditation.site." + s.state()), s.revokeReason()));
            excel.write(out);
        }
    }
}
