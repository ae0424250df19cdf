package org.zhizao.mes.quality.domain;

import java.util.List;

/**
 * A computed control chart: the location chart (X̄ or individuals) with its limits, the dispersion chart
 * (R, S or moving range) with its limits, the plotted points and the within-subgroup sigma estimate.
 *
 * @param sigmaWithin the process sigma estimated from the dispersion (R̄/d2, s̄/c4 or MR̄/d2)
 * @param sigmaOfPoints the sigma of the plotted location statistic, i.e. (UCL − centre) / 3; run rules use it
 */
public record ControlChart(ChartType type, int subgroupSize, Limits location, Limits dispersion,
                           List<Double> locationPoints, List<Double> dispersionPoints, double sigmaWithin,
                           double sigmaOfPoints) {

    /** Centre line and control limits of one chart. */
    public record Limits(double centre, double lcl, double ucl) {
    }

    public ControlChart {
        locationPoints = List.copyOf(locationPoints);
        dispersionPoints = List.copyOf(dispersionPoints);
    }
}
