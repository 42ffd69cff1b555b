package cn.haitang.console.base.figures;

import cn.haitang.console.base.excel.ExcelWriter;
import java.time.YearMonth;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A feature's part of the dashboard and of the monthly report. A feature that has figures (service
 * circle, funds, deliberation, …) implements this as a Spring bean in its own package; the dashboard
 * shows every section it finds, in {@link #order()}, without knowing the feature. The implementation
 * reads its figures through its own service, which checks the caller's scope like any other read: the
 * dashboard passes a town only after checking that the caller may see it.
 */
public interface DashboardSection {

    /** Where the section sits among the others (the built-in figures come first). */
    int order();

    /** The section's title, a message key. */
    String titleKey();

    /**
     * The section's cards, chart and breakdown for the whole city (townId null: one line per town) or
     * one town/street (one line per community); now (asOf null) or as at the end of a past month.
     */
    SectionFigures figures(@Nullable YearMonth asOf, @Nullable Long townId, Locale locale);

    /** Adds the section's sheet(s) to the monthly report for the same area and month. */
    void writeMonthlySheet(ExcelWriter workbook, YearMonth month, @Nullable Long townId);
}
