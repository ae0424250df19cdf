package org.zhizao.mes.quality.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A Pareto analysis: categories by count, largest first, with their share and the cumulative share. */
public final class Pareto {

    /** One bar: its count, its share of the total and the running share up to it, both 0 … 1. */
    public record Bar(String key, long count, double share, double cumulativeShare) {
    }

    private Pareto() {
    }

    public static List<Bar> of(Map<String, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<Map.Entry<String, Long>> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<Bar> bars = new ArrayList<>();
        long running = 0;
        for (Map.Entry<String, Long> entry : sorted) {
            running += entry.getValue();
            bars.add(new Bar(entry.getKey(), entry.getValue(), (double) entry.getValue() / total,
                    (double) running / total));
        }
        return bars;
    }
}
