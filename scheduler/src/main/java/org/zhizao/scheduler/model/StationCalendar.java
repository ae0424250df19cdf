package org.zhizao.scheduler.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When a station can work: its available windows (shifts) minus its unavailable windows
 * (planned maintenance, breakdowns), all in ticks, with the policy for operations that would cross
 * a break. A calendar without available windows means "always available" apart from the
 * unavailable windows.
 */
public final class StationCalendar {

    /** A calendar that is always available and lets nothing pause. */
    public static final StationCalendar ALWAYS_OPEN = new StationCalendar(List.of(), List.of(), CalendarPolicy.FIT_IN_WINDOW);

    private final List<TimeWindow> available;
    private final List<TimeWindow> unavailable;
    private final CalendarPolicy policy;
    /** Available minus unavailable, sorted and disjoint: what placement actually uses. */
    private final long[] starts;
    private final long[] ends;

    public StationCalendar(List<TimeWindow> available, List<TimeWindow> unavailable, CalendarPolicy policy) {
        this.available = List.copyOf(available);
        this.unavailable = List.copyOf(unavailable);
        this.policy = policy;
        List<TimeWindow> effective = effectiveWindows(this.available, this.unavailable);
        starts = effective.stream().mapToLong(TimeWindow::start).toArray();
        ends = effective.stream().mapToLong(TimeWindow::end).toArray();
    }

    public List<TimeWindow> available() {
        return available;
    }

    public List<TimeWindow> unavailable() {
        return unavailable;
    }

    public CalendarPolicy policy() {
        return policy;
    }

    /** A copy of this calendar with one more unavailable window, e.g. a breakdown. */
    public StationCalendar withUnavailable(TimeWindow window) {
        List<TimeWindow> more = new ArrayList<>(unavailable);
        more.add(window);
        return new StationCalendar(available, more, policy);
    }

    public StationCalendar withPolicy(CalendarPolicy newPolicy) {
        return new StationCalendar(available, unavailable, newPolicy);
    }

    /**
     * Places work of the given duration at the earliest time not before {@code earliestStart}.
     *
     * @return {@code {start, end}}, or {@code null} when the calendar has no room for it
     */
    public long[] place(long earliestStart, long duration) {
        return place(earliestStart, duration, policy);
    }

    /** As {@link #place(long, long)} with an explicit policy. */
    public long[] place(long earliestStart, long duration, CalendarPolicy usedPolicy) {
        int i = firstWindowEndingAfter(earliestStart);
        if (duration == 0) {
            // zero-length work needs no capacity, only a moment inside (or at the edge of) a window
            return i < starts.length ? new long[] {Math.max(earliestStart, starts[i]), Math.max(earliestStart, starts[i])}
                    : null;
        }
        if (usedPolicy == CalendarPolicy.FIT_IN_WINDOW) {
            for (; i < starts.length; i++) {
                long start = Math.max(earliestStart, starts[i]);
                if (ends[i] - start >= duration) {
                    return new long[] {start, start + duration};
                }
            }
            return null;
        }
        if (i >= starts.length) {
            return null;
        }
        long start = Math.max(earliestStart, starts[i]);
        long remaining = duration;
        long cursor = start;
        for (; i < starts.length; i++) {
            cursor = Math.max(cursor, starts[i]);
            long room = ends[i] - cursor;
            if (room >= remaining) {
                return new long[] {start, cursor + remaining};
            }
            remaining -= room;
        }
        return null;
    }

    /** Whether work placed at {@code [start, end)} with this duration respects the calendar. */
    public boolean permits(long start, long end, long duration) {
        long[] placed = place(start, duration);
        return placed != null && placed[0] == start && placed[1] == end;
    }

    private int firstWindowEndingAfter(long time) {
        int low = 0;
        int high = ends.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] > time) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private static List<TimeWindow> effectiveWindows(List<TimeWindow> available, List<TimeWindow> unavailable) {
        List<TimeWindow> result = new ArrayList<>(available.isEmpty()
                ? List.of(new TimeWindow(Long.MIN_VALUE / 4, Long.MAX_VALUE / 4))
                : available);
        result.sort(Comparator.comparingLong(TimeWindow::start));
        result = merge(result);
        for (TimeWindow blocked : unavailable) {
            List<TimeWindow> cut = new ArrayList<>();
            for (TimeWindow window : result) {
                if (!window.overlaps(blocked.start(), blocked.end())) {
                    cut.add(window);
                    continue;
                }
                if (window.start() < blocked.start()) {
                    cut.add(new TimeWindow(window.start(), blocked.start()));
                }
                if (blocked.end() < window.end()) {
                    cut.add(new TimeWindow(blocked.end(), window.end()));
                }
            }
            result = cut;
        }
        return result;
    }

    private static List<TimeWindow> merge(List<TimeWindow> sorted) {
        List<TimeWindow> merged = new ArrayList<>();
        for (TimeWindow window : sorted) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).end() >= window.start()) {
                TimeWindow last = merged.remove(merged.size() - 1);
                merged.add(new TimeWindow(last.start(), Math.max(last.end(), window.end())));
            } else {
                merged.add(window);
            }
        }
        return merged;
    }
}
