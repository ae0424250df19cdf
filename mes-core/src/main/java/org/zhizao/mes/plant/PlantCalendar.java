package org.zhizao.mes.plant;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When the plant works: the available time of a workshop, line, station or piece of equipment, from its
 * workshop's shift calendar (shifts minus breaks, on workdays that are not holidays) minus the planned
 * maintenance of the station. The scheduler plans into these intervals; the KPIs take them as planned
 * busy time.
 */
public interface PlantCalendar {

    /** A half-open interval [start, end) of available time. */
    record AvailableInterval(Instant start, Instant end) {

        public Duration duration() {
            return Duration.between(start, end);
        }
    }

    /**
     * The available intervals within [from, to), sorted, merged where they touch.
     *
     * @throws org.zhizao.mes.shared.domain.NotFound for an unknown code
     * @throws IllegalArgumentException          for a park or factory, which have no single calendar
     */
    List<AvailableInterval> availableIntervals(String code, Instant from, Instant to);

    /** The total of {@link #availableIntervals}. */
    default Duration availableTime(String code, Instant from, Instant to) {
        return availableIntervals(code, from, to).stream().map(AvailableInterval::duration)
                .reduce(Duration.ZERO, Duration::plus);
    }
}
