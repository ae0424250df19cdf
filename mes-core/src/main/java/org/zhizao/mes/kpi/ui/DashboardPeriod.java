package org.zhizao.mes.kpi.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The periods a manager looks at, each ending now: KPIs over planned time still to come would read as lost
 * time. Each period is cut into the buckets of its OEE trend.
 */
public enum DashboardPeriod {
    /** Since the start of the current shift, by the hour. */
    SHIFT,
    /** Since midnight, by the hour. */
    TODAY,
    /** Since midnight six days ago, by the day. */
    LAST_7_DAYS;

    /** A window [from, to) and the starts of its trend buckets (the last one ends at {@code to}). */
    public record Window(Instant from, Instant to, List<Instant> buckets) {

        public Duration length() {
            return Duration.between(from, to);
        }

        /** The window of the same length just before this one: the baseline of the plan's targets. */
        public Window previous() {
            return new Window(from.minus(length()), from, List.of(from.minus(length())));
        }

        public Instant bucketEnd(int i) {
            return i + 1 < buckets.size() ? buckets.get(i + 1) : to;
        }
    }

    /**
     * @param shiftStarts the times of day shifts start at, for {@link #SHIFT}
     */
    public Window window(Instant now, ZoneId zone, List<LocalTime> shiftStarts) {
        ZonedDateTime local = now.atZone(zone);
        Instant from = switch (this) {
            case SHIFT -> shiftStart(local, shiftStarts);
            case TODAY -> local.toLocalDate().atStartOfDay(zone).toInstant();
            case LAST_7_DAYS -> local.toLocalDate().minusDays(6).atStartOfDay(zone).toInstant();
        };
        List<Instant> buckets = new ArrayList<>();
        if (this == LAST_7_DAYS) {
            for (LocalDate day = local.toLocalDate().minusDays(6); !day.isAfter(local.toLocalDate());
                    day = day.plusDays(1)) {
                buckets.add(day.atStartOfDay(zone).toInstant());
            }
        } else {
            for (Instant t = from; t.isBefore(now); t = t.plus(Duration.ofHours(1))) {
                buckets.add(t);
            }
        }
        if (buckets.isEmpty()) {
            buckets.add(from);
        }
        return new Window(from, now.isAfter(from) ? now : from.plusSeconds(1), List.copyOf(buckets));
    }

    private static Instant shiftStart(ZonedDateTime now, List<LocalTime> starts) {
        // the latest shift start at or before now, today or (before the first shift of the day) yesterday
        return starts.stream()
                .flatMap(t -> java.util.stream.Stream.of(now.toLocalDate().atTime(t), now.toLocalDate().minusDays(1).atTime(t)))
                .map(t -> t.atZone(now.getZone()))
                .filter(t -> !t.isAfter(now))
                .max(Comparator.naturalOrder())
                .orElse(now.toLocalDate().atStartOfDay(now.getZone()))
                .toInstant();
    }
}
