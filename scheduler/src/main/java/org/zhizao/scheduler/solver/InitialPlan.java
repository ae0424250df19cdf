package org.zhizao.scheduler.solver;

import java.util.ArrayList;
import java.util.List;

import org.zhizao.scheduler.dispatch.DispatchRule;
import org.zhizao.scheduler.dispatch.DispatchScheduler;
import org.zhizao.scheduler.model.Operation;
import org.zhizao.scheduler.model.ScheduleTimeline;
import org.zhizao.scheduler.model.ShopSchedule;
import org.zhizao.scheduler.model.Station;

/**
 * Construction before local search. A fresh problem (nothing planned but pinned operations) is
 * planned with the dispatch rule giving the shortest makespan; a plan that is already partly built
 * (warm start after an event) keeps its sequences and gets each unplanned operation inserted where
 * it ends earliest.
 */
final class InitialPlan {

    private InitialPlan() {
    }

    static void complete(ShopSchedule schedule) {
        ScheduleTimeline.refresh(schedule);
        boolean anyUnplanned = schedule.getOperations().stream().anyMatch(o -> o.getStation() == null);
        if (!anyUnplanned) {
            return;
        }
        boolean warm = schedule.getOperations().stream().anyMatch(o -> o.getStation() != null && !o.isPinned());
        if (warm) {
            insertGreedily(schedule);
        } else {
            planWithBestRule(schedule);
        }
    }

    private static void planWithBestRule(ShopSchedule schedule) {
        List<List<Operation>> pinnedOnly = sequences(schedule);
        DispatchRule best = null;
        long bestMakespan = Long.MAX_VALUE;
        for (DispatchRule rule : DispatchRule.values()) {
            DispatchScheduler.plan(schedule, rule);
            long makespan = schedule.makespan();
            if (makespan < bestMakespan) {
                bestMakespan = makespan;
                best = rule;
            }
            restore(schedule, pinnedOnly);
        }
        DispatchScheduler.plan(schedule, best);
    }

    private static void insertGreedily(ShopSchedule schedule) {
        ScheduleTimeline timeline = new ScheduleTimeline();
        List<Operation> unplanned = new ArrayList<>();
        for (Operation operation : schedule.getOperations()) {
            if (operation.getStation() == null) {
                unplanned.add(operation);
            }
        }
        // routing order: an operation is inserted after its predecessors
        java.util.Map<Operation, Integer> depths = new java.util.HashMap<>();
        unplanned.sort((a, b) -> Integer.compare(depth(a, depths), depth(b, depths)));
        for (Operation operation : unplanned) {
            Station bestStation = null;
            int bestIndex = -1;
            long bestEnd = Long.MAX_VALUE;
            for (var option : operation.getOptions()) {
                Station station = schedule.getStations().get(option.station().getIndex());
                List<Operation> sequence = station.getOperations();
                // never in front of pinned work: it cannot make room
                int firstFree = 0;
                for (int i = 0; i < sequence.size(); i++) {
                    if (sequence.get(i).isPinned()) {
                        firstFree = i + 1;
                    }
                }
                for (int index = firstFree; index <= sequence.size(); index++) {
                    sequence.add(index, operation);
                    operation.setStation(station);
                    timeline.recompute(schedule, SilentChanges.INSTANCE);
                    Long end = operation.getEnd();
                    if (end != null && end < bestEnd) {
                        bestEnd = end;
                        bestStation = station;
                        bestIndex = index;
                    }
                    sequence.remove(index);
                    operation.setStation(null);
                }
            }
            if (bestStation == null) {
                bestStation = schedule.getStations().get(operation.getOptions().get(0).station().getIndex());
                bestIndex = bestStation.getOperations().size();
            }
            bestStation.getOperations().add(bestIndex, operation);
            operation.setStation(bestStation);
        }
        ScheduleTimeline.refresh(schedule);
    }

    private static int depth(Operation operation, java.util.Map<Operation, Integer> depths) {
        Integer known = depths.get(operation);
        if (known != null) {
            return known;
        }
        int depth = 0;
        for (Operation before : operation.getPredecessors()) {
            depth = Math.max(depth, depth(before, depths) + 1);
        }
        depths.put(operation, depth);
        return depth;
    }

    private static List<List<Operation>> sequences(ShopSchedule schedule) {
        List<List<Operation>> copy = new ArrayList<>();
        for (Station station : schedule.getStations()) {
            copy.add(new ArrayList<>(station.getOperations()));
        }
        return copy;
    }

    private static void restore(ShopSchedule schedule, List<List<Operation>> sequences) {
        for (int i = 0; i < sequences.size(); i++) {
            schedule.getStations().get(i).setOperations(new ArrayList<>(sequences.get(i)));
        }
        ScheduleTimeline.refresh(schedule);
    }

    private enum SilentChanges implements ScheduleTimeline.ChangeListener {
        INSTANCE;

        @Override
        public void beforeTimesChanged(Operation operation) {
        }

        @Override
        public void afterTimesChanged(Operation operation) {
        }
    }
}
