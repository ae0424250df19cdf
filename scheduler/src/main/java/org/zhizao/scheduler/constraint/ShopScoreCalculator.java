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
        ObjectiveWeights weights = schedule.getWeights();
        boolean allOrders = !weights.getCompletion().isZero();
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
            long setupTime = operation.getSetupTime();
            setup += setupTime;
            energy += operation.getExtraEnergy();
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
            Operation previous = operation.getPrevious();
            if (previous != null && previous.getEnd() != null && start < previous.getEnd() + setupTime) {
                hard -= previous.getEnd() + setupTime - start;
            }
            makespan = Math.max(makespan, end);
            if (allOrders || operation.getOrder().hasDueDate()) {
                completion.merge(operation.getOrder(), end, Math::max);
            }
        }
        long completionSum = 0;
        for (Map.Entry<ProductionOrder, Long> entry : completion.entrySet()) {
            completionSum += entry.getValue();
            if (!entry.getKey().hasDueDate()) {
                continue;
            }
            long late = entry.getValue() - entry.getKey().dueDate();
            if (late > 0) {
                medium -= late * entry.getKey().priority();
            }
        }
        HardMediumSoftLongScore score = HardMediumSoftLongScore.of(hard, medium, 0);
        if (makespan != Long.MIN_VALUE) {
            score = score.subtract(weights.getMakespan().multiply(makespan));
        }
        return score.subtract(weights.getSetup().multiply(setup)).subtract(weights.getEnergy().multiply(energy))
                .subtract(weights.getCompletion().multiply(completionSum));
    }
}
