package org.zhizao.scheduler.model;

/**
 * A half-open interval {@code [start, end)} of time in ticks.
 *
 * <p>The scheduler is unit-agnostic: a tick is whatever the caller decides (the MES uses minutes,
 * benchmark instances use abstract time units). All times of one problem must use the same tick.
 */
public record TimeWindow(long start, long end) {

    public TimeWindow {
        if (end < start) {
            throw new IllegalArgumentException("Time window ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public long length() {
        return end - start;
    }

    public boolean overlaps(long otherStart, long otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
