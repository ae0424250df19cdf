package org.zhizao.mes.scheduling.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhizao.mes.scheduling.domain.PlanningInput.Interval;
import org.zhizao.mes.scheduling.domain.PlanningInput.OperationToPlan;
import org.zhizao.mes.scheduling.domain.PlanningInput.Option;
import org.zhizao.mes.scheduling.domain.PlanningInput.OrderToPlan;
import org.zhizao.mes.scheduling.domain.PlanningInput.Placement;
import org.zhizao.mes.scheduling.domain.PlanningInput.StationTime;
import org.zhizao.scheduler.model.CalendarPolicy;
import org.zhizao.scheduler.model.ObjectiveWeights;
import org.zhizao.scheduler.model.Operation;
import org.zhizao.scheduler.model.ScheduleTimeline;
import org.zhizao.scheduler.model.ShopSchedule;
import org.zhizao.scheduler.model.ShopScheduleBuilder;
import org.zhizao.scheduler.model.Station;
import org.zhizao.scheduler.model.StationCalendar;
import org.zhizao.scheduler.model.TimeWindow;

/**
 * A workshop's planning input as a scheduling problem in minutes from the planning start.
 *
 * <ul>
 *   <li>Processing time on a station: minutes per unit × the order quantity, rounded up.</li>
 *   <li>Setup: the routing's setup minutes of a station are a changeover into the operation's product
 *   family; work of one family follows without setup (as the product model says).</li>
 *   <li>Precedence: each order's operations in routing order.</li>
 *   <li>Calendars: the available intervals in the horizon; work may pause over breaks and shift ends
 *   ({@link CalendarPolicy#PAUSE_OVER_BREAKS}); after the horizon every station counts as open.</li>
 *   <li>Tardiness weight: 6 − priority, so priority 1 weighs 5.</li>
 *   <li>Started (and paused) operations stay on their station from their start (after each other, with
 *   the changeover, if several share a station) for their whole processing time, and wait for no
 *   routing predecessor: the floor went ahead of the routing. Frozen ones keep their
 *   station and start.</li>
 * </ul>
 */
public final class PlanningProblem {

    /** How long after the horizon every station counts as open: far enough for any backlog. */
    private static final long OPEN_AFTER_HORIZON = 10L * 366 * 24 * 60;

    private final PlanningInput input;
    private final TimeScale time;
    private final ShopSchedule schedule;
    private final Map<String, OperationToPlan> operationsByCode = new LinkedHashMap<>();
    private final Map<String, OrderToPlan> ordersByNumber = new LinkedHashMap<>();
    private final Map<Long, OrderToPlan> ordersById = new HashMap<>();

    private PlanningProblem(PlanningInput input) {
        this.input = input;
        this.time = TimeScale.minutesFrom(input.planningStart());
        input.operations().forEach(o -> operationsByCode.put(o.code(), o));
        input.orders().forEach(o -> ordersByNumber.put(o.number(), o));
        input.orders().forEach(o -> ordersById.put(o.id(), o));
        this.schedule = build();
    }

    /**
     * @throws org.zhizao.scheduler.model.InvalidScheduleException if the data contradicts itself
     */
    public static PlanningProblem of(PlanningInput input) {
        return new PlanningProblem(input);
    }

    public ShopSchedule schedule() {
        return schedule;
    }

    public TimeScale time() {
        return time;
    }

    public PlanningInput input() {
        return input;
    }

    public OperationToPlan operation(String code) {
        return operationsByCode.get(code);
    }

    public OrderToPlan order(String number) {
        return ordersByNumber.get(number);
    }

    public boolean isEmpty() {
        return input.operations().isEmpty();
    }

    /** Whether every operation is started or frozen: the plan is fixed, and the solver has nothing to move. */
    public boolean isFixed() {
        return schedule.getOperations().stream().allMatch(Operation::isPinned);
    }

    /**
     * Starts from an earlier plan: each operation that is neither started nor frozen goes back to its
     * station, in the order of its earlier start, if that station is still eligible. Operations the
     * earlier plan did not hold are inserted by the solver.
     */
    public PlanningProblem warmStart(Map<Long, Placement> earlier) {
        Map<Operation, Long> sortKey = new HashMap<>();
        for (Operation operation : schedule.getOperations()) {
            if (operation.isPinned()) {
                sortKey.put(operation, operation.getPinnedStart());
                continue;
            }
            Placement placement = earlier.get(operationsByCode.get(operation.getId()).id());
            if (placement == null) {
                continue;
            }
            Station station = schedule.station(placement.stationCode());
            if (station != null && operation.isEligibleOn(station)) {
                operation.setStation(station);
                station.getOperations().add(operation);
                sortKey.put(operation, time.floor(placement.start()));
            }
        }
        for (Station station : schedule.getStations()) {
            station.getOperations().sort(Comparator.comparingLong(sortKey::get));
        }
        ScheduleTimeline.refresh(schedule);
        return this;
    }

    private ShopSchedule build() {
        ShopScheduleBuilder shop = new ShopScheduleBuilder().planningStart(0)
                .weights(new ObjectiveWeights(1, 1, 0))
                .calendarPolicy(CalendarPolicy.PAUSE_OVER_BREAKS);
        long horizon = time.floor(input.horizonEnd());
        Map<String, Map<String, Long>> setupIntoFamily = setupIntoFamily();
        Set<String> families = new LinkedHashSet<>();
        input.orders().forEach(o -> families.add(o.family()));
        Map<String, StationCalendar> calendars = new HashMap<>();
        for (StationTime station : input.stations()) {
            ShopScheduleBuilder.StationSpec spec = shop.station(station.code());
            List<TimeWindow> windows = new ArrayList<>();
            for (Interval interval : station.available()) {
                long from = Math.max(0, time.ceil(interval.start()));
                long to = Math.min(horizon, time.floor(interval.end()));
                if (from < to) {
                    windows.add(new TimeWindow(from, to));
                }
            }
            windows.add(new TimeWindow(horizon, horizon + OPEN_AFTER_HORIZON));
            windows.forEach(w -> spec.available(w.start(), w.end()));
            calendars.put(station.code(), new StationCalendar(windows, List.of(), CalendarPolicy.PAUSE_OVER_BREAKS));
            Map<String, Long> into = setupIntoFamily.getOrDefault(station.code(), Map.of());
            for (String from : families) {
                for (String to : families) {
                    if (!from.equals(to) && into.getOrDefault(to, 0L) > 0) {
                        spec.setup(from, to, into.get(to));
                    }
                }
            }
        }
        for (OrderToPlan order : input.orders()) {
            shop.order(order.number(), 0, order.due() == null ? null : time.floor(order.due()),
                    6 - Math.max(1, Math.min(5, order.priority())));
        }
        Map<Long, Long> startedAt = startedStarts(setupIntoFamily, calendars);
        for (OperationToPlan operation : input.operations()) {
            OrderToPlan order = ordersById.get(operation.orderId());
            if (order == null) {
                throw new IllegalArgumentException("operation " + operation.code()
                        + " belongs to an order that is not planned");
            }
            ShopScheduleBuilder.OperationSpec spec = shop.operation(operation.code(), order.number(), order.family());
            Long start = startedAt.get(operation.id());
            if (start != null) {
                // the floor went ahead of the routing: a started operation waits for nothing
                spec.after().on(operation.stationCode(), minutesOn(operation, operation.stationCode()))
                        .pinnedAt(operation.stationCode(), start);
                continue;
            }
            operation.options().forEach(o -> spec.on(o.stationCode(), o.minutesFor(operation.quantity())));
            Placement frozen = input.frozen().get(operation.id());
            if (frozen != null && operation.options().stream()
                    .anyMatch(o -> o.stationCode().equals(frozen.stationCode()))) {
                spec.pinnedAt(frozen.stationCode(), time.floor(frozen.start()));
            }
        }
        return shop.build();
    }

    /**
     * The start of each started operation: its own, or after the one started before it on the same
     * station (which ends as the calendar lets it) and the changeover between them. It is planned for
     * its whole processing time; one that overran it frees its station at the planning start, and its
     * times stay those of the floor, whenever planned.
     */
    private Map<Long, Long> startedStarts(Map<String, Map<String, Long>> setupIntoFamily,
            Map<String, StationCalendar> calendars) {
        Map<String, Long> lastEnd = new HashMap<>();
        Map<String, String> lastFamily = new HashMap<>();
        Map<Long, Long> starts = new HashMap<>();
        List<OperationToPlan> started = input.operations().stream().filter(OperationToPlan::started)
                .filter(o -> ordersById.containsKey(o.orderId()))
                .sorted(Comparator.comparing(OperationToPlan::startedAt)).toList();
        for (OperationToPlan operation : started) {
            String station = operation.stationCode();
            String family = ordersById.get(operation.orderId()).family();
            long start = time.floor(operation.startedAt());
            if (lastEnd.containsKey(station)) {
                long setup = family.equals(lastFamily.get(station)) ? 0
                        : setupIntoFamily.getOrDefault(station, Map.of()).getOrDefault(family, 0L);
                start = Math.max(start, lastEnd.get(station) + setup);
            }
            long duration = minutesOn(operation, station);
            StationCalendar calendar = calendars.getOrDefault(station, StationCalendar.ALWAYS_OPEN);
            // timed as the scheduler times pinned work: over breaks when it starts inside a window
            long[] placed = calendar.place(start, duration, CalendarPolicy.PAUSE_OVER_BREAKS);
            lastEnd.put(station, placed != null && placed[0] == start ? placed[1] : start + duration);
            lastFamily.put(station, family);
            starts.put(operation.id(), start);
        }
        return starts;
    }

    private static long minutesOn(OperationToPlan operation, String stationCode) {
        return operation.options().stream().filter(o -> o.stationCode().equals(stationCode)).findFirst()
                .or(() -> operation.options().stream().findFirst())
                .map(o -> o.minutesFor(operation.quantity())).orElse(1L);
    }

    /** Per station and family: the longest setup of the family's operations there, whole minutes. */
    private Map<String, Map<String, Long>> setupIntoFamily() {
        Map<String, Map<String, Long>> result = new HashMap<>();
        for (OperationToPlan operation : input.operations()) {
            OrderToPlan order = ordersById.get(operation.orderId());
            if (order == null) {
                continue; // reported when the operation is declared
            }
            for (Option option : operation.options()) {
                long minutes = (long) Math.ceil(option.setupMinutes() - 1e-9);
                result.computeIfAbsent(option.stationCode(), s -> new HashMap<>())
                        .merge(order.family(), minutes, Math::max);
            }
        }
        return result;
    }
}
