package org.zhizao.mes.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhizao.mes.scheduling.domain.PlanningInput.Interval;
import org.zhizao.mes.scheduling.domain.PlanningInput.OperationToPlan;
import org.zhizao.mes.scheduling.domain.PlanningInput.Option;
import org.zhizao.mes.scheduling.domain.PlanningInput.OrderToPlan;
import org.zhizao.mes.scheduling.domain.PlanningInput.Placement;
import org.zhizao.mes.scheduling.domain.PlanningInput.StationTime;

/** Planning input of a small workshop, built up step by step; times in minutes from {@link #START}. */
final class PlanningInputFixture {

    static final Instant START = Instant.parse("2027-01-04T06:00:00Z");
    static final String LATHE = "P1/F1/W1/L1/S01";
    static final String MILL = "P1/F1/W1/L1/S02";

    private final List<StationTime> stations = new ArrayList<>();
    private final List<OrderToPlan> orders = new ArrayList<>();
    private final List<OperationToPlan> operations = new ArrayList<>();
    private final Map<Long, Placement> frozen = new HashMap<>();
    private long nextId = 1;

    static Instant at(long minutes) {
        return START.plus(Duration.ofMinutes(minutes));
    }

    static Interval window(long from, long to) {
        return new Interval(at(from), at(to));
    }

    PlanningInputFixture station(String code, Interval... available) {
        stations.add(new StationTime(code, List.of(available)));
        return this;
    }

    PlanningInputFixture order(long id, String family, long dueMinutes, int priority) {
        orders.add(new OrderToPlan(id, "PO-2027-" + String.format("%06d", id), family, at(dueMinutes), priority));
        return this;
    }

    /** A waiting operation of the order; returns its id. */
    long operation(long orderId, int seq, int quantity, Option... options) {
        long id = nextId++;
        operations.add(new OperationToPlan(id, code(orderId, seq), orderId, seq, quantity, false, null, null,
                List.of(options)));
        return id;
    }

    /** An operation started on a station at a minute (negative: before the planning start). */
    long started(long orderId, int seq, int quantity, String station, long startedMinute, Option... options) {
        long id = nextId++;
        operations.add(new OperationToPlan(id, code(orderId, seq), orderId, seq, quantity, true, station,
                at(startedMinute), List.of(options)));
        return id;
    }

    PlanningInputFixture frozen(long operationId, String station, long startMinute) {
        frozen.put(operationId, new Placement(station, at(startMinute)));
        return this;
    }

    static Option on(String station, double setupMinutes, double minutesPerUnit) {
        return new Option(station, setupMinutes, minutesPerUnit);
    }

    static String code(long orderId, int seq) {
        return "PO-2027-" + String.format("%06d", orderId) + "-" + seq;
    }

    PlanningInput input() {
        return new PlanningInput("P1/F1/W1", START, at(7 * 24 * 60), stations, orders, operations, frozen);
    }
}
