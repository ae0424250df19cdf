package org.zhizao.scheduler.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a validated {@link ShopSchedule}. All times and durations are ticks of the caller's
 * choosing (the MES uses minutes).
 *
 * <pre>{@code
 * ShopScheduleBuilder shop = new ShopScheduleBuilder();
 * shop.station("MILL-1").powerDraw(5).available(0, 480).unavailable(120, 150).setup("A", "B", 20);
 * shop.order("PO-1", 0, 900L, 2);
 * shop.operation("PO-1/10", "PO-1", "A").on("MILL-1", 30).on("MILL-2", 45);
 * shop.operation("PO-1/20", "PO-1", "A").on("LATHE-1", 20);   // follows PO-1/10 (routing order)
 * ShopSchedule problem = shop.build();
 * }</pre>
 *
 * <p>Operations of an order follow each other in the order they are declared unless
 * {@link OperationSpec#after(String...)} says otherwise. {@link #build()} rejects operations without
 * an eligible station, negative durations, unknown references and precedence cycles with an
 * {@link InvalidScheduleException} naming them.
 */
public final class ShopScheduleBuilder {

    private final Map<String, StationSpec> stations = new LinkedHashMap<>();
    private final Map<String, ProductionOrder> orders = new LinkedHashMap<>();
    private final Map<String, OperationSpec> operations = new LinkedHashMap<>();
    private final Map<String, String> lastOperationOfOrder = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private ObjectiveWeights weights = new ObjectiveWeights();
    private long planningStart;
    private CalendarPolicy defaultPolicy = CalendarPolicy.FIT_IN_WINDOW;

    public ShopScheduleBuilder weights(ObjectiveWeights objectiveWeights) {
        this.weights = objectiveWeights;
        return this;
    }

    /** Nothing but pinned operations starts before this tick. */
    public ShopScheduleBuilder planningStart(long tick) {
        this.planningStart = tick;
        return this;
    }

    /** Calendar policy of stations that do not set their own. */
    public ShopScheduleBuilder calendarPolicy(CalendarPolicy policy) {
        this.defaultPolicy = policy;
        return this;
    }

    public StationSpec station(String id) {
        if (stations.containsKey(id)) {
            problems.add("Station " + id + " is declared twice");
        }
        StationSpec spec = new StationSpec(id);
        stations.put(id, spec);
        return spec;
    }

    /** Declares an order; {@code dueDate} may be {@code null}. */
    public ShopScheduleBuilder order(String id, long releaseTime, Long dueDate, int priority) {
        if (orders.containsKey(id)) {
            problems.add("Order " + id + " is declared twice");
        }
        orders.put(id, new ProductionOrder(id, releaseTime, dueDate, priority));
        return this;
    }

    public OperationSpec operation(String id, String orderId, String family) {
        if (operations.containsKey(id)) {
            problems.add("Operation " + id + " is declared twice");
        }
        OperationSpec spec = new OperationSpec(id, orderId, family);
        String previous = lastOperationOfOrder.put(orderId, id);
        if (previous != null) {
            spec.predecessors.add(previous);
        }
        operations.put(id, spec);
        return spec;
    }

    /** Validates the input and builds the problem; pinned operations are already placed. */
    public ShopSchedule build() {
        List<String> found = new ArrayList<>(problems);
        Map<String, Station> builtStations = new LinkedHashMap<>();
        stations.values().forEach(spec -> builtStations.put(spec.id, spec.build(defaultPolicy, found)));
        Map<String, Operation> built = new LinkedHashMap<>();
        for (OperationSpec spec : operations.values()) {
            Operation operation = spec.build(builtStations, found);
            if (operation != null) {
                built.put(spec.id, operation);
            }
        }
        for (OperationSpec spec : operations.values()) {
            Operation operation = built.get(spec.id);
            for (String before : spec.predecessors) {
                Operation predecessor = built.get(before);
                if (predecessor == null) {
                    found.add("Operation " + spec.id + " follows unknown operation " + before);
                } else if (operation != null) {
                    operation.getPredecessors().add(predecessor);
                    predecessor.getSuccessors().add(operation);
                }
            }
        }
        found.addAll(PrecedenceCycles.find(built.values()));
        if (!found.isEmpty()) {
            throw new InvalidScheduleException(found);
        }
        List<Operation> pinned = new ArrayList<>();
        operations.values().stream().filter(spec -> spec.pinnedStation != null).forEach(spec -> {
            Operation operation = built.get(spec.id);
            pinned.add(operation);
            operation.setStation(builtStations.get(spec.pinnedStation));
        });
        pinned.sort(Comparator.comparingLong(Operation::getPinnedStart));
        for (Operation operation : pinned) {
            operation.getStation().getOperations().add(operation);
        }
        ShopSchedule schedule = new ShopSchedule(new ArrayList<>(builtStations.values()), new ArrayList<>(built.values()),
                new ArrayList<>(orders.values()), weights, planningStart);
        ScheduleTimeline.refresh(schedule);
        return schedule;
    }

    /** A station being declared: calendar, setup times and energy use. */
    public static final class StationSpec {
        private final String id;
        private long powerDraw;
        private final List<TimeWindow> available = new ArrayList<>();
        private final List<TimeWindow> unavailable = new ArrayList<>();
        private CalendarPolicy policy;
        private final Map<String, Map<String, Long>> setup = new HashMap<>();
        private long defaultSetup;

        private StationSpec(String id) {
            this.id = id;
        }

        /** Energy per tick of processing. */
        public StationSpec powerDraw(long energyPerTick) {
            this.powerDraw = energyPerTick;
            return this;
        }

        /** A shift or other window in which the station works; none at all means always. */
        public StationSpec available(long from, long to) {
            available.add(new TimeWindow(from, to));
            return this;
        }

        /** Planned maintenance or a breakdown. */
        public StationSpec unavailable(long from, long to) {
            unavailable.add(new TimeWindow(from, to));
            return this;
        }

        public StationSpec policy(CalendarPolicy calendarPolicy) {
            this.policy = calendarPolicy;
            return this;
        }

        /** Setup time from family {@code from} to family {@code to}. */
        public StationSpec setup(String from, String to, long ticks) {
            setup.computeIfAbsent(from, f -> new HashMap<>()).put(to, ticks);
            return this;
        }

        /** Setup time of any family change not listed with {@link #setup}. */
        public StationSpec defaultSetup(long ticks) {
            this.defaultSetup = ticks;
            return this;
        }

        private Station build(CalendarPolicy defaultPolicy, List<String> found) {
            SetupMatrix matrix;
            try {
                matrix = new SetupMatrix(setup, defaultSetup);
            } catch (IllegalArgumentException e) {
                found.add("Station " + id + ": " + e.getMessage());
                matrix = SetupMatrix.NONE;
            }
            if (powerDraw < 0) {
                found.add("Station " + id + " has a negative power draw " + powerDraw);
            }
            StationCalendar calendar = new StationCalendar(available, unavailable, policy == null ? defaultPolicy : policy);
            return new Station(id, powerDraw, calendar, matrix);
        }
    }

    /** An operation being declared: eligible stations with durations, routing and pinning. */
    public final class OperationSpec {
        private final String id;
        private final String orderId;
        private final String family;
        private final Map<String, Long> durations = new LinkedHashMap<>();
        private final List<String> predecessors = new ArrayList<>();
        private long releaseTime = Long.MIN_VALUE / 4;
        private String pinnedStation;
        private long pinnedStart;
        private Long actualEnd;

        private OperationSpec(String id, String orderId, String family) {
            this.id = id;
            this.orderId = orderId;
            this.family = family;
        }

        /** The operation may run on this station and then takes {@code duration} ticks. */
        public OperationSpec on(String stationId, long duration) {
            durations.put(stationId, duration);
            return this;
        }

        /** Replaces the default routing predecessor with these operations (none: starts a branch). */
        public OperationSpec after(String... operationIds) {
            predecessors.clear();
            predecessors.addAll(List.of(operationIds));
            return this;
        }

        /** Earliest start of this operation, e.g. when its material arrives. */
        public OperationSpec release(long tick) {
            this.releaseTime = tick;
            return this;
        }

        /** Started or frozen: stays on this station at this start. */
        public OperationSpec pinnedAt(String stationId, long start) {
            this.pinnedStation = stationId;
            this.pinnedStart = start;
            return this;
        }

        /** Already finished on this station. */
        public OperationSpec finished(String stationId, long start, long end) {
            pinnedAt(stationId, start);
            this.actualEnd = end;
            return this;
        }

        private Operation build(Map<String, Station> builtStations, List<String> found) {
            ProductionOrder order = orders.get(orderId);
            if (order == null) {
                found.add("Operation " + id + " belongs to unknown order " + orderId);
                return null;
            }
            if (durations.isEmpty()) {
                found.add("Operation " + id + " has no eligible station");
            }
            List<StationOption> options = new ArrayList<>();
            durations.forEach((stationId, duration) -> {
                Station station = builtStations.get(stationId);
                if (station == null) {
                    found.add("Operation " + id + " names unknown station " + stationId);
                } else if (duration < 0) {
                    found.add("Operation " + id + " has a negative duration " + duration + " on station " + stationId);
                } else {
                    options.add(new StationOption(station, duration));
                }
            });
            if (pinnedStation != null && !durations.containsKey(pinnedStation)) {
                found.add("Operation " + id + " is pinned to station " + pinnedStation + ", which is not eligible for it");
            }
            Operation operation = new Operation(id, order, family, options, releaseTime);
            if (pinnedStation != null) {
                if (actualEnd != null) {
                    operation.finishedAt(pinnedStart, actualEnd);
                } else {
                    operation.pinAt(pinnedStart);
                }
            }
            return operation;
        }
    }
}
