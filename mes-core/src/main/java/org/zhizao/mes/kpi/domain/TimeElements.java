package org.zhizao.mes.kpi.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.zhizao.mes.equipment.AvailabilityState;

/**
 * The ISO 22400-2 time elements of a work unit from its availability intervals: APT (Running), ASUT
 * (Setup) and ADET (Unplanned down), each counted only inside the planned busy time, and FE, the
 * unplanned-down intervals that start in the window.
 */
public final class TimeElements {

    /** A half-open span [start, end). */
    public record Span(Instant start, Instant end) {

        Duration overlap(Span o) {
            Instant s = start.isAfter(o.start) ? start : o.start;
            Instant e = end.isBefore(o.end) ? end : o.end;
            return e.isAfter(s) ? Duration.between(s, e) : Duration.ZERO;
        }
    }

    /** A state over a span; an open interval is passed with its end set to now. */
    public record StateSpan(AvailabilityState state, Instant start, Instant end) {
    }

    public record Result(Duration plannedBusyTime, Duration productionTime, Duration setupTime, Duration delayTime,
                         long failures) {
    }

    private TimeElements() {
    }

    /**
     * @param planned the planned busy spans inside [from, to), not overlapping each other
     */
    public static Result of(List<StateSpan> states, List<Span> planned, Instant from, Instant to) {
        Duration pbt = Duration.ZERO;
        for (Span p : planned) {
            pbt = pbt.plus(p.overlap(new Span(from, to)));
        }
        Duration apt = Duration.ZERO;
        Duration asut = Duration.ZERO;
        Duration adet = Duration.ZERO;
        long failures = 0;
        for (StateSpan s : states) {
            Span span = new Span(s.start(), s.end());
            Duration inPlan = Duration.ZERO;
            for (Span p : planned) {
                inPlan = inPlan.plus(span.overlap(p).isZero() ? Duration.ZERO
                        : new Span(max(span.start(), from), min(span.end(), to)).overlap(p));
            }
            switch (s.state()) {
                case RUNNING -> apt = apt.plus(inPlan);
                case SETUP -> asut = asut.plus(inPlan);
                case UNPLANNED_DOWN -> {
                    adet = adet.plus(inPlan);
                    if (!s.start().isBefore(from) && s.start().isBefore(to)) {
                        failures++;
                    }
                }
                default -> { }
            }
        }
        return new Result(pbt, apt, asut, adet, failures);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
