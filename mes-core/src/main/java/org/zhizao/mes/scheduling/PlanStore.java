package org.zhizao.mes.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.scheduling.domain.PlanOutcome;
import org.zhizao.mes.scheduling.domain.PlanningInput.Placement;
import org.zhizao.mes.shared.domain.NotFound;

/** Plan versions of a workshop: stores each solved plan as the next version, and reads them. */
@Component
class PlanStore {

    private final PlanRepository plans;
    private final Clock clock;

    PlanStore(PlanRepository plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Stores in a transaction of its own: a solve ends on the solver's thread. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    PlanView save(String workshopCode, String origin, Instant planningStart, String actor, long solveMillis,
            PlanOutcome outcome) {
        int number = plans.findFirstByWorkshopCodeOrderByPlanNumberDesc(workshopCode)
                .map(Plan::getPlanNumber).orElse(0) + 1;
        Plan plan = plans.save(new Plan(workshopCode, number, origin, planningStart, now(), actor, solveMillis,
                outcome));
        return PlanView.of(plan);
    }

    @Transactional(readOnly = true)
    PlanView get(long planId) {
        return PlanView.of(load(planId));
    }

    @Transactional(readOnly = true)
    PlanView latest(String workshopCode) {
        return plans.findFirstByWorkshopCodeOrderByPlanNumberDesc(workshopCode).map(PlanView::of)
                .orElseThrow(() -> new NotFound("plan of workshop", workshopCode));
    }

    @Transactional(readOnly = true)
    java.util.List<PlanView.Summary> versions(String workshopCode, int size) {
        return plans.findByWorkshopCodeOrderByPlanNumberDesc(workshopCode, PageRequest.of(0, size)).stream()
                .map(PlanView.Summary::of).toList();
    }

    /** Where the workshop's latest plan puts each operation, by operation id; empty without a plan. */
    @Transactional(readOnly = true)
    Map<Long, Placement> latestPlacements(String workshopCode) {
        Map<Long, Placement> placements = new HashMap<>();
        plans.findFirstByWorkshopCodeOrderByPlanNumberDesc(workshopCode).ifPresent(plan -> plan.getOperations()
                .forEach(e -> placements.put(e.operationId(), new Placement(e.stationCode(), e.start()))));
        return placements;
    }

    Plan load(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFound("plan", planId));
    }
}
