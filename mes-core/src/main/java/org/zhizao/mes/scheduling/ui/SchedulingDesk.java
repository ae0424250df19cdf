package org.zhizao.mes.scheduling.ui;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.zhizao.mes.scheduling.PlanView;
import org.zhizao.mes.scheduling.SolveProgress;
import org.zhizao.mes.scheduling.WorkshopPlanning;
import org.zhizao.mes.scheduling.domain.PlanningInput.Interval;
import org.zhizao.mes.security.Access;

/** What the scheduling screen may read and change, each call checked against the user's role. */
@Service
public class SchedulingDesk {

    private final WorkshopPlanning planning;

    SchedulingDesk(WorkshopPlanning planning) {
        this.planning = planning;
    }

    @PreAuthorize(Access.READ)
    public List<String> workshops() {
        return planning.workshops();
    }

    @PreAuthorize(Access.READ)
    public List<String> stations(String workshopCode) {
        return planning.stations(workshopCode);
    }

    @PreAuthorize(Access.READ)
    public Map<String, List<Interval>> availability(String workshopCode, Instant from, Instant to) {
        return planning.availability(workshopCode, from, to);
    }

    @PreAuthorize(Access.READ)
    public Instant now() {
        return planning.now();
    }

    @PreAuthorize(Access.PLAN)
    public SolveProgress solve(String workshopCode, int seconds) {
        return planning.solve(workshopCode, seconds, null);
    }

    @PreAuthorize(Access.PLAN)
    public SolveProgress stop(String workshopCode) {
        return planning.stop(workshopCode);
    }

    @PreAuthorize(Access.READ)
    public SolveProgress progress(String workshopCode) {
        return planning.progress(workshopCode);
    }

    @PreAuthorize(Access.READ)
    public Optional<PlanView> latest(String workshopCode) {
        return planning.latest(workshopCode);
    }

    @PreAuthorize(Access.READ)
    public Set<Long> frozen(String workshopCode) {
        return planning.frozen(workshopCode);
    }

    @PreAuthorize(Access.PLAN)
    public void freeze(long operationId) {
        planning.freeze(operationId, "frozen on the scheduling screen");
    }

    @PreAuthorize(Access.PLAN)
    public void unfreeze(long operationId) {
        planning.unfreeze(operationId, "unfrozen on the scheduling screen");
    }

    @PreAuthorize(Access.PLAN)
    public PlanView dispatch(long planId) {
        return planning.dispatch(planId, "dispatched from the scheduling screen");
    }

    @PreAuthorize(Access.PLAN)
    public PlanView stationDown(String workshopCode, String stationCode, Instant from, Instant to, int seconds) {
        return planning.stationDown(workshopCode, stationCode, from, to, seconds);
    }
}
