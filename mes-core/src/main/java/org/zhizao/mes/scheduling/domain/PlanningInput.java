package org.zhizao.mes.scheduling.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the MES knows when a workshop is planned, in its own terms (instants, minutes, codes), before it
 * becomes a scheduling problem in ticks.
 *
 * @param workshopCode  e.g. {@code P1/F1/W1}
 * @param planningStart nothing but started and frozen work is planned before this instant
 * @param horizonEnd    the end of the calendar windows read; after it every station counts as open
 * @param stations      the workshop's stations with their available time
 * @param orders        the orders whose operations are planned
 * @param operations    the unfinished operations, each order's in routing order
 * @param frozen        frozen placements by operation id
 */
public record PlanningInput(String workshopCode, Instant planningStart, Instant horizonEnd,
                            List<StationTime> stations, List<OrderToPlan> orders, List<OperationToPlan> operations,
                            Map<Long, Placement> frozen) {

    /** A station and its available intervals (shifts minus breaks and planned maintenance). */
    public record StationTime(String code, List<Interval> available) {
    }

    /** A half-open interval [start, end). */
    public record Interval(Instant start, Instant end) {
    }

    /**
     * @param family   the product family: no changeover between operations of one family
     * @param due      the end of the due date
     * @param priority 1 (most urgent) to 5
     */
    public record OrderToPlan(long id, String number, String family, Instant due, int priority) {
    }

    /**
     * An operation to plan. A started (or paused) one stays on its station from its start.
     *
     * @param stationCode the station it is dispatched or started on, or null
     * @param startedAt   when it started, null if it has not
     */
    public record OperationToPlan(long id, String code, long orderId, int seq, int quantity, boolean started,
                                  String stationCode, Instant startedAt, List<Option> options) {
    }

    /** An eligible station with the routing's times in minutes. */
    public record Option(String stationCode, double setupMinutes, double minutesPerUnit) {

        /** Processing time of a quantity, whole minutes, at least one. */
        public long minutesFor(int quantity) {
            return Math.max(1, (long) Math.ceil(minutesPerUnit * quantity - 1e-9));
        }
    }

    /** Where an operation is planned: a station and a start. */
    public record Placement(String stationCode, Instant start) {
    }
}
