package org.zhizao.mes.quality.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The process values a unit saw: the machine signals recorded while an operation ran on its station,
 * summarised per device and signal from the minute buckets the equipment history keeps.
 */
public final class ProcessValues {

    /** One stored minute of a numeric signal: its sample count, min, max, mean and last value. */
    public record Minute(String equipmentCode, String signal, String unit, Instant minute, int samples, double min,
                         double max, double mean, double last) {
    }

    /** A signal over an operation: min, max, mean weighted by samples, the last value, the sample count. */
    public record Summary(String equipmentCode, String signal, String unit, long count, double min, double max,
                          double mean, double last, Instant firstMinute, Instant lastMinute) {
    }

    private ProcessValues() {
    }

    /**
     * The first minute bucket that belongs to a window starting at {@code start}: the one holding it. History
     * is kept per minute, so the window is widened to whole minutes.
     */
    public static Instant firstBucket(Instant start) {
        return start.truncatedTo(ChronoUnit.MINUTES);
    }

    /** One summary per device and signal, ordered by device then signal. */
    public static List<Summary> summarise(List<Minute> minutes) {
        Map<String, List<Minute>> bySignal = new LinkedHashMap<>();
        minutes.stream()
                .sorted(Comparator.comparing(Minute::equipmentCode).thenComparing(Minute::signal)
                        .thenComparing(Minute::minute))
                .forEach(m -> bySignal.computeIfAbsent(m.equipmentCode() + "\u0000" + m.signal(),
                        k -> new ArrayList<>()).add(m));
        return bySignal.values().stream().filter(l -> count(l) > 0).map(ProcessValues::summary).toList();
    }

    /** The summary of one signal's minutes, oldest first. */
    static Summary summary(List<Minute> minutes) {
        Minute first = minutes.get(0);
        Minute latest = minutes.get(minutes.size() - 1);
        return new Summary(first.equipmentCode(), first.signal(), first.unit(), count(minutes), min(minutes),
                max(minutes), mean(minutes), latest.last(), first.minute(), latest.minute());
    }

    static long count(List<Minute> minutes) {
        return minutes.stream().mapToLong(Minute::samples).sum();
    }

    static double min(List<Minute> minutes) {
        return minutes.stream().mapToDouble(Minute::min).min().orElse(Double.NaN);
    }

    static double max(List<Minute> minutes) {
        return minutes.stream().mapToDouble(Minute::max).max().orElse(Double.NaN);
    }

    /** The mean over all samples: each minute's mean weighted by its sample count. */
    static double mean(List<Minute> minutes) {
        long n = count(minutes);
        return n == 0 ? Double.NaN : minutes.stream().mapToDouble(m -> m.mean() * m.samples()).sum() / n;
    }
}
