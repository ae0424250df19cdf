package org.zhizao.mes.plant.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A shift of a calendar. An end at or before the start means the shift runs past midnight into the next
 * day ({@code 24:00} is read as midnight, {@link LocalTime#MIDNIGHT}).
 */
public record Shift(String code, LocalTime start, LocalTime end, List<ShiftBreak> breaks) {

    public Shift {
        breaks = List.copyOf(breaks);
    }

    public boolean crossesMidnight() {
        return !end.isAfter(start);
    }

    /** The working time of this shift when it starts on {@code day}: the shift minus its breaks. */
    public List<TimeInterval> workingTime(LocalDate day, ZoneId zone) {
        TimeInterval shift = new TimeInterval(day.atTime(start).atZone(zone).toInstant(),
                (crossesMidnight() ? day.plusDays(1) : day).atTime(end).atZone(zone).toInstant());
        List<TimeInterval> cuts = new ArrayList<>();
        for (ShiftBreak pause : breaks) {
            LocalDateTime breakStart = timeInShift(day, pause.start());
            LocalDateTime breakEnd = pause.end().isAfter(pause.start())
                    ? breakStart.toLocalDate().atTime(pause.end())
                    : breakStart.toLocalDate().plusDays(1).atTime(pause.end());
            cuts.add(new TimeInterval(breakStart.atZone(zone).toInstant(), breakEnd.atZone(zone).toInstant()));
        }
        return TimeIntervals.minus(List.of(shift), cuts);
    }

    /** Whether a time of day lies within the shift (for validating breaks). */
    public boolean covers(LocalTime time) {
        return crossesMidnight() ? !time.isBefore(start) || !time.isAfter(end)
                : !time.isBefore(start) && !time.isAfter(end);
    }

    // Times of day before the shift's start belong to the day after it started.
    private LocalDateTime timeInShift(LocalDate day, LocalTime time) {
        return time.isBefore(start) ? day.plusDays(1).atTime(time) : day.atTime(time);
    }
}
