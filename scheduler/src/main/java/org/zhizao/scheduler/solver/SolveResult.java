package org.zhizao.scheduler.solver;

import java.time.Duration;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.zhizao.scheduler.model.ShopSchedule;

/**
 * The best plan found, its score, when it was found and how long the solve took.
 *
 * @param plan the best plan, timed (start and end per operation)
 * @param score hard / medium / soft; feasible when hard is 0
 * @param timeToBest time from the start of the solve to the best plan
 * @param elapsed total time of the solve
 * @param evaluatedMoves how many plans local search scored (its speed is this divided by elapsed)
 * @param firstFeasible time from the start of the solve to the first feasible plan, {@code null} if none
 */
public record SolveResult(ShopSchedule plan, HardMediumSoftLongScore score, Duration timeToBest, Duration elapsed,
        long evaluatedMoves, Duration firstFeasible) {

    public boolean isFeasible() {
        return score.isFeasible();
    }
}
