package org.zhizao.mes.scheduling.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.zhizao.mes.scheduling.domain.PlanningInput.OperationToPlan;
import org.zhizao.mes.scheduling.domain.PlanningInput.OrderToPlan;
import org.zhizao.scheduler.explain.ConstraintCost;
import org.zhizao.scheduler.explain.OrderLateness;
import org.zhizao.scheduler.explain.ScheduleExplainer;
import org.zhizao.scheduler.explain.ScheduleExplanation;
import org.zhizao.scheduler.model.Operation;
import org.zhizao.scheduler.model.ShopSchedule;

/**
 * A solved plan in the MES's terms: per operation its station, start and end as instants; per order its
 * completion and lateness; the cost of each constraint; the score.
 */
public record PlanOutcome(long hardScore, long mediumScore, long softScore, long makespanMinutes,
                          List<PlannedOperation> operations, List<OrderOutcome> orders,
                          List<Cost> costs, String summary) {

    /**
     * @param pinned       whether it stayed where it was (started or frozen)
     * @param setupMinutes the changeover from the previous operation on the station, 0 if none
     */
    public record PlannedOperation(long operationId, String operationCode, long orderId, String orderNumber,
                                   String stationCode, Instant start, Instant end, boolean pinned,
                                   long setupMinutes) {
    }

    /** @param latenessMinutes completion minus due, 0 when on time */
    public record OrderOutcome(long orderId, String orderNumber, int priority, Instant due, Instant completion,
                               long latenessMinutes) {
    }

    public record Cost(String constraint, long hard, long medium, long soft, int matches) {
    }

    public boolean feasible() {
        return hardScore == 0;
    }

    private static final ScheduleExplainer EXPLAINER = new ScheduleExplainer();

    /** Reads a solved schedule of the problem. */
    public static PlanOutcome of(PlanningProblem problem, ShopSchedule solved) {
        TimeScale time = problem.time();
        ScheduleExplanation explanation = EXPLAINER.explain(solved);
        List<PlannedOperation> operations = new ArrayList<>();
        for (Operation operation : solved.getOperations()) {
            if (operation.getStation() == null || operation.getStart() == null) {
                continue;
            }
            OperationToPlan source = problem.operation(operation.getId());
            OrderToPlan order = problem.order(operation.getOrder().id());
            operations.add(new PlannedOperation(source.id(), source.code(), order.id(), order.number(),
                    operation.getStation().getId(), time.instant(operation.getStart()),
                    time.instant(operation.getEnd()), operation.isPinned(), operation.getSetupTime()));
        }
        operations.sort(Comparator.comparing(PlannedOperation::start).thenComparing(PlannedOperation::operationCode));
        List<OrderOutcome> orders = new ArrayList<>();
        for (OrderLateness lateness : explanation.orders()) {
            OrderToPlan order = problem.order(lateness.orderId());
            orders.add(new OrderOutcome(order.id(), order.number(), order.priority(), order.due(),
                    lateness.completion() == null ? null : time.instant(lateness.completion()),
                    lateness.lateness()));
        }
        List<Cost> costs = new ArrayList<>();
        for (ConstraintCost cost : explanation.costs()) {
            HardMediumSoftLongScore score = cost.cost();
            costs.add(new Cost(cost.constraint(), score.hardScore(), score.mediumScore(), score.softScore(),
                    cost.matches()));
        }
        HardMediumSoftLongScore score = explanation.score();
        return new PlanOutcome(score.hardScore(), score.mediumScore(), score.softScore(), explanation.makespan(),
                operations, orders, costs, summary(explanation, orders));
    }

    private static String summary(ScheduleExplanation explanation, List<OrderOutcome> orders) {
        HardMediumSoftLongScore score = explanation.score();
        StringBuilder text = new StringBuilder(score.isFeasible() ? "Feasible" : "Infeasible")
                .append(": ").append(score).append("; last operation ends ").append(explanation.makespan())
                .append(" min after the planning start");
        explanation.costs().forEach(c -> text.append("; ").append(c.constraint()).append(' ').append(c.cost())
                .append(" (").append(c.matches()).append(')'));
        long late = orders.stream().filter(o -> o.latenessMinutes() > 0).count();
        text.append("; ").append(late).append(late == 1 ? " order" : " orders").append(" late");
        orders.stream().filter(o -> o.latenessMinutes() > 0).limit(10).forEach(o -> text.append("; ")
                .append(o.orderNumber()).append(" late by ").append(o.latenessMinutes()).append(" min"));
        return text.length() > 3900 ? text.substring(0, 3900) + "…" : text.toString();
    }
}
