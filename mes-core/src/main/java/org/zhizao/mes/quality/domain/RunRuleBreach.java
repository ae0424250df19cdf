package org.zhizao.mes.quality.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A run rule broken by some points of a chart.
 *
 * @param points the 0-based indices of the points that break it, in order; the last one completed the pattern
 */
public record RunRuleBreach(RunRule rule, List<Integer> points) {

    public RunRuleBreach {
        points = List.copyOf(points);
    }

    public int lastPoint() {
        return points.get(points.size() - 1);
    }

    /** E.g. "Nelson rule 1 (one point beyond 3 sigma) at point 21"; points counted from 1. */
    public String describe() {
        String numbers = points.stream().map(p -> String.valueOf(p + 1)).collect(Collectors.joining(", "));
        return rule.label() + (points.size() == 1 ? " at point " : " at points ") + numbers;
    }
}
