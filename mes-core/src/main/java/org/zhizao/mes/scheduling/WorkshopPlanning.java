package org.zhizao.mes.scheduling;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.plant.PlantCalendar;
import org.zhizao.mes.plant.PlantDirectory;
import org.zhizao.mes.scheduling.domain.PlanningInput.Interval;

/**
 * The planning use cases as the module's screens call them: solving (started, watched, stopped), plan
 * versions, frozen operations, dispatching and re-planning after a breakdown, plus the workshops and
 * the stations' available time a Gantt chart shades. Authorization is the caller's facade's business,
 * as it is the REST controller's.
 */
@Service
public class WorkshopPlanning {

    private final SolvingWorkshop solving;
    private final ReplanningAfterBreakdown replanning;
    private final PlanStore store;
    private final DispatchingPlan dispatching;
    private final FreezingOperation freezing;
    private final PlantDirectory plant;
    private final PlantCalendar calendar;

    WorkshopPlanning(SolvingWorkshop solving, ReplanningAfterBreakdown replanning, PlanStore store,
            DispatchingPlan dispatching, FreezingOperation freezing, PlantDirectory plant, PlantCalendar calendar) {
        this.solving = solving;
        this.replanning = replanning;
        this.store = store;
        this.dispatching = dispatching;
        this.freezing = freezing;
        this.plant = plant;
        this.calendar = calendar;
    }

    /** The workshops that have stations, by code. */
    public List<String> workshops() {
        return plant.stations().stream().map(PlantDirectory.StationInfo::workshopCode).distinct().sorted().toList();
    }

    /** The stations of a workshop, by code. */
    public List<String> stations(String workshopCode) {
        return plant.stations().stream().filter(s -> s.workshopCode().equals(workshopCode))
                .map(PlantDirectory.StationInfo::code).sorted().toList();
    }

    /** Each station's available intervals in [from, to): shifts minus breaks and planned maintenance. */
    public Map<String, List<Interval>> availability(String workshopCode, Instant from, Instant to) {
        Map<String, List<Interval>> result = new LinkedHashMap<>();
        for (String station : stations(workshopCode)) {
            result.put(station, calendar.availableIntervals(station, from, to).stream()
                    .map(i -> new Interval(i.start(), i.end())).toList());
        }
        return result;
    }

    public Instant now() {
        return store.now();
    }

    /** Starts a solve in the background; see {@link SolvingWorkshop#start}. */
    public SolveProgress solve(String workshopCode, int seconds, Long seed) {
        return solving.start(workshopCode, seconds, seed);
    }

    /** Stops the running solve early: the best plan so far is stored. */
    public SolveProgress stop(String workshopCode) {
        return solving.stop(workshopCode);
    }

    public SolveProgress progress(String workshopCode) {
        return solving.progress(workshopCode);
    }

    /** The workshop's latest plan version, if it has one. */
    @Transactional(readOnly = true)
    public Optional<PlanView> latest(String workshopCode) {
        return store.versions(workshopCode, 1).stream().findFirst().map(s -> store.get(s.id()));
    }

    public PlanView plan(long planId) {
        return store.get(planId);
    }

    /** The ids of the workshop's frozen operations. */
    public Set<Long> frozen(String workshopCode) {
        return freezing.frozenIn(workshopCode).stream().map(FreezingOperation.FrozenView::operationId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public void freeze(long operationId, String reason) {
        freezing.freeze(operationId, reason);
    }

    public void unfreeze(long operationId, String reason) {
        freezing.unfreeze(operationId, reason);
    }

    public PlanView dispatch(long planId, String reason) {
        return dispatching.dispatch(planId, reason);
    }

    /** Re-plans the workshop with a station down in [from, to) for a few seconds, in the caller's thread. */
    public PlanView stationDown(String workshopCode, String stationCode, Instant from, Instant to, int seconds) {
        return replanning.stationDown(workshopCode, stationCode, from, to, seconds, null);
    }
}
