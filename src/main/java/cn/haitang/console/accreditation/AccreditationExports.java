package cn.haitang.console.accreditation;

import cn.haitang.console.base.i18n.Translations;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Excel exports of exactly the filtered rows, streamed page by page from SQL into a streaming workbook,
 * with headers in the user's language. Scope is the service's: the same filters, the same refusals.
 */
@Service
public class AccreditationExports {

    private static final int PAGE = 500;
    private static final java.time.format.DateTimeFormatter DATE_TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneId.of("Asia/Shanghai"));
    private final AccreditationService service;

    AccreditationExports(AccreditationService service) {
        this.service = service;
    }

    public void applications(ApplicationFilter filter, Locale locale, OutputStream out) throws IOException {
        String[] headers = {"accr.export.round", "accr.export.level", "accr.export.year", "accr.export.town", "accr.export.community",
                "accr.export.compound", "accr.export.state", "accr.export.eligible", "accr.export.result", "accr.export.flagged",
                "accr.export.submittedAt", "accr.export.noticeTo"};
        write(locale, out, "nav.accreditation.applications", headers,
                page -> service.applications(filter, page).getContent(),
                a -> new Object[] {a.roundTitle(), t(a.level().messageKey(), locale), a.year(), a.townName(),
                        a.communityName(), a.compoundName(), t(a.state().messageKey(), locale),
                        a.eligible() == null ? "" : t(a.eligible() ? "accreditation.yes" : a.overridden()
                                ? "accr.export.overridden" : "accreditation.no", locale),
                        a.result() == null ? null : a.result().doubleValue(),
                        a.flagged() ? t("accreditation.yes", locale) : "",
                        a.submittedAt() == null ? "" : DATE_TIME.format(a.submittedAt()),
                        a.noticeTo() == null ? "" : a.noticeTo().toString()});
    }

    public void sites(SiteFilter filter, Locale locale, OutputStream out) throws IOException {
        String[] headers = {"accr.export.certificate", "accr.export.level", "accr.export.town", "accr.export.community", "accr.export.compound",
                "accr.export.validFrom", "accr.export.validTo", "accr.export.siteState", "accr.export.revokeReason"};
        write(locale, out, "nav.accreditation.registry", headers,
                page -> service.sites(filter, page).getContent(),
                s -> new Object[] {s.certificateNo(), t(s.level().messageKey(), locale), s.townName(), s.communityName(),
                        s.compoundName(), s.validFrom().toString(), s.validTo().toString(),
                        t("accreditation.site." + s.state(), locale), s.revokeReason() == null ? "" : s.revokeReason()});
    }

    private <T> void write(Locale locale, OutputStream out, String sheetKey, String[] headers,
                           Function<Pageable, List<T>> pages, Function<T, Object[]> cells) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(t(sheetKey, locale));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(t(headers[i], locale));
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, 18 * 256);
            }
            int rowIndex = 1;
            for (int page = 0; ; page++) {
                List<T> rows = pages.apply(PageRequest.of(page, PAGE));
                for (T item : rows) {
                    Row row = sheet.createRow(rowIndex++);
                    Object[] values = cells.apply(item);
                    for (int i = 0; i < values.length; i++) {
                        Object v = values[i];
                        if (v instanceof Number n) {
                            row.createCell(i).setCellValue(n.doubleValue());
                        } else if (v != null) {
                            row.createCell(i).setCellValue(v.toString());
                        }
                    }
                }
                if (rows.size() < PAGE) {
                    break;
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static String t(String key, Locale locale) {
        return Translations.translate(key, locale);
    }
}
