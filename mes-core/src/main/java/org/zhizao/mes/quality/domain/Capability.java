package org.zhizao.mes.quality.domain;

import java.util.List;

/**
 * Process capability (Cp, Cpk from the within-subgroup sigma) and performance (Pp, Ppk from the overall
 * sample standard deviation), after Montgomery, Introduction to Statistical Quality Control, §8.3 and
 * AIAG SPC manual, 2nd ed., ch. IV.
 */
public record Capability(double cp, double cpk, double pp, double ppk, double mean, double sigmaWithin,
                         double sigmaOverall) {

    /** Capability of the values against the specification, using the chart's within-subgroup sigma. */
    public static Capability of(List<Double> values, double sigmaWithin, double lsl, double usl) {
        if (values.size() < 2) {
            throw new IllegalArgumentException("capability needs at least 2 values");
        }
        double mean = Statistics.mean(values);
        double overall = Statistics.standardDeviation(values);
        return new Capability(
                (usl - lsl) / (6 * sigmaWithin),
                Math.min(usl - mean, mean - lsl) / (3 * sigmaWithin),
                (usl - lsl) / (6 * overall),
                Math.min(usl - mean, mean - lsl) / (3 * overall),
                mean, sigmaWithin, overall);
    }

    /** Cp and Cpk from summary statistics alone (Pp, Ppk are then not known and set to NaN). */
    public static Capability fromSummary(double mean, double sigmaWithin, double lsl, double usl) {
        return new Capability((usl - lsl) / (6 * sigmaWithin), Math.min(usl - mean, mean - lsl) / (3 * sigmaWithin),
                Double.NaN, Double.NaN, mean, sigmaWithin, Double.NaN);
    }
}
