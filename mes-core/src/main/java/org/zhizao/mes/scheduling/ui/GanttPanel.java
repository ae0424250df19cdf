package org.zhizao.mes.scheduling.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import elemental.json.JsonType;
import elemental.json.JsonValue;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.zhizao.mes.scheduling.PlanView;
import org.zhizao.mes.scheduling.domain.PlanningInput.Interval;
import org.zhizao.mes.ui.Formats;

/**
 * The Gantt chart of a plan with its zoom (a shift or a day) and paging through the horizon. A click on
 * a bar names the operation to whoever listens.
 */
class GanttPanel extends VerticalLayout {

    /** What the chart needs besides the plan: the stations, their availability and the down windows. */
    interface Source {
        List<String> stations();

        Map<String, List<Interval>> availability(Instant from, Instant to);

        List<GanttChart.Shade> downWindows();

        Instant now();
    }

    /** The operation id of the bar a click landed on, if any. */
    static final String CLICKED = "event.target.closest('[data-operation]')?.dataset.operation";

    private final Source source;
    private final Formats formats;
    private final Svg chart = new Svg();
    private final Span range = new Span();
    private final Select<GanttChart.Zoom> zoom = new Select<>();
    private PlanView plan;
    private Set<Long> frozen = Set.of();
    private Set<String> lateOrders = Set.of();
    private Instant anchor;
    private int page;

    GanttPanel(Source source, Formats formats, LongConsumer barClicked) {
        this.source = source;
        this.formats = formats;
        setPadding(false);
        setSpacing(false);
        addClassName("gantt-panel");
        add(toolbar());
        chart.setId("gantt");
        chart.addClassName("gantt-chart");
        chart.getElement().addEventListener("click", e -> {
            JsonValue id = e.getEventData().get(CLICKED);
            if (id != null && id.getType() == JsonType.STRING && id.asString().matches("\\d+")) {
                barClicked.accept(Long.parseLong(id.asString()));
            }
        }).addEventData(CLICKED);
        add(chart);
    }

    private HorizontalLayout toolbar() {
        zoom.setId("gantt-zoom");
        zoom.setLabel(getTranslation("scheduling.zoom"));
        zoom.setItems(GanttChart.Zoom.values());
        zoom.setItemLabelGenerator(z -> getTranslation("scheduling.zoom." + z.name()));
        zoom.setValue(GanttChart.Zoom.DAY);
        zoom.addValueChangeListener(e -> redraw());
        Button earlier = new Button(getTranslation("scheduling.earlier"), e -> page(-1));
        earlier.setId("gantt-earlier");
        Button later = new Button(getTranslation("scheduling.later"), e -> page(1));
        later.setId("gantt-later");
        Button now = new Button(getTranslation("scheduling.now"), e -> {
            anchor = source.now();
            page = 0;
            redraw();
        });
        now.setId("gantt-now");
        for (Button b : List.of(earlier, later, now)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        range.setId("gantt-range");
        HorizontalLayout bar = new HorizontalLayout(zoom, earlier, later, now, range);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void page(int step) {
        page += step;
        redraw();
    }

    void zoom(GanttChart.Zoom value) {
        zoom.setValue(value);
    }

    GanttChart.Window window() {
        ZoneId zone = formats.zone();
        Instant at = anchor == null ? source.now() : anchor;
        return GanttChart.Window.of(zoom.getValue(), at, zone, page);
    }

    /** Shows a plan from its planning start; null shows the stations without bars. */
    void show(PlanView shown, Set<Long> frozenIds) {
        boolean samePlan = plan != null && shown != null && plan.id() == shown.id();
        this.plan = shown;
        this.frozen = frozenIds;
        this.lateOrders = shown == null ? Set.of() : Set.copyOf(shown.orders().stream()
                .filter(o -> o.latenessMinutes() > 0).map(PlanView.OrderLateness::orderNumber).toList());
        if (!samePlan) {
            anchor = shown == null ? source.now() : shown.planningStart();
            page = 0;
        }
        redraw();
    }

    void redraw() {
        GanttChart.Window window = window();
        GanttChart gantt = new GanttChart(zoom.getValue(), window, formats.zone());
        List<String> stations = source.stations();
        List<GanttChart.Bar> bars = new ArrayList<>();
        if (plan != null) {
            plan.stations().forEach(s -> s.operations().forEach(o -> bars.add(new GanttChart.Bar(o.operationId(),
                    o.operationCode(), o.orderNumber(), s.stationCode(), o.start(), o.end(), o.setupMinutes(),
                    lateOrders.contains(o.orderNumber()), frozen.contains(o.operationId())))));
        }
        List<GanttChart.Shade> shades = new ArrayList<>();
        source.availability(window.from(), window.to()).forEach((station, intervals) -> GanttChart.gaps(
                intervals.stream().map(i -> new Instant[] {i.start(), i.end()}).toList(), window.from(), window.to())
                .forEach(g -> shades.add(new GanttChart.Shade(station, g[0], g[1], false))));
        shades.addAll(source.downWindows());
        chart.setSvg(gantt.svg(stations, bars, shades, source.now(), new GanttChart.Texts(
                getTranslation("scheduling.gantt.empty"), getTranslation("scheduling.gantt.late"),
                getTranslation("scheduling.gantt.setup"), getTranslation("scheduling.gantt.unavailable"),
                getTranslation("scheduling.gantt.down"), getTranslation("scheduling.gantt.now"))));
        range.setText(formats.dateTime(window.from()) + " – " + formats.dateTime(window.to()));
    }
}
