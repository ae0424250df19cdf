package org.zhizao.mes.ui.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Values over a sequence (samples, hours, days) with horizontal reference lines: control limits and
 * centre line on an SPC chart, a target on a KPI trend. Points can be flagged (a run-rule violation,
 * a value outside limits) and are then drawn in the alarm style.
 */
public final class TrendChart {

    public record Point(String label, double value, boolean flagged) {
    }

    public record Reference(String label, double value, String cssClass) {
    }

    private TrendChart() {
    }

    /** Axis and tooltip numbers: four significant digits, no trailing zeros, no "-0.001378" for zero. */
    static String num(double v) {
        if (Math.abs(v) < 1e-9) {
            return "0";
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    public static String svg(List<Point> points, List<Reference> references, String emptyText) {
        SvgDrawing d = new SvgDrawing(640, 260);
        double left = 60;
        double top = 15;
        double plotW = 500;
        double plotH = 200;
        d.line(left, top + plotH, left + plotW, top + plotH, "axis").line(left, top, left, top + plotH, "axis");
        if (points.isEmpty()) {
            return d.text(left + plotW / 2, top + plotH / 2, emptyText, "middle", "empty").toSvg();
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Point p : points) {
            min = Math.min(min, p.value());
            max = Math.max(max, p.value());
        }
        for (Reference r : references) {
            min = Math.min(min, r.value());
            max = Math.max(max, r.value());
        }
        double pad = (max - min) * 0.08;
        if (pad == 0) {
            pad = Math.abs(max) * 0.1 + 1;
        }
        final double lo = min >= 0 ? Math.max(0, min - pad) : min - pad; // counts and rates never dip below 0
        final double hi = max + pad;
        java.util.function.DoubleUnaryOperator y = v -> top + plotH - plotH * (v - lo) / (hi - lo);
        for (Reference r : references) {
            double ry = y.applyAsDouble(r.value());
            d.line(left, ry, left + plotW, ry, "reference " + r.cssClass())
                    .text(left + plotW + 4, ry + 4, r.label(), "start", "axis-label");
        }
        d.text(left - 4, top + 8, num(hi), "end", "axis-label")
                .text(left - 4, top + plotH, num(lo), "end", "axis-label");
        double step = points.size() == 1 ? 0 : plotW / (points.size() - 1);
        List<double[]> line = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            line.add(new double[] {left + (points.size() == 1 ? plotW / 2 : i * step),
                    y.applyAsDouble(points.get(i).value())});
        }
        d.polyline(line, "series");
        int labelEvery = Math.max(1, points.size() / 10);
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            d.circle(line.get(i)[0], line.get(i)[1], p.flagged() ? 4.5 : 3, p.flagged() ? "point flagged" : "point",
                    p.label() + ": " + num(p.value()));
            if (i % labelEvery == 0) {
                d.text(line.get(i)[0], top + plotH + 16, p.label(), "middle", "label");
            }
        }
        return d.toSvg();
    }
}
