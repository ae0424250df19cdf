package org.zhizao.mes.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.execution.OperationBacklog;
import org.zhizao.mes.execution.OperationView;
import org.zhizao.mes.order.OrderProgress;
import org.zhizao.mes.plant.PlantCalendar;
import org.zhizao.mes.plant.PlantDirectory;
import org.zhizao.mes.product.ProductCatalog;
import org.zhizao.mes.scheduling.domain.PlanningInput;
import org.zhizao.mes.scheduling.domain.PlanningInput.Interval;
import org.zhizao.mes.scheduling.domain.PlanningInput.OperationToPlan;
import org.zhizao.mes.scheduling.domain.PlanningInput.Option;
import org.zhizao.mes.scheduling.domain.PlanningInput.OrderToPlan;
import org.zhizao.mes.scheduling.domain.PlanningInput.Placement;
import org.zhizao.mes.scheduling.domain.PlanningInput.StationTime;
import org.zhizao.mes.shared.domain.NotFound;

/**
 * Reads what planning a workshop needs from the other modules: its stations and their available time,
 * the unfinished operations that can run there with the orders they belong to, and the frozen ones.
 *
 * <p>Waiting (planned or dispatched) operations count only while their order accepts work (released or
 * in progress); started and paused ones always, because they hold their station. An operation is in a
 * workshop's plan when one of its eligible stations is there and can perform its operation type (what
 * dispatching checks); it is planned on those stations only. So a rework operation on a station that
 * cannot perform REWORK is not planned: it could not be dispatched.
 */
@Component
class PlanningData {

    private final PlantDirectory plant;
    private final PlantCalendar calendar;
    private final OperationBacklog backlog;
    private final OrderProgress orders;
    private final ProductCatalog products;
    private final FrozenOperationRepository frozen;
    private final Duration horizon;
    private final ZoneId zone;

    PlanningData(PlantDirectory plant, PlantCalendar calendar, OperationBacklog backlog, OrderProgress orders,
            ProductCatalog products, FrozenOperationRepository frozen,
            @Value("${zhizao.scheduling.horizon-days:28}") int horizonDays,
            @Value("${zhizao.scheduling.zone:Asia/Shanghai}") String zone) {
        this.plant = plant;
        this.calendar = calendar;
        this.backlog = backlog;
        this.orders = orders;
        this.products = products;
        this.frozen = frozen;
        this.horizon = Duration.ofDays(horizonDays);
        this.zone = ZoneId.of(zone);
    }

    /** @throws NotFound for a workshop without stations (404) */
    void requireWorkshop(String workshopCode) {
        if (plant.stations().stream().noneMatch(s -> s.workshopCode().equals(workshopCode))) {
            throw new NotFound("workshop", workshopCode);
        }
    }

    /** The workshop a station belongs to. */
    String workshopOf(String stationCode) {
        return plant.findStation(stationCode).map(PlantDirectory.StationInfo::workshopCode)
                .orElseThrow(() -> new NotFound("station", stationCode));
    }

    /** The workshop a station belongs to, or null for an unknown station. */
    String workshopOfOrNull(String stationCode) {
        return plant.findStation(stationCode).map(PlantDirectory.StationInfo::workshopCode).orElse(null);
    }

    @Transactional(readOnly = true)
    PlanningInput read(String workshopCode, Instant planningStart) {
        requireWorkshop(workshopCode);
        Instant horizonEnd = planningStart.plus(horizon);
        List<StationTime> stations = new ArrayList<>();
        for (PlantDirectory.StationInfo station : plant.stations()) {
            if (station.workshopCode().equals(workshopCode)) {
                stations.add(new StationTime(station.code(),
                        calendar.availableIntervals(station.code(), planningStart, horizonEnd).stream()
                                .map(i -> new Interval(i.start(), i.end())).toList()));
            }
        }
        Map<String, PlantDirectory.StationInfo> here = plant.stations().stream()
                .filter(s -> s.workshopCode().equals(workshopCode))
                .collect(Collectors.toMap(PlantDirectory.StationInfo::code, s -> s));
        Map<Long, OrderToPlan> planned = new LinkedHashMap<>();
        Map<Long, OrderProgress.OrderSnapshot> snapshots = new HashMap<>();
        Map<Long, String> families = new HashMap<>();
        List<OperationToPlan> operations = new ArrayList<>();
        for (OperationView operation : backlog.unfinished()) {
            boolean started = operation.status().equals("STARTED") || operation.status().equals("PAUSED");
            // as dispatching checks: eligible in the routing, and the plant says the station can do it
            List<Option> options = operation.eligibleStations().stream()
                    .filter(s -> here.containsKey(s.stationCode())
                            && here.get(s.stationCode()).canPerform(operation.operationType()))
                    .map(s -> new Option(s.stationCode(), s.setupMinutes(), s.minutesPerUnit())).toList();
            if (started ? !here.containsKey(operation.stationCode()) : options.isEmpty()) {
                continue;
            }
            OrderProgress.OrderSnapshot order = snapshots.computeIfAbsent(operation.orderId(), orders::get);
            if (!started && !order.acceptsWork()) {
                continue;
            }
            planned.computeIfAbsent(order.id(), id -> new OrderToPlan(id, order.number(),
                    families.computeIfAbsent(order.productId(), p -> products.get(p).family()),
                    dueAt(order.dueDate()), order.priority()));
            operations.add(new OperationToPlan(operation.id(), operation.code(), operation.orderId(), operation.seq(),
                    operation.plannedQuantity(), started, operation.stationCode(), operation.startedAt(), options));
        }
        Map<Long, Placement> frozenPlacements = new HashMap<>();
        frozen.findByWorkshopCode(workshopCode).forEach(f -> frozenPlacements.put(f.getOperationId(),
                new Placement(f.getStationCode(), f.getStart())));
        return new PlanningInput(workshopCode, planningStart, horizonEnd, stations,
                new ArrayList<>(planned.values()), operations, frozenPlacements);
    }

    /** The end of the due day in the plant's zone. */
    private Instant dueAt(LocalDate dueDate) {
        return dueDate.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
