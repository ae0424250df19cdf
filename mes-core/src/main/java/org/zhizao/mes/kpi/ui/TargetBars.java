package org.zhizao.mes.kpi.ui;

import java.util.List;
import java.util.function.Function;
import org.zhizao.mes.kpi.domain.TargetComparison;
import org.zhizao.mes.ui.chart.SvgDrawing;

/**
 * The plan's targets as progress bars, each with its target as a line in the middle of the bar: the bar
 * fills with the improvement reached (a fall for the defect rate, the share itself for numerical
 * control), so a bar past the line is a target met.
 */
final class TargetBars {

    private static final double LABEL_W = 320;
    private static final double BAR_W = 240;
    private static final double ROW_H = 34;

    private TargetBars() {
    }

    /**
     * @param name  the target's label by its name
     * @param text  how a value reads (a signed change, or a share)
     */
    static String svg(List<TargetComparison.Target> targets, Function<String, String> name, KpiText text,
            String targetWord) {
        SvgDrawing d = new SvgDrawing(LABEL_W + BAR_W + 200, ROW_H * targets.size() + 8);
        for (int i = 0; i < targets.size(); i++) {
            TargetComparison.Target t = targets.get(i);
            boolean share = t.name().equals("numericalControlShare");
            Double reached = share ? t.current() : t.change() == null ? null
                    : t.higherIsBetter() ? t.change() : -t.change();
            double goal = Math.abs(t.target());
            double y = 8 + i * ROW_H;
            String state = t.met() == null ? "unknown" : t.met() ? "met" : "not-met";
            d.beginGroup("target " + state, "target", t.name())
                    .text(0, y + 14, name.apply(t.name()), "start", "label")
                    .rect(LABEL_W, y, BAR_W, 20, "track", null);
            if (reached != null && reached > 0) {
                d.rect(LABEL_W, y, BAR_W * Math.min(1, reached / (2 * goal)), 20, "fill", null);
            }
            double line = LABEL_W + BAR_W / 2;
            String targetText = share ? "> " + text.percent(t.target()) : text.change(t.target());
            String value = share ? text.percent(t.current()) : text.change(t.change());
            d.line(line, y - 3, line, y + 23, "goal")
                    .text(LABEL_W + BAR_W + 8, y + 14, value + " (" + targetWord + " " + targetText + ")", "start",
                            "value")
                    .endGroup();
        }
        return d.toSvg();
    }
}
