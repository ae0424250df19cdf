package org.zhizao.mes.plant.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Set arithmetic on lists of time intervals; results are sorted, merged and free of empty intervals. */
public final class TimeIntervals {

    private TimeIntervals() {
    }

    /** Sorts and merges overlapping or touching intervals. */
    public static List<TimeInterval> normalize(List<TimeInterval> intervals) {
        List<TimeInterval> sorted = intervals.stream().filter(i -> !i.isEmpty())
                .sorted(Comparator.comparing(TimeInterval::start)).toList();
        List<TimeInterval> merged = new ArrayList<>();
        for (TimeInterval next : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && !next.start().isAfter(merged.get(last).end())) {
                TimeInterval previous = merged.get(last);
                Instant end = next.end().isAfter(previous.end()) ? next.end() : previous.end();
                merged.set(last, new TimeInterval(previous.start(), end));
            } else {
                merged.add(next);
            }
        }
        return List.copyOf(merged);
    }

    /** The parts of {@code base} not covered by any of {@code cuts}. */
    public static List<TimeInterval> minus(List<TimeInterval> base, List<TimeInterval> cuts) {
        List<TimeInterval> remaining = normalize(base);
        for (TimeInterval cut : normalize(cuts)) {
            List<TimeInterval> next = new ArrayList<>();
            for (TimeInterval piece : remaining) {
                if (!piece.overlaps(cut)) {
                    next.add(piece);
                    continue;
                }
                if (piece.start().isBefore(cut.start())) {
                    next.add(new TimeInterval(piece.start(), cut.start()));
                }
                if (cut.end().isBefore(piece.end())) {
                    next.add(new TimeInterval(cut.end(), piece.end()));
                }
            }
            remaining = next;
        }
        return List.copyOf(remaining);
    }

    /** Each interval clipped to [from, to); those outside are dropped. */
    public static List<TimeInterval> clip(List<TimeInterval> intervals, Instant from, Instant to) {
        return normalize(intervals.stream()
                .filter(i -> i.start().isBefore(to) && i.end().isAfter(from))
                .map(i -> new TimeInterval(i.start().isBefore(from) ? from : i.start(),
                        i.end().isAfter(to) ? to : i.end()))
                .toList());
    }

    public static Duration total(List<TimeInterval> intervals) {
        return intervals.stream().map(TimeInterval::duration).reduce(Duration.ZERO, Duration::plus);
    }
}
