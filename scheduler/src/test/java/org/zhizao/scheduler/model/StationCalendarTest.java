package org.zhizao.scheduler.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class StationCalendarTest {

    private final List<TimeWindow> twoShifts = List.of(new TimeWindow(0, 480), new TimeWindow(540, 1020));

    @Test
    void workThatMustFitInOneWindowWaitsForTheNextShift() {
        StationCalendar calendar = new StationCalendar(twoShifts, List.of(), CalendarPolicy.FIT_IN_WINDOW);
        assertThat(calendar.place(450, 60)).containsExactly(540, 600);
    }

    @Test
    void workThatMayPauseContinuesAfterTheBreak() {
        StationCalendar calendar = new StationCalendar(twoShifts, List.of(), CalendarPolicy.PAUSE_OVER_BREAKS);
        assertThat(calendar.place(450, 60)).containsExactly(450, 570);
    }

    @Test
    void maintenanceIsCutOutOfTheAvailableWindows() {
        StationCalendar calendar = new StationCalendar(twoShifts, List.of(new TimeWindow(100, 200)),
                CalendarPolicy.FIT_IN_WINDOW);
        assertThat(calendar.place(50, 60)).containsExactly(200, 260);
        assertThat(calendar.permits(50, 110, 60)).isFalse();
    }

    @Test
    void aCalendarWithoutWindowsIsAlwaysOpenExceptWhenUnavailable() {
        StationCalendar calendar = StationCalendar.ALWAYS_OPEN.withUnavailable(new TimeWindow(10, 20));
        assertThat(calendar.place(0, 5)).containsExactly(0, 5);
        assertThat(calendar.place(8, 5)).containsExactly(20, 25);
    }

    @Test
    void workLongerThanAnyWindowHasNoPlace() {
        StationCalendar calendar = new StationCalendar(twoShifts, List.of(), CalendarPolicy.FIT_IN_WINDOW);
        assertThat(calendar.place(0, 500)).isNull();
    }
}
