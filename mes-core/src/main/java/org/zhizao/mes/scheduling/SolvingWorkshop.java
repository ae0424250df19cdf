package org.zhizao.mes.scheduling;

import java.time.Duration;
import java.time.Instant;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.zhizao.mes.audit.AuditTrail;
import org.zhizao.mes.scheduling.domain.PlanOutcome;
import org.zhizao.mes.scheduling.domain.PlanRules;
import org.zhizao.mes.scheduling.domain.PlanningProblem;
import org.zhizao.mes.shared.domain.InvalidInput;
import org.zhizao.mes.shared.domain.RuleViolation;
import org.zhizao.scheduler.model.ShopSchedule;
import org.zhizao.scheduler.solver.ShopScheduler;
import org.zhizao.scheduler.solver.SolveJob;
import org.zhizao.scheduler.solver.SolveOptions;

/**
 * Solving a workshop's plan in the background: one solve per workshop at a time, stoppable, with its
 * progress readable while it runs; the result is stored as the workshop's next plan version.
 */
@Service
class SolvingWorkshop {

    private static final Logger LOG = LoggerFactory.getLogger(SolvingWorkshop.class);

    private final PlanningData data;
    private final PlanStore store;
    private final SolveSlots slots;
    private final ShopScheduler scheduler;

    SolvingWorkshop(PlanningData data, PlanStore store, SolveSlots slots, ShopScheduler scheduler) {
        this.data = data;
        this.store = store;
        this.slots = slots;
        this.scheduler = scheduler;
    }

    /**
     * Starts a solve over the workshop's unfinished operations.
     *
     * @throws InvalidInput  for a time limit outside 1 to 600 seconds (400)
     * @throws org.zhizao.mes.shared.domain.NotFound for an unknown workshop (404)
     * @throws RuleViolation if the workshop is being solved or has nothing to plan (409)
     */
    SolveProgress start(String workshopCode, Integer seconds, Long seed) {
        requireSeconds(seconds);
        data.requireWorkshop(workshopCode);
        Instant now = store.now();
        WorkshopSolve previous = slots.get(workshopCode);
        WorkshopSolve solve = new WorkshopSolve(workshopCode, "SOLVE", now, seconds);
        slots.reserve(solve, workshopCode);
        try {
            PlanningProblem problem = problem(workshopCode, now);
            SolveOptions options = SolveOptions.timeLimit(Duration.ofSeconds(seconds));
            options = seed == null ? options : options.withSeed(seed);
            String actor = actor();
            if (problem.isFixed()) {
                store(solve, problem, "solve of " + seconds + " s", actor, 0, problem.schedule());
                return solve.progress();
            }
            SolveJob job = scheduler.solveAsync(problem.schedule(), options, best -> solve.improved(best.getScore()));
            solve.attach(job);
            job.result().whenComplete((result, error) -> {
                try {
                    if (error != null) {
                        LOG.warn("Solve of workshop {} failed", workshopCode, error);
                        solve.failed(error.getMessage());
                        return;
                    }
                    store(solve, problem, "solve of " + seconds + " s", actor, result.elapsed().toMillis(),
                            result.plan());
                } catch (RuntimeException e) {
                    LOG.warn("The plan of workshop {} could not be stored", workshopCode, e);
                    solve.failed("the plan could not be stored: " + e.getMessage());
                }
            });
            return solve.progress();
        } catch (RuntimeException e) {
            slots.release(workshopCode, solve, previous);
            throw e;
        }
    }

    /** Stores a solved (or fixed) plan as the workshop's next version and ends the solve with it. */
    PlanView store(WorkshopSolve solve, PlanningProblem problem, String origin, String actor, long millis,
            ShopSchedule solved) {
        PlanOutcome outcome = PlanOutcome.of(problem, solved);
        PlanView plan = store.save(problem.input().workshopCode(), origin, problem.input().planningStart(), actor,
                millis, outcome);
        solve.stored(HardMediumSoftLongScore.of(outcome.hardScore(), outcome.mediumScore(), outcome.softScore()),
                plan.id(), plan.planNumber());
        return plan;
    }

    /** @throws RuleViolation if no solve of the workshop is running (409) */
    SolveProgress stop(String workshopCode) {
        data.requireWorkshop(workshopCode);
        WorkshopSolve solve = slots.get(workshopCode);
        if (solve == null || !solve.isRunning() || !solve.stop()) {
            throw new RuleViolation("no solve for workshop " + workshopCode + " is running that could be stopped");
        }
        return solve.progress();
    }

    SolveProgress progress(String workshopCode) {
        data.requireWorkshop(workshopCode);
        WorkshopSolve solve = slots.get(workshopCode);
        return solve == null ? SolveProgress.none(workshopCode) : solve.progress();
    }

    /** The workshop's planning problem now; bad data is a rule violation the supervisor can read. */
    PlanningProblem problem(String workshopCode, Instant now) {
        PlanningProblem problem;
        try {
            problem = PlanningProblem.of(data.read(workshopCode, now));
        } catch (IllegalArgumentException e) { // InvalidScheduleException is one
            throw new RuleViolation("workshop " + workshopCode + " cannot be planned: " + e.getMessage());
        }
        if (problem.isEmpty()) {
            throw new RuleViolation("workshop " + workshopCode + " has no released operations to plan");
        }
        return problem;
    }

    static void requireSeconds(Integer seconds) {
        if (!PlanRules.acceptableSeconds(seconds)) {
            throw new InvalidInput("seconds: must be between 1 and " + PlanRules.MAX_SECONDS + " (was " + seconds + ")");
        }
    }

    static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? AuditTrail.SYSTEM
                : authentication.getName();
    }
}
