package cn.haitang.console.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Apache ECharts chart driven from Java, without a frontend bundle build: ECharts is loaded from its
 * WebJar, the option is built in Java (maps and lists, serialised to JSON) and set with
 * {@code executeJs}; the chart resizes with its container and the window, and clicks come back to
 * Java with the clicked item's name and (when the data item has one) its id.
 */
public class EChart extends Div {

    public static final String SCRIPT = "context://webjars/echarts/5.3.1/dist/echarts.min.js";

    /** The 海棠红 palette: crabapple reds first, then calm companions that read well beside them. */
    public static final java.util.List<String> PALETTE = java.util.List.of("#c8374f", "#e8899a", "#9e2338", "#f2b8c2",
            "#5b6b7f", "#d9a441", "#7a9a8a", "#b35c70");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String option = "{}";

    public EChart() {
        addClassName("ht-chart");
        setWidthFull();
        setHeight("320px");
    }

    /** A chart's click: the category or item name, and the id the data item carried ("" when none). */
    public record Click(String name, String id, String series) {
    }

    /** Sets the chart's option (an ECharts option object as maps, lists, strings and numbers). */
    public void setOption(Object option) {
        this.option = JSON.writeValueAsString(option);
        draw();
    }

    /** The option last set, as JSON (for tests). */
    public String getOptionJson() {
        return option;
    }

    public Registration addChartClickListener(Consumer<Click> listener) {
        return getElement().addEventListener("chart-click", e -> {
            JsonNode data = e.getEventData();
            listener.accept(new Click(text(data, "event.detail.name"), text(data, "event.detail.id"),
                    text(data, "event.detail.series")));
        }).addEventData("event.detail.name").addEventData("event.detail.id").addEventData("event.detail.series");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().addJavaScript(SCRIPT);
        draw();
    }

    private void draw() {
        UI ui = getUI().orElse(null);
        if (ui == null) {
            return;
        }
        getElement().executeJs("""
                const el = this;
                const option = JSON.parse($0);
                const draw = (tries) => {
                  if (!window.echarts) { if (tries < 200) setTimeout(() => draw(tries + 1), 50); return; }
                  const chart = echarts.getInstanceByDom(el) || echarts.init(el, null, {renderer: 'canvas'});
                  chart.setOption(option, true);
                  if (!el.__htChart) {
                    el.__htChart = true;
                    window.addEventListener('resize', () => chart.resize());
                    if (window.ResizeObserver) new ResizeObserver(() => chart.resize()).observe(el);
                    chart.on('click', p => el.dispatchEvent(new CustomEvent('chart-click', {detail: {
                      name: String(p.name ?? ''),
                      id: p.data && p.data.id != null ? String(p.data.id) : '',
                      series: String(p.seriesName ?? '')}})));
                  }
                };
                draw(0);""", option);
    }

    private static String text(JsonNode data, String key) {
        JsonNode node = data == null ? null : data.get(key);
        return node == null || node.isNull() ? "" : node.asString();
    }

    /** Builds a small JSON-ready map: {@code EChart.map("a", 1, "b", "x")}; null values are left out. */
    public static java.util.Map<String, Object> map(@Nullable Object... keysAndValues) {
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
            }
        }
        return map;
    }
}
