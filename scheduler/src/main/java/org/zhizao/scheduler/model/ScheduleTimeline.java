package org.zhizao.scheduler.model;

import java.util.List;
import java.util.Objects;

/**
 * Derives every operation's start and end from the station sequences, the routing precedence,
 * release times, setup times and calendars: each operation starts as early as its predecessors,
 * the previous operation on its station (plus setup) and its station's calendar allow.
 *
 * <p>Operations are timed in topological order of "routing predecessor" and "previous on the same
 * station". A sequence that contradicts the routing (a cycle) cannot be timed: those operations
 * keep no start time, which the constraints count as a hard violation.
 */
public final class ScheduleTimeline {

    /** Told before and after an operation's times change, so incremental scoring can follow. */
    public interface ChangeListener {
        void beforeTimesChanged(Operation operation);

        void afterTimesChanged(Operation operation);
    }

    private static final ChangeListener SILENT = new ChangeListener() {
        @Override
        public void beforeTimesChanged(Operation operation) {
        }

        @Override
        public void afterTimesChanged(Operation operation) {
        }
    };

    private int[] waiting = new int[0];
    private int[] queue = new int[0];
    private Operation[] previousOnStation = new Operation[0];
    private Operation[] nextOnStation = new Operation[0];
    /** Read from the sequences, because the inverse shadow variable may not be updated yet. */
    private Station[] stationOf = new Station[0];

    /**
     * Recomputes all times.
     *
     * @return how many assigned operations could not be timed because of a sequence cycle
     */
    public int recompute(ShopSchedule schedule, ChangeListener listener) {
        List<Operation> operations = schedule.getOperations();
        int n = operations.size();
        if (waiting.length < n) {
            waiting = new int[n];
            queue = new int[n];
            previousOnStation = new Operation[n];
            nextOnStation = new Operation[n];
            stationOf = new Station[n];
        }
        for (int i = 0; i < n; i++) {
            Operation operation = operations.get(i);
            previousOnStation[i] = null;
            nextOnStation[i] = null;
            stationOf[i] = null;
            waiting[i] = operation.getPredecessors().size();
        }
        for (Station station : schedule.getStations()) {
            Operation before = null;
            for (Operation operation : station.getOperations()) {
                stationOf[operation.getIndex()] = station;
                if (before != null) {
                    previousOnStation[operation.getIndex()] = before;
                    nextOnStation[before.getIndex()] = operation;
                    waiting[operation.getIndex()]++;
                }
                before = operation;
            }
        }
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (waiting[i] == 0) {
                queue[tail++] = i;
            }
        }
        while (head < tail) {
            Operation operation = operations.get(queue[head++]);
            time(schedule, operation, listener);
            for (Operation successor : operation.getSuccessors()) {
                if (--waiting[successor.getIndex()] == 0) {
                    queue[tail++] = successor.getIndex();
                }
            }
            Operation next = nextOnStation[operation.getIndex()];
            if (next != null && --waiting[next.getIndex()] == 0) {
                queue[tail++] = next.getIndex();
            }
        }
        int deadlocked = 0;
        if (tail < n) {
            for (int i = 0; i < n; i++) {
                if (waiting[i] > 0) {
                    Operation operation = operations.get(i);
                    deadlocked++;
                    update(operation, null, null, listener);
                }
            }
        }
        return deadlocked;
    }

    /** Recomputes all times outside a solver, also filling in each operation's station and previous one. */
    public static int refresh(ShopSchedule schedule) {
        for (Operation operation : schedule.getOperations()) {
            operation.setStation(null);
            operation.setPrevious(null);
        }
        for (Station station : schedule.getStations()) {
            Operation before = null;
            for (Operation operation : station.getOperations()) {
                operation.setStation(station);
                operation.setPrevious(before);
                before = operation;
            }
        }
        return new ScheduleTimeline().recompute(schedule, SILENT);
    }

    private void time(ShopSchedule schedule, Operation operation, ChangeListener listener) {
        Station station = stationOf[operation.getIndex()];
        if (station == null) {
            update(operation, null, null, listener);
            return;
        }
        long duration = operation.durationOn(station);
        if (duration < 0) {
            duration = operation.shortestDuration();
        }
        if (operation.isPinned()) {
            long start = operation.getPinnedStart();
            long end;
            if (operation.getActualEnd() != null) {
                end = operation.getActualEnd();
            } else {
                // work already under way resumes after any interruption
                long[] placed = station.getCalendar().place(start, duration, CalendarPolicy.PAUSE_OVER_BREAKS);
                end = placed != null && placed[0] == start ? placed[1] : start + duration;
            }
            update(operation, start, end, listener);
            return;
        }
        long earliest = Math.max(schedule.getPlanningStart(), operation.getReleaseTime());
        for (Operation before : operation.getPredecessors()) {
            if (before.getEnd() != null) {
                earliest = Math.max(earliest, before.getEnd());
            }
        }
        Operation previous = previousOnStation[operation.getIndex()];
        if (previous != null && previous.getEnd() != null) {
            earliest = Math.max(earliest,
                    previous.getEnd() + station.getSetupTimes().between(previous.getFamily(), operation.getFamily()));
        }
        long[] placed = station.getCalendar().place(earliest, duration);
        if (placed == null) {
            // no room left in the calendar: keep it timed so the calendar constraint can report it
            update(operation, earliest, earliest + duration, listener);
        } else {
            update(operation, placed[0], placed[1], listener);
        }
    }

    private static void update(Operation operation, Long start, Long end, ChangeListener listener) {
        if (Objects.equals(operation.getStart(), start) && Objects.equals(operation.getEnd(), end)) {
            return;
        }
        listener.beforeTimesChanged(operation);
        operation.setStart(start);
        operation.setEnd(end);
        listener.afterTimesChanged(operation);
    }
}
