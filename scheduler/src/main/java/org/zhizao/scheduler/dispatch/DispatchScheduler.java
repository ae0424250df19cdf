package org.zhizao.scheduler.dispatch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.zhizao.scheduler.model.Operation;
import org.zhizao.scheduler.model.ProductionOrder;
import org.zhizao.scheduler.model.ScheduleTimeline;
import org.zhizao.scheduler.model.ShopSchedule;
import org.zhizao.scheduler.model.Station;
import org.zhizao.scheduler.model.StationOption;

/**
 * Non-delay list scheduling with a {@link DispatchRule}: repeatedly takes the operations whose
 * routing predecessors are done and that can start earliest, lets the rule pick one, and appends it
 * to the eligible station where it starts earliest (ties: shorter, then less energy). Pinned
 * operations stay where they are; new work goes after them.
 */
public final class DispatchScheduler {

    private DispatchScheduler() {
    }

    /** Fills the station sequences of {@code schedule} with every unplanned operation and times the plan. */
    public static void plan(ShopSchedule schedule, DispatchRule rule) {
        ScheduleTimeline.refresh(schedule);
        List<Operation> operations = schedule.getOperations();
        int stationCount = schedule.getStations().size();
        long[] stationReady = new long[stationCount];
        String[] lastFamily = new String[stationCount];
        java.util.Arrays.fill(stationReady, Long.MIN_VALUE / 4);
        for (Station station : schedule.getStations()) {
            List<Operation> sequence = station.getOperations();
            if (!sequence.isEmpty()) {
                Operation last = sequence.get(sequence.size() - 1);
                stationReady[station.getIndex()] = last.getEnd();
                lastFamily[station.getIndex()] = last.getFamily();
            }
        }
        boolean[] done = new boolean[operations.size()];
        int[] waiting = new int[operations.size()];
        Map<ProductionOrder, Long> remainingWork = new HashMap<>();
        List<Operation> ready = new ArrayList<>();
        int todo = 0;
        for (Operation operation : operations) {
            if (operation.getStation() != null) {
                done[operation.getIndex()] = true;
            } else {
                todo++;
                remainingWork.merge(operation.getOrder(), operation.shortestDuration(), Long::sum);
            }
        }
        for (Operation operation : operations) {
            for (Operation before : operation.getPredecessors()) {
                if (!done[before.getIndex()]) {
                    waiting[operation.getIndex()]++;
                }
            }
            if (!done[operation.getIndex()] && waiting[operation.getIndex()] == 0) {
                ready.add(operation);
            }
        }
        long[] releaseOf = new long[operations.size()];
        for (; todo > 0; todo--) {
            if (ready.isEmpty()) {
                throw new IllegalStateException("Routing precedence has a cycle; validate the problem first");
            }
            long bestStart = Long.MAX_VALUE;
            long[] startOf = new long[ready.size()];
            for (int i = 0; i < ready.size(); i++) {
                Operation operation = ready.get(i);
                long earliest = earliestStart(schedule, operation);
                releaseOf[operation.getIndex()] = earliest;
                startOf[i] = bestPlacement(schedule, operation, earliest, stationReady, lastFamily)[1];
                bestStart = Math.min(bestStart, startOf[i]);
            }
            Operation chosen = null;
            for (int i = 0; i < ready.size(); i++) {
                Operation candidate = ready.get(i);
                if (startOf[i] == bestStart && (chosen == null || before(rule, candidate, chosen, remainingWork))) {
                    chosen = candidate;
                }
            }
            long[] placement = bestPlacement(schedule, chosen, releaseOf[chosen.getIndex()], stationReady, lastFamily);
            Station station = schedule.getStations().get((int) placement[0]);
            station.getOperations().add(chosen);
            chosen.setStation(station);
            chosen.setStart(placement[1]);
            chosen.setEnd(placement[2]);
            stationReady[station.getIndex()] = placement[2];
            lastFamily[station.getIndex()] = chosen.getFamily();
            done[chosen.getIndex()] = true;
            remainingWork.merge(chosen.getOrder(), -chosen.shortestDuration(), Long::sum);
            ready.remove(chosen);
            for (Operation successor : chosen.getSuccessors()) {
                if (--waiting[successor.getIndex()] == 0 && !done[successor.getIndex()]) {
                    ready.add(successor);
                }
            }
        }
        ScheduleTimeline.refresh(schedule);
    }

    private static long earliestStart(ShopSchedule schedule, Operation operation) {
        long earliest = Math.max(schedule.getPlanningStart(), operation.getReleaseTime());
        for (Operation before : operation.getPredecessors()) {
            earliest = Math.max(earliest, before.getEnd());
        }
        return earliest;
    }

    /** {@code {station index, start, end}} on the eligible station where the operation starts earliest. */
    private static long[] bestPlacement(ShopSchedule schedule, Operation operation, long earliest, long[] stationReady, String[] lastFamily) {
        long[] best = null;
        long bestEnergy = 0;
        for (StationOption option : operation.getOptions()) {
            // the schedule's own station: its calendar may have changed since the option was made
            Station station = schedule.getStations().get(option.station().getIndex());
            int s = station.getIndex();
            long from = Math.max(earliest,
                    stationReady[s] + station.getSetupTimes().between(lastFamily[s], operation.getFamily()));
            long[] placed = station.getCalendar().place(from, option.duration());
            if (placed == null) {
                placed = new long[] {from, from + option.duration()};
            }
            boolean better = best == null || placed[0] < best[1]
                    || placed[0] == best[1] && (placed[1] < best[2] || placed[1] == best[2] && option.energy() < bestEnergy);
            if (better) {
                best = new long[] {s, placed[0], placed[1]};
                bestEnergy = option.energy();
            }
        }
        return best;
    }

    private static boolean before(DispatchRule rule, Operation a, Operation b, Map<ProductionOrder, Long> remainingWork) {
        switch (rule) {
            case SPT:
                return a.shortestDuration() < b.shortestDuration();
            case MWKR:
                return remainingWork.get(a.getOrder()) > remainingWork.get(b.getOrder());
            case EDD:
                long dueA = a.getOrder().hasDueDate() ? a.getOrder().dueDate() : Long.MAX_VALUE;
                long dueB = b.getOrder().hasDueDate() ? b.getOrder().dueDate() : Long.MAX_VALUE;
                return dueA < dueB || dueA == dueB && a.getIndex() < b.getIndex();
            default:
                throw new IllegalArgumentException("Unknown rule " + rule);
        }
    }
}
