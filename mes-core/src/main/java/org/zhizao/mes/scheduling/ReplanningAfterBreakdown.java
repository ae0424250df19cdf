package org.zhizao.mes.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.zhizao.mes.scheduling.domain.PlanningInput.Placement;
import org.zhizao.mes.scheduling.domain.PlanningProblem;
import org.zhizao.mes.shared.domain.InvalidInput;
import org.zhizao.scheduler.replan.Replanner;
import org.zhizao.scheduler.solver.SolveOptions;
import org.zhizao.scheduler.solver.SolveResult;

/**
 * Re-planning a workshop when one of its stations goes down: warm-started from the workshop's latest
 * plan, started and frozen operations stay where they are, and nothing else is planned on the station
 * inside the down window. Runs in the caller's thread for a few seconds and takes the workshop's solve
 * slot meanwhile, so it never races a solve. The live shop floor calls {@link #stationDown} when a
 * station breaks down.
 */
@Service
public class ReplanningAfterBreakdown {

    /** What a breakdown re-plan gets unless the caller says otherwise: an answer within seconds. */
    public static final int DEFAULT_SECONDS = 5;
    static final int MAX_SECONDS = 60;

    private final PlanningData data;
    private final PlanStore store;
    private final SolveSlots slots;
    private final SolvingWorkshop solving;
    private final Replanner replanner;

    ReplanningAfterBreakdown(PlanningData data, PlanStore store, SolveSlots slots, SolvingWorkshop solving,
            Replanner replanner) {
        this.data = data;
        this.store = store;
        this.slots = slots;
        this.solving = solving;
        this.replanner = replanner;
    }

    /**
     * Re-plans the station's workshop with the station down from {@code from} to {@code to}, in
     * {@link #DEFAULT_SECONDS} seconds.
     *
     * @return the new plan version (a draft)
     * @throws org.zhizao.mes.shared.domain.NotFound for an unknown station (404)
     * @throws org.zhizao.mes.shared.domain.RuleViolation while the workshop is being solved, or when it has
     *     nothing to plan (409)
     */
    public PlanView stationDown(String stationCode, Instant from, Instant to) {
        return stationDown(data.workshopOf(stationCode), stationCode, from, to, DEFAULT_SECONDS, null);
    }

    PlanView stationDown(String workshopCode, String stationCode, Instant from, Instant to, Integer seconds,
            Long seed) {
        data.requireWorkshop(workshopCode);
        if (seconds == null || seconds < 1 || seconds > MAX_SECONDS) {
            throw new InvalidInput("seconds: a re-plan takes 1 to " + MAX_SECONDS + " seconds (was " + seconds + ")");
        }
        if (stationCode == null || !workshopCode.equals(data.workshopOfOrNull(stationCode))) {
            throw new InvalidInput("stationCode: '" + stationCode + "' is not a station of workshop " + workshopCode);
        }
        if (from == null || to == null || !to.isAfter(from)) {
            throw new InvalidInput("downTo: the down window must end after it starts (" + from + " to " + to + ")");
        }
        Instant now = store.now();
        WorkshopSolve previous = slots.get(workshopCode);
        WorkshopSolve solve = new WorkshopSolve(workshopCode, "REPLAN", now, seconds);
        slots.reserve(solve, workshopCode);
        try {
            PlanningProblem problem = solving.problem(workshopCode, now);
            Map<Long, Placement> earlier = store.latestPlacements(workshopCode);
            problem.warmStart(earlier);
            // the scheduling screen reads the down window back from this text to shade it
            String origin = "re-plan: " + stationCode + " down from " + from + " to " + to;
            if (problem.isFixed()) {
                return solving.store(solve, problem, origin, SolvingWorkshop.actor(), 0, problem.schedule());
            }
            SolveOptions options = SolveOptions.timeLimit(Duration.ofSeconds(seconds));
            options = seed == null ? options : options.withSeed(seed);
            SolveResult result = replanner.stationDown(problem.schedule(), stationCode,
                    problem.time().floor(from), problem.time().ceil(to), 0, options);
            PlanView plan = solving.store(solve, problem, origin, SolvingWorkshop.actor(),
                    result.elapsed().toMillis(), result.plan());
            return plan;
        } catch (RuntimeException e) {
            if (solve.isRunning()) {
                slots.release(workshopCode, solve, previous);
            }
            throw e;
        }
    }
}
