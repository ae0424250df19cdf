package org.zhizao.mes.kpi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.zhizao.mes.equipment.EquipmentHistory;
import org.zhizao.mes.kpi.domain.KpiInputs;
import org.zhizao.mes.kpi.domain.Kpis;
import org.zhizao.mes.kpi.domain.OperatingCostRates;
import org.zhizao.mes.kpi.domain.TargetComparison;
import org.zhizao.mes.kpi.domain.TimeElements;
import org.zhizao.mes.plant.PlantCalendar;
import org.zhizao.mes.plant.PlantDirectory;
import org.zhizao.mes.shared.domain.NotFound;

/**
 * ISO 22400-2 KPIs of a station, or of every station under a line, workshop, factory or the park, over a
 * window. Each station's time elements come from its primary device's availability intervals, its parts
 * from the machine counts, its energy from its meter; rolled-up KPIs are computed from the summed elements.
 */
@Service
public class KpiCalculator {

    /** Where planned busy time comes from: the plant calendar (default) or the whole window (24/7). */
    public enum Basis { CALENDAR, WINDOW }

    /** KPIs of one element with the elements they were computed from. */
    public record Result(String code, Instant from, Instant to, Basis basis, int stations, KpiInputs inputs,
                         Kpis kpis) {
    }

    private final EquipmentHistory history;
    private final PlantDirectory plant;
    private final PlantCalendar calendar;
    private final Clock clock;
    private final Map<String, Duration> idealCycle;
    private final OperatingCostRates costRates;

    KpiCalculator(EquipmentHistory history, PlantDirectory plant, PlantCalendar calendar, Clock clock,
            OperatingCostRates costRates, @Value("${zhizao.kpi.ideal-cycle-seconds.cnc:45}") long cnc,
            @Value("${zhizao.kpi.ideal-cycle-seconds.robot:18}") long robot,
            @Value("${zhizao.kpi.ideal-cycle-seconds.plc:10}") long plc) {
        this.history = history;
        this.plant = plant;
        this.calendar = calendar;
        this.clock = clock;
        this.costRates = costRates;
        this.idealCycle = Map.of("CNC_MACHINE_TOOL", Duration.ofSeconds(cnc), "ROBOT", Duration.ofSeconds(robot),
                "PLC_STATION", Duration.ofSeconds(plc));
    }

    public Result compute(String code, Instant from, Instant to, Basis basis) {
        List<PlantDirectory.StationInfo> stations = stationsUnder(code);
        KpiInputs sum = KpiInputs.NONE;
        for (PlantDirectory.StationInfo s : stations) {
            sum = sum.plus(inputs(s.code(), from, to, basis));
        }
        return new Result(code, from, to, basis, stations.size(), sum, Kpis.of(sum));
    }

    /** The headline KPIs of an element over a window, as a flat map for the live stream. */
    public Map<String, Object> headline(String code, Instant from, Instant to) {
        Result r = compute(code, from, to, Basis.CALENDAR);
        Kpis k = r.kpis();
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("code", code);
        data.put("from", from.toString());
        data.put("to", to.toString());
        data.put("availability", k.availability());
        data.put("effectiveness", k.effectiveness());
        data.put("qualityRatio", k.qualityRatio());
        data.put("oee", k.oee());
        data.put("throughputPerHour", k.throughputPerHour());
        data.put("energyPerGoodUnitKwh", k.energyPerGoodUnitKwh());
        data.put("good", r.inputs().good());
        data.put("scrap", r.inputs().scrap());
        return data;
    }

    public List<TargetComparison.Target> targets(String code, Instant baselineFrom, Instant baselineTo, Instant from,
            Instant to, Basis basis) {
        return targets(compute(code, baselineFrom, baselineTo, basis).inputs(), compute(code, from, to, basis).inputs());
    }

    /** The plan's targets for two periods' elements, the cost by the configured rates. */
    public List<TargetComparison.Target> targets(KpiInputs baseline, KpiInputs current) {
        return TargetComparison.compare(baseline, current, costRates);
    }

    /** The elements of one station in [from, to). */
    public KpiInputs inputs(String stationCode, Instant from, Instant to, Basis basis) {
        Instant now = clock.instant();
        List<TimeElements.Span> planned = basis == Basis.WINDOW ? List.of(new TimeElements.Span(from, to))
                : calendar.availableIntervals(stationCode, from, to).stream()
                        .map(i -> new TimeElements.Span(i.start(), i.end())).toList();
        Optional<EquipmentHistory.BoundEquipment> primary = history.primaryDevice(stationCode);
        List<TimeElements.StateSpan> states = new ArrayList<>();
        primary.ifPresent(p -> history.intervals(List.of(p.code()), from, to).forEach(i -> states.add(
                new TimeElements.StateSpan(i.state(), i.start(), i.end() == null ? now : i.end()))));
        TimeElements.Result time = TimeElements.of(states, planned, from, to);
        EquipmentHistory.StationCounts counts = history.counts(stationCode, from, to);
        Duration pri = primary.map(p -> idealCycle.getOrDefault(p.type(), Duration.ZERO)).orElse(Duration.ZERO);
        boolean numericallyControlled = primary.map(p -> p.type().equals("CNC_MACHINE_TOOL")
                || p.type().equals("ROBOT")).orElse(false);
        return new KpiInputs(time.plannedBusyTime(), time.productionTime(), time.setupTime(), time.delayTime(),
                time.failures(), counts.produced(), counts.scrap(), 0, pri.multipliedBy(counts.produced()),
                history.energyKwh(stationCode, from, to), numericallyControlled ? counts.produced() : 0);
    }

    private List<PlantDirectory.StationInfo> stationsUnder(String code) {
        List<PlantDirectory.StationInfo> stations = plant.stations().stream()
                .filter(s -> s.code().equals(code) || s.code().startsWith(code + "/")).toList();
        if (stations.isEmpty()) {
            throw new NotFound("plant element with stations", code);
        }
        return stations;
    }
}
