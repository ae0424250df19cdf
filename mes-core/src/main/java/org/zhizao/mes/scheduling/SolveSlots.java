package org.zhizao.mes.scheduling;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.zhizao.mes.scheduling.domain.PlanRules;

/** One solve per workshop at a time: the latest solve of each workshop, running or ended. */
@Component
class SolveSlots {

    private final Map<String, WorkshopSolve> latest = new ConcurrentHashMap<>();

    /** @throws org.zhizao.mes.shared.domain.RuleViolation if the workshop is being solved (409) */
    synchronized void reserve(WorkshopSolve solve, String workshopCode) {
        WorkshopSolve current = latest.get(workshopCode);
        PlanRules.startingSolve(workshopCode, current != null && current.isRunning()).orThrow();
        latest.put(workshopCode, solve);
    }

    /** Gives the slot back when a solve could not even start, so the previous outcome shows again. */
    synchronized void release(String workshopCode, WorkshopSolve solve, WorkshopSolve previous) {
        if (latest.get(workshopCode) == solve) {
            if (previous == null) {
                latest.remove(workshopCode);
            } else {
                latest.put(workshopCode, previous);
            }
        }
    }

    WorkshopSolve get(String workshopCode) {
        return latest.get(workshopCode);
    }

    /** Running solves end with the application instead of writing into a closing database. */
    @PreDestroy
    void stopAll() {
        latest.values().forEach(WorkshopSolve::stop);
    }
}
