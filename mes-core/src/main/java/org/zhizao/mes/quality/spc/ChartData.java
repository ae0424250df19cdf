package org.zhizao.mes.quality.spc;

import java.util.ArrayList;
import java.util.List;
import org.zhizao.mes.quality.domain.ChartType;
import org.zhizao.mes.quality.domain.ControlChart;
import org.zhizao.mes.quality.domain.ControlCharts;
import org.zhizao.mes.quality.domain.RunRuleBreach;
import org.zhizao.mes.quality.domain.RunRules;

/**
 * A characteristic's measurements as a control chart: values grouped into complete subgroups in the
 * order recorded; limits from the first {@code baseline} subgroups (phase I), later points judged by them.
 *
 * @param chart    limits from the baseline, points of every complete subgroup; null with fewer than 2 subgroups
 * @param breaches every run rule breach over all points
 */
public record ChartData(ControlChart chart, int baselineUsed, List<RunRuleBreach> breaches) {

    public static ChartData of(ChartType type, int subgroupSize, int baseline, List<Double> values) {
        List<List<Double>> subgroups = new ArrayList<>();
        for (int i = 0; i + subgroupSize <= values.size(); i += subgroupSize) {
            subgroups.add(values.subList(i, i + subgroupSize));
        }
        if (subgroups.size() < 2) {
            return new ChartData(null, 0, List.of());
        }
        int used = Math.min(baseline, subgroups.size());
        ControlChart limits = ControlCharts.of(type, subgroups.subList(0, used));
        ControlChart all = ControlCharts.of(type, subgroups);
        ControlChart chart = new ControlChart(type, limits.subgroupSize(), limits.location(), limits.dispersion(),
                all.locationPoints(), all.dispersionPoints(), limits.sigmaWithin(), limits.sigmaOfPoints());
        return new ChartData(chart, used, RunRules.evaluate(chart.locationPoints(), chart.location().centre(),
                chart.sigmaOfPoints()));
    }

    public int subgroups() {
        return chart == null ? 0 : chart.locationPoints().size();
    }
}
