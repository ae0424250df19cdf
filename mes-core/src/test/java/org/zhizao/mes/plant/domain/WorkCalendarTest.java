package org.zhizao.mes.plant.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Working time of calendars; 2027-01-04 is a Monday, 2027-01-01 a Friday and a holiday. */
class WorkCalendarTest {

    private static final ZoneId SHANGHAI = WorkCalendar.DEFAULT_ZONE;
    private static final Shift DAY = shift("A", "08:00", "16:00", "12:00", "12:45");
    private static final Shift NIGHT = shift("C", "22:00", "06:00", "02:00", "02:30");

    private static Shift shift(String code, String start, String end, String breakStart, String breakEnd) {
        return new Shift(code, LocalTime.parse(start), LocalTime.parse(end),
                List.of(new ShiftBreak(LocalTime.parse(breakStart), LocalTime.parse(breakEnd))));
    }

    private static WorkCalendar calendar(ZoneId zone, Shift... shifts) {
        return new WorkCalendar("TEST", new LocalizedName("测试", "Test"), zone,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), List.of(shifts), List.of(LocalDate.of(2027, 1, 1)));
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private static TimeInterval interval(String from, String to) {
        return new TimeInterval(at(from), at(to));
    }

    @Test
    void aDayShiftIsWorkedMinusItsBreak() {
        List<TimeInterval> monday = calendar(SHANGHAI, DAY).workingTime(at("2027-01-04T00:00"), at("2027-01-05T00:00"));
        assertThat(monday).containsExactly(interval("2027-01-04T08:00", "2027-01-04T12:00"),
                interval("2027-01-04T12:45", "2027-01-04T16:00"));
        assertThat(TimeIntervals.total(monday)).isEqualTo(Duration.ofMinutes(7 * 60 + 15));
    }

    @Test
    void aNightShiftRunsPastMidnightAndItsBreakAfterMidnightFallsOnTheNextDay() {
        List<TimeInterval> night = calendar(SHANGHAI, NIGHT).workingTime(at("2027-01-04T00:00"), at("2027-01-05T12:00"));
        // Sunday is no workday, so no shift runs into Monday morning.
        assertThat(night).containsExactly(interval("2027-01-04T22:00", "2027-01-05T02:00"),
                interval("2027-01-05T02:30", "2027-01-05T06:00"));
    }

    @Test
    void theNightShiftOfTheLastWorkdayRunsIntoTheDayOff() {
        List<TimeInterval> sunday = calendar(SHANGHAI, NIGHT).workingTime(at("2027-01-10T00:00"), at("2027-01-11T00:00"));
        assertThat(sunday).containsExactly(interval("2027-01-10T00:00", "2027-01-10T02:00"),
                interval("2027-01-10T02:30", "2027-01-10T06:00"));
    }

    @Test
    void noShiftStartsOnAHolidayButTheNightBeforeIsWorkedToTheEnd() {
        List<TimeInterval> newYear = calendar(SHANGHAI, DAY, NIGHT).workingTime(at("2027-01-01T00:00"),
                at("2027-01-02T00:00"));
        assertThat(newYear).containsExactly(interval("2027-01-01T00:00", "2027-01-01T02:00"),
                interval("2027-01-01T02:30", "2027-01-01T06:00"));
    }

    @Test
    void aRangeStartingInsideAShiftIsClippedToTheRange() {
        List<TimeInterval> afternoon = calendar(SHANGHAI, DAY).workingTime(at("2027-01-04T13:00"),
                at("2027-01-04T15:00"));
        assertThat(afternoon).containsExactly(interval("2027-01-04T13:00", "2027-01-04T15:00"));
    }

    @Test
    void shiftTimesAreReadInTheCalendarsZone() {
        WorkCalendar utc = calendar(ZoneId.of("UTC"), DAY);
        Instant from = Instant.parse("2027-01-04T00:00:00Z");
        assertThat(utc.workingTime(from, from.plus(Duration.ofDays(1))).get(0).start())
                .isEqualTo(Instant.parse("2027-01-04T08:00:00Z"));
        // Asia/Shanghai is UTC+8 all year (no daylight saving): 08:00 there is 00:00 UTC.
        assertThat(calendar(SHANGHAI, DAY).workingTime(from, from.plus(Duration.ofDays(1))).get(0).start())
                .isEqualTo(from);
    }

    @Test
    void anEmptyRangeHasNoWorkingTime() {
        assertThat(calendar(SHANGHAI, DAY).workingTime(at("2027-01-04T12:00"), at("2027-01-04T12:00"))).isEmpty();
    }
}
