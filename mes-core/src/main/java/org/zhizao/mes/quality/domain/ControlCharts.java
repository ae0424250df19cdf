package org.zhizao.mes.quality.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Shewhart variables control charts from the standard constants (Montgomery, Introduction to Statistical
 * Quality Control, §6.2 for X̄-R, §6.3 for X̄-S, §6.4 for individuals and moving range).
 */
public final class ControlCharts {

    private ControlCharts() {
    }

    /** X̄ and R chart limits from the grand mean and mean range: x̿ ± A2·R̄, R chart D3·R̄ … D4·R̄. */
    public static ControlChart xbarR(List<List<Double>> subgroups) {
        int n = subgroupSize(subgroups);
        List<Double> means = subgroups.stream().map(Statistics::mean).toList();
        List<Double> ranges = subgroups.stream().map(Statistics::range).toList();
        double grandMean = Statistics.mean(means);
        double rBar = Statistics.mean(ranges);
        return new ControlChart(ChartType.XBAR_R, n, xbarRLimits(grandMean, rBar, n),
                new ControlChart.Limits(rBar, SpcConstants.d3(n) * rBar, SpcConstants.d4(n) * rBar),
                means, ranges, rBar / SpcConstants.d2(n), SpcConstants.a2(n) * rBar / 3);
    }

    public static ControlChart.Limits xbarRLimits(double grandMean, double rBar, int n) {
        double a2r = SpcConstants.a2(n) * rBar;
        return new ControlChart.Limits(grandMean, grandMean - a2r, grandMean + a2r);
    }

    /** X̄ and S chart: x̿ ± A3·s̄, S chart B3·s̄ … B4·s̄. */
    public static ControlChart xbarS(List<List<Double>> subgroups) {
        int n = subgroupSize(subgroups);
        List<Double> means = subgroups.stream().map(Statistics::mean).toList();
        List<Double> deviations = subgroups.stream().map(Statistics::standardDeviation).toList();
        double grandMean = Statistics.mean(means);
        double sBar = Statistics.mean(deviations);
        double a3s = SpcConstants.a3(n) * sBar;
        return new ControlChart(ChartType.XBAR_S, n,
                new ControlChart.Limits(grandMean, grandMean - a3s, grandMean + a3s),
                new ControlChart.Limits(sBar, SpcConstants.b3(n) * sBar, SpcConstants.b4(n) * sBar),
                means, deviations, sBar / SpcConstants.c4(n), a3s / 3);
    }

    /** Individuals and moving range (span 2): x̄ ± 3·MR̄/d2, MR chart 0 … D4·MR̄. */
    public static ControlChart individuals(List<Double> values) {
        if (values.size() < 2) {
            throw new IllegalArgumentException("an individuals chart needs at least 2 values, got " + values.size());
        }
        List<Double> movingRanges = new ArrayList<>();
        for (int i = 1; i < values.size(); i++) {
            movingRanges.add(Math.abs(values.get(i) - values.get(i - 1)));
        }
        double mean = Statistics.mean(values);
        double mrBar = Statistics.mean(movingRanges);
        double sigma = mrBar / SpcConstants.d2(2);
        return new ControlChart(ChartType.I_MR, 1,
                new ControlChart.Limits(mean, mean - 3 * sigma, mean + 3 * sigma),
                new ControlChart.Limits(mrBar, 0, SpcConstants.d4(2) * mrBar),
                values, movingRanges, sigma, sigma);
    }

    /** The chart of the given type; subgroups of one value each for I-MR. */
    public static ControlChart of(ChartType type, List<List<Double>> subgroups) {
        return switch (type) {
            case XBAR_R -> xbarR(subgroups);
            case XBAR_S -> xbarS(subgroups);
            case I_MR -> individuals(subgroups.stream().flatMap(List::stream).toList());
        };
    }

    private static int subgroupSize(List<List<Double>> subgroups) {
        if (subgroups.size() < 2) {
            throw new IllegalArgumentException("a chart needs at least 2 subgroups, got " + subgroups.size());
        }
        int n = subgroups.get(0).size();
        if (subgroups.stream().anyMatch(s -> s.size() != n)) {
            throw new IllegalArgumentException("all subgroups must have " + n + " values");
        }
        return n;
    }
}
