package org.zhizao.scheduler.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.zhizao.scheduler.model.Operation;
import org.zhizao.scheduler.model.ProductionOrder;
import org.zhizao.scheduler.model.ScheduleTimeline;
import org.zhizao.scheduler.model.ShopSchedule;
import org.zhizao.scheduler.model.Station;
import org.zhizao.scheduler.solver.ShopScheduler;

/** Explains a plan with the constraint definitions of {@code ShopConstraints}. Thread-safe. */
public final class ScheduleExplainer {

    private final SolutionManager<ShopSchedule, HardMediumSoftLongScore> solutionManager;

    public ScheduleExplainer() {
        SolverConfig config = new SolverConfig()
                .withSolutionClass(ShopSchedule.class)
                .withEntityClasses(Station.class, Operation.class)
                .withScoreDirectorFactory(ShopScheduler.constraintStreamScoring());
        solutionManager = SolutionManager.create(SolverFactory.create(config));
    }

    /** Times the plan from its station sequences, scores it and explains the score. */
    public ScheduleExplanation explain(ShopSchedule plan) {
        ScheduleTimeline.refresh(plan);
        ScoreExplanation<ShopSchedule, HardMediumSoftLongScore> explanation = solutionManager.explain(plan);
        List<ConstraintCost> costs = new ArrayList<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
            if (!total.getScore().isZero()) {
                costs.add(new ConstraintCost(total.getConstraintName(), total.getScore(),
                        total.getConstraintMatchCount()));
            }
        }
        costs.sort(Comparator.comparing(ConstraintCost::cost));
        return new ScheduleExplanation(explanation.getScore(), costs, lateness(plan), plan.makespan());
    }

    private static List<OrderLateness> lateness(ShopSchedule plan) {
        Map<ProductionOrder, Long> completion = new HashMap<>();
        Map<ProductionOrder, Boolean> complete = new HashMap<>();
        for (Operation operation : plan.getOperations()) {
            complete.merge(operation.getOrder(), operation.getEnd() != null, Boolean::logicalAnd);
            if (operation.getEnd() != null) {
                completion.merge(operation.getOrder(), operation.getEnd(), Math::max);
            }
        }
        List<OrderLateness> orders = new ArrayList<>();
        for (ProductionOrder order : plan.getOrders()) {
            Long end = Boolean.TRUE.equals(complete.get(order)) ? completion.get(order) : null;
            long late = end != null && order.hasDueDate() ? Math.max(0, end - order.dueDate()) : 0;
            orders.add(new OrderLateness(order.id(), end, order.dueDate(), late, order.priority()));
        }
        orders.sort(Comparator.comparingLong(OrderLateness::lateness).reversed()
                .thenComparing(OrderLateness::orderId));
        return orders;
    }
}
