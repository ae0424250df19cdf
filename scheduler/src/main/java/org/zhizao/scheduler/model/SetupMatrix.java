package org.zhizao.scheduler.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Sequence-dependent setup (changeover) times of one station, in ticks, from one product family
 * to the next. Unlisted changes between different families cost {@code defaultChange}; staying in
 * the same family costs nothing unless listed.
 */
public final class SetupMatrix {

    /** No setup times at all. */
    public static final SetupMatrix NONE = new SetupMatrix(Map.of(), 0);

    private final Map<String, Map<String, Long>> times;
    private final long defaultChange;

    public SetupMatrix(Map<String, Map<String, Long>> times, long defaultChange) {
        if (defaultChange < 0) {
            throw new IllegalArgumentException("Default setup time is negative: " + defaultChange);
        }
        Map<String, Map<String, Long>> copy = new HashMap<>();
        times.forEach((from, row) -> {
            row.forEach((to, time) -> {
                if (time < 0) {
                    throw new IllegalArgumentException("Setup time " + from + " -> " + to + " is negative: " + time);
                }
            });
            copy.put(from, Map.copyOf(row));
        });
        this.times = Map.copyOf(copy);
        this.defaultChange = defaultChange;
    }

    /** Setup time before an operation of family {@code to} that follows one of family {@code from}. */
    public long between(String from, String to) {
        if (from == null || to == null) {
            return 0;
        }
        Map<String, Long> row = times.get(from);
        Long listed = row == null ? null : row.get(to);
        if (listed != null) {
            return listed;
        }
        return from.equals(to) ? 0 : defaultChange;
    }
}
