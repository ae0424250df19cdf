package org.zhizao.mes.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.plant.PlantDirectory;
import org.zhizao.mes.shared.domain.NotFound;

/**
 * The operations of orders that are late or will be late by the current plan: for each workshop under a
 * plant element, its latest plan's operations whose order the plan completes after its due date, or
 * whose order is already past due while the operation is still to end.
 */
@Service
public class LateWork {

    /**
     * A late operation at a station.
     *
     * @param orderLatenessMinutes how late the plan completes the order (0 when only past due now)
     */
    public record LateOperation(String stationCode, long operationId, String operationCode, String orderNumber,
                                Instant due, Instant plannedEnd, long orderLatenessMinutes) {
    }

    private final PlanRepository plans;
    private final PlantDirectory plant;
    private final Clock clock;

    LateWork(PlanRepository plans, PlantDirectory plant, Clock clock) {
        this.plans = plans;
        this.plant = plant;
        this.clock = clock;
    }

    /** Late operations in the workshops at or under {@code code} (a park, factory, workshop, line or station). */
    @Transactional(readOnly = true)
    public List<LateOperation> under(String code) {
        if (!code.isEmpty() && plant.stations().stream()
                .noneMatch(s -> s.code().equals(code) || s.code().startsWith(code + "/"))) {
            throw new NotFound("plant element", code);
        }
        Instant now = clock.instant();
        List<LateOperation> late = new ArrayList<>();
        for (String workshop : plans.workshopsWithPlans()) {
            if (!within(workshop, code) && !within(code, workshop)) {
                continue;
            }
            plans.findFirstByWorkshopCodeOrderByPlanNumberDesc(workshop).map(PlanView::of)
                    .ifPresent(plan -> collect(plan, code, now, late));
        }
        return late;
    }

    private static void collect(PlanView plan, String code, Instant now, List<LateOperation> into) {
        Map<Long, PlanView.OrderLateness> orders = plan.orders().stream()
                .collect(Collectors.toMap(PlanView.OrderLateness::orderId, Function.identity(), (a, b) -> a));
        for (PlanView.StationPlan station : plan.stations()) {
            if (!within(station.stationCode(), code)) {
                continue;
            }
            for (PlanView.PlannedOperation op : station.operations()) {
                PlanView.OrderLateness order = orders.get(op.orderId());
                if (order != null && late(order, op, now)) {
                    into.add(new LateOperation(station.stationCode(), op.operationId(), op.operationCode(),
                            op.orderNumber(), order.due(), op.end(), Math.max(0, order.latenessMinutes())));
                }
            }
        }
    }

    static boolean late(PlanView.OrderLateness order, PlanView.PlannedOperation op, Instant now) {
        return order.latenessMinutes() > 0 || order.due() != null && order.due().isBefore(now) && op.end().isAfter(now);
    }

    /** Whether {@code code} is {@code ancestor} or lies under it in the plant's code tree. */
    private static boolean within(String code, String ancestor) {
        return ancestor.isEmpty() || code.equals(ancestor) || code.startsWith(ancestor + "/");
    }
}
