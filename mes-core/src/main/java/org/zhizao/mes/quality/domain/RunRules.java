package org.zhizao.mes.quality.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Checks plotted points against the eight Nelson run rules. Each breach is reported at the point that
 * completes its pattern, with the points that form it, so a monitor raises one alert per new point.
 */
public final class RunRules {

    private RunRules() {
    }

    /** Every breach of every rule. {@code sigma} is the sigma of the plotted statistic. */
    public static List<RunRuleBreach> evaluate(List<Double> points, double centre, double sigma) {
        List<RunRuleBreach> breaches = new ArrayList<>();
        for (RunRule rule : RunRule.values()) {
            breaches.addAll(evaluate(rule, points, centre, sigma));
        }
        return breaches;
    }

    /** The breaches whose pattern is completed by the last point, i.e. what a new point brought. */
    public static List<RunRuleBreach> atLastPoint(List<Double> points, double centre, double sigma) {
        return evaluate(points, centre, sigma).stream().filter(b -> b.lastPoint() == points.size() - 1).toList();
    }

    public static List<RunRuleBreach> evaluate(RunRule rule, List<Double> points, double centre, double sigma) {
        double[] z = points.stream().mapToDouble(p -> sigma > 0 ? (p - centre) / sigma : 0).toArray();
        List<RunRuleBreach> breaches = new ArrayList<>();
        for (int end = rule.window() - 1; end < z.length; end++) {
            int start = end - rule.window() + 1;
            List<Integer> hits = match(rule, z, start, end);
            if (!hits.isEmpty()) {
                breaches.add(new RunRuleBreach(rule, hits));
            }
        }
        return breaches;
    }

    /** The points of the window [start, end] that break the rule, or none. */
    private static List<Integer> match(RunRule rule, double[] z, int start, int end) {
        return switch (rule) {
            case BEYOND_3_SIGMA -> Math.abs(z[end]) > 3 ? List.of(end) : List.of();
            case NINE_ON_ONE_SIDE -> all(start, end, i -> z[i] > 0) || all(start, end, i -> z[i] < 0)
                    ? range(start, end) : List.of();
            case SIX_TRENDING -> all(start + 1, end, i -> z[i] > z[i - 1]) || all(start + 1, end, i -> z[i] < z[i - 1])
                    ? range(start, end) : List.of();
            case FOURTEEN_ALTERNATING -> all(start + 1, end - 1,
                    i -> Math.signum(z[i] - z[i - 1]) * Math.signum(z[i + 1] - z[i]) < 0) ? range(start, end) : List.of();
            case TWO_OF_THREE_BEYOND_2_SIGMA -> sameSide(z, start, end, 2, 2);
            case FOUR_OF_FIVE_BEYOND_1_SIGMA -> sameSide(z, start, end, 1, 4);
            case FIFTEEN_WITHIN_1_SIGMA -> all(start, end, i -> Math.abs(z[i]) < 1) ? range(start, end) : List.of();
            case EIGHT_OUTSIDE_1_SIGMA -> all(start, end, i -> Math.abs(z[i]) > 1) ? range(start, end) : List.of();
        };
    }

    /**
     * At least {@code count} points of the window beyond {@code zone} sigma on one side, the last point among
     * them (so a pattern is reported once, when it forms).
     */
    private static List<Integer> sameSide(double[] z, int start, int end, double zone, int count) {
        for (int side : new int[] {1, -1}) {
            List<Integer> beyond = IntStream.rangeClosed(start, end).filter(i -> side * z[i] > zone).boxed().toList();
            if (beyond.size() >= count && beyond.contains(end)) {
                return beyond;
            }
        }
        return List.of();
    }

    private static boolean all(int from, int to, IntPredicate test) {
        return IntStream.rangeClosed(from, to).allMatch(test);
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }
}
