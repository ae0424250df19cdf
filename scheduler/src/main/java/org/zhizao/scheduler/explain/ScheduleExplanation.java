package org.zhizao.scheduler.explain;

import java.util.List;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Why a plan scores as it does: the cost of each constraint and how late each order is.
 *
 * @param score the total score (feasible when hard is 0)
 * @param costs every constraint with a non-zero cost, hard ones first
 * @param orders every order, latest first
 * @param makespan end of the last operation, in ticks
 */
public record ScheduleExplanation(HardMediumSoftLongScore score, List<ConstraintCost> costs,
        List<OrderLateness> orders, long makespan) {

    /** A short text for logs and the UI. */
    public String summary() {
        StringBuilder text = new StringBuilder("Score ").append(score).append(", makespan ").append(makespan);
        costs.forEach(cost -> text.append("\n  ").append(cost.constraint()).append(": ").append(cost.cost())
                .append(" (").append(cost.matches()).append(")"));
        orders.stream().filter(OrderLateness::isLate).forEach(order -> text.append("\n  order ").append(order.orderId())
                .append(" late by ").append(order.lateness()));
        return text.toString();
    }
}
