package org.zhizao.mes.plant.domain;

import java.time.Duration;
import java.time.Instant;

/** A half-open span of time [start, end). */
public record TimeInterval(Instant start, Instant end) {

    public TimeInterval {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("interval ends at " + end + " before it starts at " + start);
        }
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public boolean isEmpty() {
        return !end.isAfter(start);
    }

    public boolean overlaps(TimeInterval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
