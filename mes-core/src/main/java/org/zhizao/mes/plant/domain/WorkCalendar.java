package org.zhizao.mes.plant.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A workshop's calendar: the shifts worked on each workday, with their breaks, except on holidays. A
 * shift belongs to the day it starts on, so a night shift that starts on Saturday 22:00 is worked even
 * when Sunday is no workday, and one that would start on a holiday is not.
 *
 * @param zone the time zone the times of day are read in (default Asia/Shanghai, which has no DST)
 */
public record WorkCalendar(String code, LocalizedName name, ZoneId zone, Set<DayOfWeek> workdays,
                           List<Shift> shifts, List<LocalDate> holidays) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public WorkCalendar {
        workdays = Set.copyOf(workdays);
        shifts = List.copyOf(shifts);
        holidays = List.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return workdays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** The working time (shifts minus breaks) within [from, to), sorted and merged. */
    public List<TimeInterval> workingTime(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return List.of();
        }
        List<TimeInterval> intervals = new ArrayList<>();
        // Start a day early: a night shift of the previous day reaches into the range.
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate().minusDays(1); !day.isAfter(last);
                day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                for (Shift shift : shifts) {
                    intervals.addAll(shift.workingTime(day, zone));
                }
            }
        }
        return TimeIntervals.clip(intervals, from, to);
    }
}
