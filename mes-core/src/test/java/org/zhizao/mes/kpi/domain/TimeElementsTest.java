package org.zhizao.mes.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhizao.mes.equipment.AvailabilityState;

/** Time elements from availability intervals, counted inside the planned busy time only. */
class TimeElementsTest {

    private static Instant at(String hhmm) {
        return Instant.parse("2027-01-04T" + hhmm + ":00Z");
    }

    private static TimeElements.StateSpan span(AvailabilityState state, String from, String to) {
        return new TimeElements.StateSpan(state, at(from), at(to));
    }

    @Test
    void onlyTimeInsideTheShiftAndOutsideItsBreakCounts() {
        List<TimeElements.Span> planned = List.of(new TimeElements.Span(at("06:00"), at("10:00")),
                new TimeElements.Span(at("10:30"), at("14:00")));
        List<TimeElements.StateSpan> states = List.of(
                span(AvailabilityState.RUNNING, "05:00", "07:00"),        // 1 h in plan
                span(AvailabilityState.SETUP, "07:00", "07:30"),          // 30 min
                span(AvailabilityState.RUNNING, "07:30", "09:50"),        // 2 h 20 min
                span(AvailabilityState.UNPLANNED_DOWN, "09:50", "10:40"), // 10 + 10 min, across the break
                span(AvailabilityState.RUNNING, "10:40", "14:30"));       // 3 h 20 min
        TimeElements.Result r = TimeElements.of(states, planned, at("06:00"), at("14:00"));
        assertThat(r.plannedBusyTime()).isEqualTo(Duration.ofMinutes(450));
        assertThat(r.productionTime()).isEqualTo(Duration.ofMinutes(400));
        assertThat(r.setupTime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(r.delayTime()).isEqualTo(Duration.ofMinutes(20));
        assertThat(r.failures()).isEqualTo(1);
    }

    @Test
    void aBreakdownThatBeganBeforeTheWindowIsNoFailureOfIt() {
        List<TimeElements.Span> planned = List.of(new TimeElements.Span(at("06:00"), at("14:00")));
        TimeElements.Result r = TimeElements.of(List.of(span(AvailabilityState.UNPLANNED_DOWN, "05:00", "07:00")),
                planned, at("06:00"), at("14:00"));
        assertThat(r.delayTime()).isEqualTo(Duration.ofHours(1));
        assertThat(r.failures()).isZero();
    }
}
