package org.zhizao.mes.kpi.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.zhizao.mes.equipment.AvailabilityState;
import org.zhizao.mes.equipment.EquipmentFeed;
import org.zhizao.mes.equipment.EquipmentHistory;
import org.zhizao.mes.equipment.ShopFloorChange;
import org.zhizao.mes.kpi.KpiCalculator;
import org.zhizao.mes.kpi.domain.KpiInputs;
import org.zhizao.mes.kpi.domain.Kpis;
import org.zhizao.mes.kpi.domain.TargetComparison;
import org.zhizao.mes.plant.PlantDirectory;
import org.zhizao.mes.security.Access;
import org.zhizao.mes.shared.domain.NotFound;

/**
 * What the KPI dashboard shows of one plant element over a period: its ISO 22400-2 KPIs, those of its
 * children, the OEE trend, the downtime by reason and the plan's targets. Each station's elements are
 * read once per window and summed per child, so nothing is averaged (see docs/kpis.md, Roll-up).
 */
@Service
public class KpiDesk {

    /** The elements of an element over a window and the KPIs computed from them. */
    public record Figures(KpiInputs inputs, Kpis kpis) {

        static Figures of(KpiInputs inputs) {
            return new Figures(inputs, Kpis.of(inputs));
        }
    }

    /** A child of the element shown; {@code state} is the live state of a station, else null. */
    public record Row(PlantTiers.Element element, Figures figures, AvailabilityState state) {
    }

    /** OEE of one trend bucket; null where it is undefined (no planned time). */
    public record TrendPoint(Instant start, Double oee) {
    }

    /** Downtime of the stations' primary devices: by reason where classified, else by state. */
    public record Downtime(String reasonCode, AvailabilityState state, Duration duration) {
    }

    public record Overview(PlantTiers.Element element, List<PlantTiers.Element> path, DashboardPeriod period,
                           DashboardPeriod.Window window, Figures figures, AvailabilityState state, List<Row> children,
                           List<TrendPoint> trend, List<Downtime> downtime, List<TargetComparison.Target> targets) {
    }

    private final KpiCalculator calculator;
    private final PlantDirectory plant;
    private final EquipmentHistory history;
    private final EquipmentFeed feed;
    private final Clock clock;
    private final List<LocalTime> shiftStarts;

    KpiDesk(KpiCalculator calculator, PlantDirectory plant, EquipmentHistory history, EquipmentFeed feed, Clock clock,
            @Value("${zhizao.dashboard.shift-starts:06:00,14:00,22:00}") String shiftStarts) {
        this.calculator = calculator;
        this.plant = plant;
        this.history = history;
        this.feed = feed;
        this.clock = clock;
        this.shiftStarts = Arrays.stream(shiftStarts.split(",")).map(String::trim).map(LocalTime::parse).toList();
    }

    /**
     * @param code an element's full code, or null for the park
     * @throws NotFound for a code that names no park, factory, workshop, line or station with stations
     */
    @PreAuthorize(Access.READ)
    public Overview overview(String code, DashboardPeriod period) {
        PlantTiers tiers = new PlantTiers(plant.stations(), plant.tierNames());
        PlantTiers.Element element = (code == null || code.isBlank() ? tiers.root() : tiers.find(code))
                .orElseThrow(() -> new NotFound("plant element with stations", code == null ? "park" : code));
        DashboardPeriod.Window window = period.window(clock.instant(), ZoneId.systemDefault(), shiftStarts);
        Map<String, KpiInputs> current = inputs(element.stations(), window.from(), window.to());
        Map<String, AvailabilityState> states = states(element.stations());
        List<Row> children = tiers.children(element).stream()
                .map(child -> new Row(child, Figures.of(sum(current, child.stations())),
                        states.get(child.code())))
                .toList();
        KpiInputs total = sum(current, element.stations());
        DashboardPeriod.Window baseline = window.previous();
        KpiInputs before = sum(inputs(element.stations(), baseline.from(), baseline.to()), element.stations());
        return new Overview(element, tiers.path(element), period, window, Figures.of(total), states.get(element.code()),
                children, trend(element.stations(), window), downtime(element.stations(), window),
                calculator.targets(before, total));
    }

    /** The live availability state of each station (its primary device), by station code. */
    @PreAuthorize(Access.READ)
    public Map<String, AvailabilityState> stationStates(Collection<String> stationCodes) {
        return states(stationCodes);
    }

    private Map<String, KpiInputs> inputs(List<String> stations, Instant from, Instant to) {
        Map<String, KpiInputs> byStation = new HashMap<>();
        for (String s : stations) {
            byStation.put(s, calculator.inputs(s, from, to, KpiCalculator.Basis.CALENDAR));
        }
        return byStation;
    }

    private static KpiInputs sum(Map<String, KpiInputs> byStation, List<String> stations) {
        KpiInputs sum = KpiInputs.NONE;
        for (String s : stations) {
            sum = sum.plus(byStation.getOrDefault(s, KpiInputs.NONE));
        }
        return sum;
    }

    private List<TrendPoint> trend(List<String> stations, DashboardPeriod.Window window) {
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < window.buckets().size(); i++) {
            Instant start = window.buckets().get(i);
            KpiInputs sum = sum(inputs(stations, start, window.bucketEnd(i)), stations);
            points.add(new TrendPoint(start, Kpis.of(sum).oee()));
        }
        return points;
    }

    private List<Downtime> downtime(List<String> stations, DashboardPeriod.Window window) {
        List<String> devices = stations.stream().map(history::primaryDevice).flatMap(java.util.Optional::stream)
                .map(EquipmentHistory.BoundEquipment::code).toList();
        Instant now = clock.instant();
        Map<String, Downtime> byKey = new LinkedHashMap<>();
        for (EquipmentHistory.StateInterval i : history.intervals(devices, window.from(), window.to())) {
            if (!i.state().isDowntime()) {
                continue;
            }
            Duration d = i.within(window.from(), window.to(), now);
            String key = i.reasonCode() != null ? i.reasonCode() : "state:" + i.state();
            byKey.merge(key, new Downtime(i.reasonCode(), i.reasonCode() == null ? i.state() : null, d),
                    (a, b) -> new Downtime(a.reasonCode(), a.state(), a.duration().plus(b.duration())));
        }
        return byKey.values().stream().filter(d -> !d.duration().isZero()).toList();
    }

    private Map<String, AvailabilityState> states(Collection<String> stationCodes) {
        Map<String, AvailabilityState> states = new HashMap<>();
        for (ShopFloorChange c : feed.snapshot()) {
            if (c.type().equals("state") && Boolean.TRUE.equals(c.data().get("primary"))
                    && stationCodes.contains(String.valueOf(c.data().get("station")))) {
                states.put(String.valueOf(c.data().get("station")),
                        AvailabilityState.valueOf(String.valueOf(c.data().get("state"))));
            }
        }
        Instant now = clock.instant();
        for (String station : stationCodes) {
            if (!states.containsKey(station)) {
                // not in the live feed (yet): the open interval of the stored history
                history.primaryDevice(station).flatMap(p -> history.intervals(List.of(p.code()), now.minusMillis(1), now)
                        .stream().filter(i -> i.end() == null).reduce((a, b) -> b))
                        .ifPresent(i -> states.put(station, i.state()));
            }
        }
        return states;
    }
}
