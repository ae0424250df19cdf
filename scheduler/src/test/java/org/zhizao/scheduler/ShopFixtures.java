package org.zhizao.scheduler;

import java.util.List;

import org.zhizao.scheduler.model.Operation;
import org.zhizao.scheduler.model.ProductionOrder;
import org.zhizao.scheduler.model.SetupMatrix;
import org.zhizao.scheduler.model.Station;
import org.zhizao.scheduler.model.StationCalendar;
import org.zhizao.scheduler.model.StationOption;

/** Test data: stations and operations with their planned times set by hand. */
public final class ShopFixtures {

    private ShopFixtures() {
    }

    public static Station station(String id) {
        return new Station(id);
    }

    public static Station station(String id, long powerDraw, StationCalendar calendar, SetupMatrix setup) {
        return new Station(id, powerDraw, calendar, setup);
    }

    public static ProductionOrder order(String id) {
        return ProductionOrder.unconstrained(id);
    }

    public static ProductionOrder order(String id, long dueDate, int priority) {
        return new ProductionOrder(id, 0, dueDate, priority);
    }

    /** An operation eligible on {@code station} with {@code duration}. */
    public static Operation operation(String id, ProductionOrder order, Station station, long duration) {
        return new Operation(id, order, null, List.of(new StationOption(station, duration)), 0);
    }

    public static Operation operation(String id, ProductionOrder order, String family, List<StationOption> options) {
        return new Operation(id, order, family, options, 0);
    }

    /** Plans the operation on a station at a start, with end = start + duration there. */
    public static Operation planned(Operation operation, Station station, long start) {
        long duration = operation.durationOn(station);
        return planned(operation, station, start, start + (duration < 0 ? operation.shortestDuration() : duration));
    }

    public static Operation planned(Operation operation, Station station, long start, long end) {
        operation.setStation(station);
        operation.setStart(start);
        operation.setEnd(end);
        return operation;
    }

    /** {@code after} follows {@code before} in the routing. */
    public static void route(Operation before, Operation after) {
        before.getSuccessors().add(after);
        after.getPredecessors().add(before);
    }
}
