package org.zhizao.scheduler.replan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.zhizao.scheduler.model.Operation;
import org.zhizao.scheduler.model.ScheduleTimeline;
import org.zhizao.scheduler.model.ShopSchedule;
import org.zhizao.scheduler.model.Station;
import org.zhizao.scheduler.model.StationOption;
import org.zhizao.scheduler.model.TimeWindow;
import org.zhizao.scheduler.solver.ShopScheduler;
import org.zhizao.scheduler.solver.SolveOptions;
import org.zhizao.scheduler.solver.SolveResult;

/**
 * Re-plans after a shop-floor event, warm-starting from the current plan. Every event first
 * freezes the past: operations that have started by {@code now} are pinned where they are, and
 * nothing else may start before {@code now}. The given plan records the event (it is changed);
 * the returned result holds the new plan.
 *
 * <p>A started operation interrupted by a breakdown stays pinned and resumes when the station is
 * back; operations not started yet are moved freely.
 */
public final class Replanner {

    private final ShopScheduler scheduler;

    public Replanner(ShopScheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Station {@code stationId} is unavailable from {@code from} to {@code to}. */
    public SolveResult stationDown(ShopSchedule plan, String stationId, long from, long to, long now,
            SolveOptions options) {
        Station station = plan.station(stationId);
        freezePast(plan, now);
        station.setCalendar(station.getCalendar().withUnavailable(new TimeWindow(from, to)));
        // the warm start keeps the sequences: work on the station simply waits for the repair, which is
        // feasible at once; local search then moves it elsewhere. (Re-inserting that work greedily first
        // measured slower and no better within one second.)
        return scheduler.solve(plan, options);
    }

    /** A new (e.g. rush) order joins the plan; its operations are inserted where they end earliest, then improved. */
    public SolveResult orderAdded(ShopSchedule plan, NewOrder newOrder, long now, SolveOptions options) {
        freezePast(plan, now);
        if (plan.getOrders().stream().anyMatch(o -> o.id().equals(newOrder.order().id()))) {
            throw new IllegalArgumentException("Order " + newOrder.order().id() + " is already in the plan");
        }
        plan.getOrders().add(newOrder.order());
        Operation previous = null;
        for (NewOrder.Step step : newOrder.steps()) {
            Operation operation = new Operation(step.operationId(), newOrder.order(), step.family(),
                    options(plan, step), Long.MIN_VALUE / 4);
            if (plan.getOperations().stream().anyMatch(o -> o.getId().equals(step.operationId()))) {
                throw new IllegalArgumentException("Operation " + step.operationId() + " is already in the plan");
            }
            if (previous != null) {
                operation.getPredecessors().add(previous);
                previous.getSuccessors().add(operation);
            }
            plan.getOperations().add(operation);
            previous = operation;
        }
        plan.reindex();
        return scheduler.solve(plan, options);
    }

    /** Operation {@code operationId} finished at {@code actualEnd} (earlier or later than planned). */
    public SolveResult operationFinished(ShopSchedule plan, String operationId, long actualEnd, long now,
            SolveOptions options) {
        Operation operation = plan.operation(operationId);
        ScheduleTimeline.refresh(plan);
        if (operation.getStation() == null || operation.getStart() == null) {
            throw new IllegalArgumentException("Operation " + operationId + " is not planned, so it cannot have finished");
        }
        if (actualEnd < operation.getStart()) {
            throw new IllegalArgumentException("Operation " + operationId + " cannot finish at " + actualEnd
                    + ", before its start " + operation.getStart());
        }
        operation.finishedAt(operation.getStart(), actualEnd);
        freezePast(plan, now);
        return scheduler.solve(plan, options);
    }

    /** Pins every operation that has started by {@code now}; nothing else starts before {@code now}. */
    public static void freezePast(ShopSchedule plan, long now) {
        ScheduleTimeline.refresh(plan);
        for (Operation operation : plan.getOperations()) {
            if (!operation.isPinned() && operation.getStation() != null && operation.getStart() != null
                    && operation.getStart() < now) {
                operation.pinAt(operation.getStart());
            }
        }
        plan.setPlanningStart(Math.max(plan.getPlanningStart(), now));
        ScheduleTimeline.refresh(plan);
    }

    private static List<StationOption> options(ShopSchedule plan, NewOrder.Step step) {
        if (step.durationByStation().isEmpty()) {
            throw new IllegalArgumentException("Operation " + step.operationId() + " has no eligible station");
        }
        List<StationOption> options = new ArrayList<>();
        for (Map.Entry<String, Long> entry : step.durationByStation().entrySet()) {
            if (entry.getValue() < 0) {
                throw new IllegalArgumentException("Operation " + step.operationId() + " has a negative duration "
                        + entry.getValue() + " on station " + entry.getKey());
            }
            options.add(new StationOption(plan.station(entry.getKey()), entry.getValue()));
        }
        return options;
    }
}
