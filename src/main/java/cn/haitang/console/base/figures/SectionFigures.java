package cn.haitang.console.base.figures;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a dashboard section shows: its figure cards, at most one ECharts chart, and a breakdown by area.
 *
 * @param cards     the headline figures, already formatted in the caller's language
 * @param chart     an ECharts option (maps, lists, strings, numbers); a data item carrying {@code id} (a
 *                  town's id) drills down to that town when clicked at city level; null for none
 * @param chartTitle the chart's title, already translated ("" when there is no chart)
 * @param breakdown the lines by town (or by community of a town)
 */
public record SectionFigures(List<FigureCard> cards, @Nullable Map<String, Object> chart, String chartTitle,
                             Breakdown breakdown) {

    /** One figure card: a stable id (for tests and journeys), its label, value and an optional detail line. */
    public record FigureCard(String id, String label, String value, @Nullable String detail) {
    }

    /** A table by area: translated column titles and one line per area. */
    public record Breakdown(List<String> columns, List<Line> lines) {

        public static Breakdown empty() {
            return new Breakdown(List.of(), List.of());
        }
    }

    /** One area's values (already formatted), in the breakdown's column order; {@code town} lines drill down. */
    public record Line(long areaId, String areaName, boolean town, List<String> values) {
    }
}
