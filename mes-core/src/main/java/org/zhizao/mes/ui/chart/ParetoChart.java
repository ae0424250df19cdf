package org.zhizao.mes.ui.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Bars in falling order with the cumulative share as a line: defects by code, downtime by reason. */
public final class ParetoChart {

    public record Bar(String label, double value, String valueText) {
    }

    private ParetoChart() {
    }

    public static String svg(List<Bar> bars, String emptyText) {
        SvgDrawing d = new SvgDrawing(640, 300);
        double left = 50;
        double top = 20;
        double plotW = 540;
        double plotH = 200;
        d.line(left, top + plotH, left + plotW, top + plotH, "axis").line(left, top, left, top + plotH, "axis");
        List<Bar> sorted = new ArrayList<>(bars);
        sorted.sort(Comparator.comparingDouble(Bar::value).reversed());
        double total = sorted.stream().mapToDouble(Bar::value).sum();
        if (sorted.isEmpty() || total <= 0) {
            return d.text(left + plotW / 2, top + plotH / 2, emptyText, "middle", "empty").toSvg();
        }
        double max = sorted.get(0).value();
        double slot = plotW / sorted.size();
        double cumulative = 0;
        List<double[]> line = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Bar b = sorted.get(i);
            double h = plotH * b.value() / max;
            double x = left + i * slot;
            d.beginGroup("bar", "label", b.label())
                    .rect(x + slot * 0.15, top + plotH - h, slot * 0.7, h, "bar-fill", b.label() + ": " + b.valueText())
                    .text(x + slot / 2, top + plotH - h - 4, b.valueText(), "middle", "value")
                    .text(x + slot / 2, top + plotH + 16, b.label(), "middle", "label")
                    .endGroup();
            cumulative += b.value();
            line.add(new double[] {x + slot / 2, top + plotH - plotH * cumulative / total});
        }
        d.polyline(line, "cumulative");
        for (double[] p : line) {
            d.circle(p[0], p[1], 3, "cumulative-point", null);
        }
        d.text(left + plotW + 5, top + 4, "100%", "start", "axis-label")
                .text(left + plotW + 5, top + plotH * 0.2 + 4, "80%", "start", "axis-label")
                .line(left, top + plotH * 0.2, left + plotW, top + plotH * 0.2, "reference");
        return d.toSvg();
    }
}
