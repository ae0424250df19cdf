package org.zhizao.mes.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Ticks of the scheduler as whole minutes from the planning start. */
public record TimeScale(Instant origin) {

    public static TimeScale minutesFrom(Instant start) {
        return new TimeScale(start.truncatedTo(ChronoUnit.MINUTES));
    }

    /** The minute an instant falls in (rounded down). */
    public long floor(Instant instant) {
        return Math.floorDiv(Duration.between(origin, instant).getSeconds(), 60);
    }

    /** The first whole minute at or after an instant. */
    public long ceil(Instant instant) {
        return -Math.floorDiv(-Duration.between(origin, instant).getSeconds(), 60);
    }

    public Instant instant(long tick) {
        return origin.plus(Duration.ofMinutes(tick));
    }
}
