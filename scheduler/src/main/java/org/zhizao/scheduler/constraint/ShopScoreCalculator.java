package org.zhizao.scheduler.constraint;

import java.util.HashMap;
import java.util.Map;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.calculator.EasyScoreCalculator;
import org.zhizao.scheduler.model.ObjectiveWeights;
import org.zhizao.scheduler.model.Operation;
import org.zhizao.scheduler.model.PrecedenceLink;
import org.zhizao.scheduler.model.ProductionOrder;
import org.zhizao.scheduler.model.ShopSchedule;

/**
 * The same score as {@link ShopConstraints}, computed in one pass over the plan. The solver uses
 * it because almost every move re-times many downstream operations, which costs constraint
 * streams far more than one linear pass (measured in docs/scheduler.md); {@link ShopConstraints}
 * stays the readable definition used for explanations, and a test keeps the two equal.
 */
public class ShopScoreCalculator implements EasyScoreCalculator<ShopSchedule, HardMediumSoftLongScore> {

    @Override
    public HardMediumSoftLongScore calculateScore(ShopSchedule schedule) {
        long hard = 0;
        long medium = 0;
        long makespan = Long.MIN_VALUE;
        long setup = 0;
        long energy = 0;
        Map<ProductionOrder, Long> completion = new HashMap<>();
        for (PrecedenceLink link : schedule.getPrecedenceLinks()) {
            Operation before = link.before();
            Operation after = link.after();
            if (before.getEnd() != null && after.getStart() != null && after.getStart() < before.getEnd()) {
                hard -= before.getEnd() - after.getStart();
            }
        }
        for (Operation operation : schedule.getOperations()) {
            if (operation.getStation() == null) {
                continue;
            }
            if (!operation.isEligibleOn(operation.getStation())) {
                hard--;
            }
            Long start = operation.getStart();
            if (start == null) {
                hard -= 1000;
                continue;
            }
            long end = operation.getEnd();
            if (!operation.isPinned()
                    && !operation.getStation().getCalendar().permits(start, end, operation.getDuration())) {
                hard--;
            }
            long setupTime = operation.getSetupTime();
            Operation previous = operation.getPrevious();
            if (previous != null && previous.getEnd() != null && start < previous.getEnd() + setupTime) {
                hard -= previous.getEnd() + setupTime - start;
            }
            setup += setupTime;
            energy += operation.getExtraEnergy();
            makespan = Math.max(makespan, end);
            if (operation.getOrder().hasDueDate()) {
                completion.merge(operation.getOrder(), end, Math::max);
            }
        }
        for (Map.Entry<ProductionOrder, Long> entry : completion.entrySet()) {
            long late = entry.getValue() - entry.getKey().dueDate();
            if (late > 0) {
                medium -= late * entry.getKey().priority();
            }
        }
        ObjectiveWeights weights = schedule.getWeights();
        HardMediumSoftLongScore score = HardMediumSoftLongScore.of(hard, medium, 0);
        if (makespan != Long.MIN_VALUE) {
            score = score.subtract(weights.getMakespan().multiply(makespan));
        }
        return score.subtract(weights.getSetup().multiply(setup)).subtract(weights.getEnergy().multiply(energy));
    }
}
