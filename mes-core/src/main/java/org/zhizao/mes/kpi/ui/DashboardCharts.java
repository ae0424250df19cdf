package org.zhizao.mes.kpi.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.zhizao.mes.ui.chart.ParetoChart;
import org.zhizao.mes.ui.chart.TrendChart;

/** The dashboard's OEE trend and downtime Pareto as SVG. */
final class DashboardCharts {

    private DashboardCharts() {
    }

    /**
     * OEE per bucket in percent, with the whole period's OEE as a reference line; buckets without planned
     * time have no OEE and are left out.
     */
    static String trend(KpiDesk.Overview o, KpiText text, String periodLabel, String emptyText) {
        boolean daily = o.period() == DashboardPeriod.LAST_7_DAYS;
        DateTimeFormatter day = DateTimeFormatter.ofPattern("MM-dd").withZone(text.formats().zone());
        List<TrendChart.Point> points = new ArrayList<>();
        for (KpiDesk.TrendPoint p : o.trend()) {
            if (p.oee() != null) {
                points.add(new TrendChart.Point(daily ? day.format(p.start()) : text.formats().time(p.start()),
                        p.oee() * 100, false));
            }
        }
        Double oee = o.figures().kpis().oee();
        List<TrendChart.Reference> references = oee == null || points.isEmpty() ? List.of()
                : List.of(new TrendChart.Reference(periodLabel,
                        oee * 100, "target"));
        return TrendChart.svg(points, references, emptyText);
    }

    /** Downtime of the period by reason, in minutes. */
    static String pareto(List<KpiDesk.Downtime> downtime, KpiText text, Function<KpiDesk.Downtime, String> label,
            String emptyText) {
        List<ParetoChart.Bar> bars = downtime.stream()
                .map(d -> new ParetoChart.Bar(label.apply(d), d.duration().toSeconds() / 60.0,
                        text.duration(d.duration())))
                .toList();
        return ParetoChart.svg(bars, emptyText);
    }
}
