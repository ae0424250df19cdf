package org.zhizao.mes.quality.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.zhizao.mes.quality.domain.ChartType;
import org.zhizao.mes.quality.domain.ControlChart;
import org.zhizao.mes.quality.ui.InspectionViews.ChartableCharacteristic;
import org.zhizao.mes.quality.ui.InspectionViews.ParetoLine;
import org.zhizao.mes.quality.ui.InspectionViews.SpcFigures;
import org.zhizao.mes.ui.Formats;
import org.zhizao.mes.ui.chart.ParetoChart;

/**
 * Statistical process control of one variable characteristic: its control charts with centre line and
 * limits, the points that break a Nelson rule, the breaches listed, Cp, Cpk, Pp and Ppk; below, the
 * Pareto of defects by code over a period. Managers read it; nothing here changes data.
 */
@Route("spc")
@Menu(title = "nav.spc", order = 42)
@RolesAllowed({"INSPECTOR", "SUPERVISOR", "ADMIN", "MANAGER"})
@StyleSheet("context://styles/zhizao.css") // the chart styles; the app shell's sheet does not reach the page here
@StyleSheet("context://styles/inspection.css")
public class SpcView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InspectionDesk desk;
    private final Formats formats;
    private final ComboBox<ChartableCharacteristic> characteristic = new ComboBox<>();
    private final Select<ChartType> chartType = new Select<>();
    private final Div figures = new Div();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Svg pareto = new Svg();
    private final Span paretoTotal = new Span();

    public SpcView(InspectionDesk desk) {
        this.desk = desk;
        this.formats = Formats.of(getLocale());
        addClassName("spc-view");
        configureChooser();
        figures.setId("spc-figures");
        figures.setWidthFull();
        add(new H2(getTranslation("inspection.spc.title")), new HorizontalLayout(characteristic, chartType), figures);
        configurePareto();
    }

    /** {@code spc?characteristic=<id>} shows that characteristic's charts at once. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("characteristic").ifPresent(id ->
                desk.chartableCharacteristics().stream().filter(c -> String.valueOf(c.id()).equals(id)).findFirst()
                        .ifPresent(characteristic::setValue));
    }

    private void configureChooser() {
        characteristic.setId("spc-characteristic");
        characteristic.setLabel(getTranslation("inspection.spc.characteristic"));
        characteristic.setWidth("28em");
        characteristic.setItems(desk.chartableCharacteristics());
        characteristic.setItemLabelGenerator(c -> c.productCode() + " / " + c.operationSeq() + " / " + c.code()
                + " · " + c.name());
        chartType.setId("spc-chart-type");
        chartType.setLabel(getTranslation("inspection.spc.chartType"));
        chartType.setItemLabelGenerator(t -> getTranslation("inspection.spc.type." + t));
        characteristic.addValueChangeListener(e -> {
            ChartableCharacteristic c = e.getValue();
            chartType.setItems(c == null ? List.of() : c.types());
            if (c != null) {
                chartType.setValue(c.defaultType());
            }
            draw();
        });
        chartType.addValueChangeListener(e -> draw());
    }

    private void draw() {
        figures.removeAll();
        ChartableCharacteristic c = characteristic.getValue();
        if (c == null || chartType.getValue() == null) {
            return;
        }
        SpcFigures f = desk.spc(c.id(), chartType.getValue());
        figures.add(summary(f));
        if (f.chart() == null) {
            Span none = new Span(getTranslation("inspection.spc.tooFew", f.values(), c.subgroupSize()));
            none.setId("spc-too-few");
            figures.add(none);
            return;
        }
        ControlChart chart = f.chart();
        Svg location = new Svg(SpcCharts.location(f, (k, a) -> getTranslation(k, a)));
        location.setId("spc-location-chart");
        Svg dispersion = new Svg(SpcCharts.dispersion(f, (k, a) -> getTranslation(k, a)));
        dispersion.setId("spc-dispersion-chart");
        Span limits = new Span(getTranslation("inspection.spc.limits", number(chart.location().lcl()),
                number(chart.location().centre()), number(chart.location().ucl()), f.baselineUsed()));
        limits.setId("spc-limits");
        figures.add(new H3(getTranslation("inspection.spc.location." + f.type())), limits, location,
                new H3(getTranslation("inspection.spc.dispersion." + f.type())), dispersion, breaches(f));
    }

    private HorizontalLayout summary(SpcFigures f) {
        HorizontalLayout row = new HorizontalLayout();
        row.setId("spc-capability");
        row.addClassName("spc-capability");
        row.add(figure("spc-values", getTranslation("inspection.spc.values"), formats.integer(f.values())));
        row.add(figure("spc-spec", getTranslation("inspection.spc.spec"), number(f.specification().lsl()) + " … "
                + number(f.specification().usl()) + " " + f.specification().unit()));
        if (f.capability() != null) {
            row.add(figure("spc-cp", "Cp", formats.number(f.capability().cp(), 2)),
                    figure("spc-cpk", "Cpk", formats.number(f.capability().cpk(), 2)),
                    figure("spc-pp", "Pp", formats.number(f.capability().pp(), 2)),
                    figure("spc-ppk", "Ppk", formats.number(f.capability().ppk(), 2)));
        }
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Div breaches(SpcFigures f) {
        Div box = new Div(new H3(getTranslation("inspection.spc.breaches")));
        UnorderedList list = new UnorderedList();
        list.setId("spc-breaches");
        f.breaches().forEach(b -> list.add(new ListItem(b.describe())));
        if (f.breaches().isEmpty()) {
            list.add(new ListItem(getTranslation("inspection.spc.noBreach")));
        }
        box.add(list);
        return box;
    }

    private Div figure(String id, String label, String value) {
        Span v = new Span(value);
        v.setId(id);
        v.addClassName("figure-value");
        Span l = new Span(label);
        l.addClassName("figure-label");
        Div d = new Div(l, v);
        d.addClassName("figure");
        return d;
    }

    private String number(double v) {
        return formats.number(v, 4);
    }

    private void configurePareto() {
        from.setId("pareto-from");
        from.setLabel(getTranslation("inspection.pareto.from"));
        to.setId("pareto-to");
        to.setLabel(getTranslation("inspection.pareto.to"));
        LocalDate today = LocalDate.now(formats.zone());
        from.setValue(today.minusDays(30));
        to.setValue(today);
        from.addValueChangeListener(e -> drawPareto());
        to.addValueChangeListener(e -> drawPareto());
        pareto.setId("pareto-chart");
        pareto.addClassName("chart-box");
        paretoTotal.setId("pareto-total");
        add(new H2(getTranslation("inspection.pareto.title")), new HorizontalLayout(from, to), paretoTotal, pareto);
        drawPareto();
    }

    private void drawPareto() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        try {
            List<ParetoLine> lines = desk.pareto(from.getValue().atStartOfDay(formats.zone()).toInstant(),
                    to.getValue().plusDays(1).atStartOfDay(formats.zone()).toInstant());
            pareto.setSvg(ParetoChart.svg(lines.stream().map(l -> new ParetoChart.Bar(l.defectCode(), l.count(),
                    formats.integer(l.count()))).toList(), getTranslation("inspection.pareto.empty")));
            paretoTotal.setText(getTranslation("inspection.pareto.total",
                    lines.stream().mapToLong(ParetoLine::count).sum()));
        } catch (RuntimeException e) {
            Errors.show(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.spc") + " · " + getTranslation("app.name");
    }
}
