package org.zhizao.mes.quality.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.zhizao.mes.quality.domain.ControlChart;
import org.zhizao.mes.quality.domain.RunRuleBreach;
import org.zhizao.mes.quality.ui.InspectionViews.SpcFigures;
import org.zhizao.mes.ui.chart.TrendChart;

/** The two charts of a control chart pair as SVG: limits and centre line as references, rule breakers flagged. */
final class SpcCharts {

    private SpcCharts() {
    }

    /** The X̄ or individuals chart; a point is flagged when it takes part in any run rule breach. */
    static String location(SpcFigures f, BiFunction<String, Object[], String> text) {
        Set<Integer> flagged = new HashSet<>();
        f.breaches().stream().map(RunRuleBreach::points).forEach(flagged::addAll);
        ControlChart chart = f.chart();
        return TrendChart.svg(points(chart.locationPoints(), flagged), references(chart.location(), text),
                text.apply("inspection.spc.noData", new Object[0]));
    }

    /** The R, S or moving range chart; a point above its upper limit is flagged. */
    static String dispersion(SpcFigures f, BiFunction<String, Object[], String> text) {
        ControlChart chart = f.chart();
        Set<Integer> flagged = new HashSet<>();
        for (int i = 0; i < chart.dispersionPoints().size(); i++) {
            if (chart.dispersionPoints().get(i) > chart.dispersion().ucl()) {
                flagged.add(i);
            }
        }
        // a moving range belongs to the second value of its pair, so it is numbered from 2
        int first = chart.dispersionPoints().size() < chart.locationPoints().size() ? 2 : 1;
        List<TrendChart.Point> points = new ArrayList<>();
        for (int i = 0; i < chart.dispersionPoints().size(); i++) {
            points.add(new TrendChart.Point(String.valueOf(i + first), chart.dispersionPoints().get(i),
                    flagged.contains(i)));
        }
        return TrendChart.svg(points, references(chart.dispersion(), text),
                text.apply("inspection.spc.noData", new Object[0]));
    }

    private static List<TrendChart.Point> points(List<Double> values, Set<Integer> flagged) {
        List<TrendChart.Point> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            points.add(new TrendChart.Point(String.valueOf(i + 1), values.get(i), flagged.contains(i)));
        }
        return points;
    }

    private static List<TrendChart.Reference> references(ControlChart.Limits limits,
            BiFunction<String, Object[], String> text) {
        return List.of(new TrendChart.Reference(text.apply("inspection.spc.ucl", new Object[0]), limits.ucl(), "limit"),
                new TrendChart.Reference(text.apply("inspection.spc.centre", new Object[0]), limits.centre(), "centre"),
                new TrendChart.Reference(text.apply("inspection.spc.lcl", new Object[0]), limits.lcl(), "limit"));
    }
}
