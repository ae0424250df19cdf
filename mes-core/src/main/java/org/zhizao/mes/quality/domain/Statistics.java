package org.zhizao.mes.quality.domain;

import java.util.List;

/** Sample statistics. */
public final class Statistics {

    private Statistics() {
    }

    public static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    public static double range(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                - values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    /** Sample standard deviation, divisor n − 1. */
    public static double standardDeviation(List<Double> values) {
        double mean = mean(values);
        double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / (values.size() - 1));
    }
}
